/// Conditions of a policy that name something its tenant's export does not define: a
/// placeholder left in a template (`<AdministratorGroup>`), a named location missing from the
/// export, the legacy MFA trusted IPs location.
///
/// Whether such a condition matches cannot be known, so What If answers
/// `notEnoughInformation` for the policy whenever the unresolved entry could change whether it
/// applies, instead of guessing either way.
public struct UnresolvedConditions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// An entry of `includeUsers`, `includeGroups`, `includeRoles` or the included external tenants.
    public static let includedUsers = UnresolvedConditions(rawValue: 1 << 0)
    /// An entry of the corresponding exclude lists.
    public static let excludedUsers = UnresolvedConditions(rawValue: 1 << 1)
    /// An entry of `includeLocations`.
    public static let includedLocations = UnresolvedConditions(rawValue: 1 << 2)
    /// An entry of `excludeLocations`.
    public static let excludedLocations = UnresolvedConditions(rawValue: 1 << 3)
}
