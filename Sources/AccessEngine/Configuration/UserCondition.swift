/// Graph's `conditionalAccessUsers`: who a policy is for. Exclusions beat inclusions.
public struct UserCondition: Sendable, Hashable {
    /// User ids, or the keywords `All`, `None`, and the legacy `GuestsOrExternalUsers`.
    public var includeUsers: [String]
    public var excludeUsers: [String]
    public var includeGroups: [String]
    public var excludeGroups: [String]
    /// Directory role template ids.
    public var includeRoles: [String]
    public var excludeRoles: [String]
    public var includeGuestsOrExternalUsers: GuestsOrExternalUsers?
    public var excludeGuestsOrExternalUsers: GuestsOrExternalUsers?

    public init(
        includeUsers: [String] = [],
        excludeUsers: [String] = [],
        includeGroups: [String] = [],
        excludeGroups: [String] = [],
        includeRoles: [String] = [],
        excludeRoles: [String] = [],
        includeGuestsOrExternalUsers: GuestsOrExternalUsers? = nil,
        excludeGuestsOrExternalUsers: GuestsOrExternalUsers? = nil
    ) {
        self.includeUsers = includeUsers
        self.excludeUsers = excludeUsers
        self.includeGroups = includeGroups
        self.excludeGroups = excludeGroups
        self.includeRoles = includeRoles
        self.excludeRoles = excludeRoles
        self.includeGuestsOrExternalUsers = includeGuestsOrExternalUsers
        self.excludeGuestsOrExternalUsers = excludeGuestsOrExternalUsers
    }

    /// The keyword Graph used before the per-type selection existed; it stands for every type
    /// of guest and external user from every tenant (seed 004's note on the UX change).
    public static let legacyGuestsKeyword = "GuestsOrExternalUsers"
}

/// Graph's `conditionalAccessGuestsOrExternalUsers`.
public struct GuestsOrExternalUsers: Sendable, Hashable {
    public var guestOrExternalUserTypes: ExternalUserTypes
    public var externalTenants: ExternalTenants

    public init(
        guestOrExternalUserTypes: ExternalUserTypes, externalTenants: ExternalTenants = .all
    ) {
        self.guestOrExternalUserTypes = guestOrExternalUserTypes
        self.externalTenants = externalTenants
    }
}

/// Graph's polymorphic `conditionalAccessExternalTenants`.
public enum ExternalTenants: Sendable, Hashable {
    /// `#microsoft.graph.conditionalAccessAllExternalTenants`.
    case all
    /// `#microsoft.graph.conditionalAccessEnumeratedExternalTenants`.
    case enumerated([String])
}
