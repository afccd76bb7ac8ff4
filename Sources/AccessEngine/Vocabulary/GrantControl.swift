/// Every grant control a policy can demand, as one closed vocabulary.
///
/// Built-in controls come from `builtInControls`; terms of use, authentication strengths and
/// custom controls are separate Graph properties but read the same way in guidance, so the
/// consistency checker and requirements use this single list.
public enum GrantControl: String, DocumentVocabulary, Comparable {
    case block
    case mfa
    case compliantDevice
    case domainJoinedDevice
    case approvedApplication
    case compliantApplication
    case passwordChange
    case termsOfUse
    case authenticationStrength
    case customControl

    /// The members of Graph's `conditionalAccessGrantControl`, allowed in `builtInControls`.
    public static let builtIn: [GrantControl] = [
        .block, .mfa, .compliantDevice, .domainJoinedDevice, .approvedApplication,
        .compliantApplication, .passwordChange,
    ]

    public static func < (lhs: GrantControl, rhs: GrantControl) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { Self.allCases.firstIndex(of: self)! }

    /// The label Microsoft's portal and seed 004's comparison table use.
    public var portalLabel: String {
        switch self {
        case .block: "Block access"
        case .mfa: "Require multifactor authentication"
        case .compliantDevice: "Require compliant device"
        case .domainJoinedDevice: "Require Microsoft Entra hybrid joined device"
        case .approvedApplication: "Require approved client app"
        case .compliantApplication: "Require app protection policy"
        case .passwordChange: "Require password change"
        case .termsOfUse: "Terms of Use"
        case .authenticationStrength: "Require authentication strength"
        case .customControl: "Custom control"
        }
    }
}

extension SessionControl {
    /// The label Microsoft's portal and seed 004's comparison table use.
    public var portalLabel: String {
        switch self {
        case .applicationEnforcedRestrictions: "Use app enforced restrictions"
        case .cloudAppSecurity: "Use Conditional Access App Control"
        case .signInFrequency: "Sign-in frequency"
        case .persistentBrowser: "Persistent browser session"
        }
    }
}

extension GrantControl {
    /// The order in which Entra asks a user for unmet controls: MFA (and an authentication
    /// strength, which is MFA of a kind), compliant device, hybrid joined device, approved client
    /// app, app protection policy, password change, terms of use, custom controls
    /// (concept-conditional-access-policies § Grant access). Under `OR`, the first control in
    /// this order that can be met is the one asked for.
    var promptRank: Int {
        switch self {
        case .block: 0
        case .mfa: 1
        case .authenticationStrength: 2
        case .compliantDevice: 3
        case .domainJoinedDevice: 4
        case .approvedApplication: 5
        case .compliantApplication: 6
        case .passwordChange: 7
        case .termsOfUse: 8
        case .customControl: 9
        }
    }
}
