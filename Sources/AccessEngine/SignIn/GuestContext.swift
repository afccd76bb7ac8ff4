/// What an external sign-in brings with it that Graph's What If API cannot express: where the
/// user authenticated, how they reach the resource, and what their home session already proves.
public struct GuestContext: Sendable, Hashable {
    /// `nil`: inferred — Microsoft Entra ID when the identity names a home tenant.
    public var identityProvider: IdentityProvider?
    /// `nil`: inferred from the external user type.
    public var accessPath: AccessPath?
    public var homeSession: HomeSession
    public var registeredMethods: RegisteredMethods
    /// Group ids in the resource tenant.
    public var groups: [String]
    /// Directory role template ids in the resource tenant.
    public var roles: [String]
    /// Group ids in the home tenant, which cross-tenant access settings may name.
    public var homeGroups: [String] {
        get { extras?.homeGroups ?? [] }
        set {
            extras = GuestExtras(
                homeGroups: newValue, homeOutbound: homeOutbound, acceptedTermsOfUse: acceptedTermsOfUse)
        }
    }
    /// The home tenant's outbound setting for this access path (Graph's B2B setting shape);
    /// `nil`: allowed, the service default for B2B collaboration.
    public var homeOutbound: B2BAccessSetting? {
        get { extras?.homeOutbound }
        set {
            extras = GuestExtras(homeGroups: homeGroups, homeOutbound: newValue, acceptedTermsOfUse: acceptedTermsOfUse)
        }
    }
    /// The inputs most sign-ins do not give (cross-tenant groups and outbound setting, accepted
    /// terms), boxed: every evaluation copies the guest context, so they cost one optional
    /// reference rather than more arrays to retain.
    private(set) var extras: GuestExtras?
    /// Terms of use (agreement ids) the user has already accepted.
    public var acceptedTermsOfUse: [String] {
        get { extras?.acceptedTermsOfUse ?? [] }
        set { extras = GuestExtras(homeGroups: homeGroups, homeOutbound: homeOutbound, acceptedTermsOfUse: newValue) }
    }
    /// Whether the guest has redeemed the invitation; only matters for email one-time passcode
    /// users when the feature is off.
    public var redeemed: Bool

    public init(
        identityProvider: IdentityProvider? = nil,
        accessPath: AccessPath? = nil,
        homeSession: HomeSession = HomeSession(),
        registeredMethods: RegisteredMethods = RegisteredMethods(),
        groups: [String] = [],
        roles: [String] = [],
        homeGroups: [String] = [],
        homeOutbound: B2BAccessSetting? = nil,
        redeemed: Bool = true
    ) {
        self.redeemed = redeemed
        extras =
            homeGroups.isEmpty && homeOutbound == nil
            ? nil : GuestExtras(homeGroups: homeGroups, homeOutbound: homeOutbound, acceptedTermsOfUse: [])
        self.identityProvider = identityProvider
        self.accessPath = accessPath
        self.homeSession = homeSession
        self.registeredMethods = registeredMethods
        self.groups = groups
        self.roles = roles
    }
}

/// Where the external user authenticates (seed 004's flows differ by this).
public enum IdentityProvider: String, DocumentVocabulary {
    case entraId
    case microsoftAccount
    case google
    case facebook
    case samlWsFed
    case emailOneTimePasscode

    /// Only Microsoft Entra users bring claims that inbound trust can accept.
    public var isEntra: Bool { self == .entraId }
}

/// How the external user reaches the resource.
public enum AccessPath: String, DocumentVocabulary {
    case b2bCollaboration
    /// Teams Connect shared channels; no user object in the resource tenant.
    case b2bDirectConnect
}

/// What the user's home session proves.
public struct HomeSession: Sendable, Hashable {
    /// Method combinations completed in the home tenant, e.g. `password,microsoftAuthenticatorPush`.
    public var mfa: [AuthenticationMethodModes]
    /// The home tenant's device compliance claim.
    public var deviceCompliant: Bool
    /// The home tenant's Microsoft Entra hybrid joined claim.
    public var hybridJoined: Bool

    public init(
        mfa: [AuthenticationMethodModes] = [], deviceCompliant: Bool = false,
        hybridJoined: Bool = false
    ) {
        self.mfa = mfa
        self.deviceCompliant = deviceCompliant
        self.hybridJoined = hybridJoined
    }
}

/// Methods the user has registered, per tenant.
public struct RegisteredMethods: Sendable, Hashable {
    public var home: AuthenticationMethodModes
    public var resource: AuthenticationMethodModes

    public init(home: AuthenticationMethodModes = [], resource: AuthenticationMethodModes = []) {
        self.home = home
        self.resource = resource
    }
}

/// The rarely given inputs of a guest context.
final class GuestExtras: Sendable, Hashable {
    let homeGroups: [String]
    let homeOutbound: B2BAccessSetting?
    let acceptedTermsOfUse: [String]

    init(homeGroups: [String], homeOutbound: B2BAccessSetting?, acceptedTermsOfUse: [String]) {
        self.homeGroups = homeGroups
        self.homeOutbound = homeOutbound
        self.acceptedTermsOfUse = acceptedTermsOfUse
    }

    static func == (lhs: GuestExtras, rhs: GuestExtras) -> Bool {
        lhs.homeGroups == rhs.homeGroups && lhs.homeOutbound == rhs.homeOutbound
            && lhs.acceptedTermsOfUse == rhs.acceptedTermsOfUse
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(homeGroups)
        hasher.combine(homeOutbound)
        hasher.combine(acceptedTermsOfUse)
    }
}
