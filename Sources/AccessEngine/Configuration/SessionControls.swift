/// Graph's `conditionalAccessSessionControls`; only the controls that are enabled are kept.
public struct SessionControls: Sendable, Hashable {
    public var applicationEnforcedRestrictions: Bool
    /// `cloudAppSecurityType` when Conditional Access App Control is enabled.
    public var cloudAppSecurity: String?
    /// E.g. `1 hours`, `everyTime`.
    public var signInFrequency: String?
    /// `always` or `never` when a persistent browser session is configured.
    public var persistentBrowser: String?

    public init(
        applicationEnforcedRestrictions: Bool = false,
        cloudAppSecurity: String? = nil,
        signInFrequency: String? = nil,
        persistentBrowser: String? = nil
    ) {
        self.applicationEnforcedRestrictions = applicationEnforcedRestrictions
        self.cloudAppSecurity = cloudAppSecurity
        self.signInFrequency = signInFrequency
        self.persistentBrowser = persistentBrowser
    }

    /// The enabled controls with their settings, in Graph's order.
    public var enabled: [(control: SessionControl, detail: String?)] {
        var result: [(SessionControl, String?)] = []
        if applicationEnforcedRestrictions { result.append((.applicationEnforcedRestrictions, nil)) }
        if let cloudAppSecurity { result.append((.cloudAppSecurity, cloudAppSecurity)) }
        if let signInFrequency { result.append((.signInFrequency, signInFrequency)) }
        if let persistentBrowser { result.append((.persistentBrowser, persistentBrowser)) }
        return result
    }
}

/// The session controls of seed 004's comparison table.
public enum SessionControl: String, DocumentVocabulary, Comparable {
    case applicationEnforcedRestrictions
    case cloudAppSecurity
    case signInFrequency
    case persistentBrowser

    public static func < (lhs: SessionControl, rhs: SessionControl) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
