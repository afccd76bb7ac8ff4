/// The resource tenant: the organisation whose resources an external user wants to reach, with
/// the configuration that decides what happens.
public struct Tenant: Sendable, Hashable {
    public var tenantId: String
    public var displayName: String
    public var license: License
    /// Security defaults replace Conditional Access in tenants without P1: every user registers
    /// and performs MFA in this tenant, and no trust settings can be used (seed 003).
    public var securityDefaultsEnabled: Bool
    /// Whether external users without another identity provider can sign in with an emailed code.
    public var emailOneTimePasscodeEnabled: Bool
    public var policies: [ConditionalAccessPolicy]
    public var namedLocations: [NamedLocation]
    /// Custom strengths defined by the tenant; the built-in ones are always known.
    public var authenticationStrengths: [AuthenticationStrengthPolicy]
    public var crossTenantAccess: CrossTenantAccessPolicy
    /// Methods turned off in the tenant's Authentication methods policy: no one can use them
    /// here, so a strength that needs them in this tenant cannot be met.
    public var authenticationMethods: AuthenticationMethodsPolicy = AuthenticationMethodsPolicy()
    /// Federated domains (lower case) and how each treats its identity provider's MFA; the
    /// tenant file lists them as `domainFederation: [{domain, federatedIdpMfaBehavior}]`.
    public var federatedDomains: [String: FederatedIdpMfaBehavior] = [:]
    /// Names for the ids Graph exports leave bare — applications, partner tenants, groups — keyed
    /// by lower-cased id, so results can say "Finance portal" rather than a GUID. Not a Graph
    /// property: a tenant file may add them under `displayNames`.
    public var displayNames: [String: String]

    public init(
        tenantId: String,
        displayName: String,
        license: License = .p1,
        securityDefaultsEnabled: Bool = false,
        emailOneTimePasscodeEnabled: Bool = true,
        policies: [ConditionalAccessPolicy] = [],
        namedLocations: [NamedLocation] = [],
        authenticationStrengths: [AuthenticationStrengthPolicy] = [],
        crossTenantAccess: CrossTenantAccessPolicy = CrossTenantAccessPolicy(),
        displayNames: [String: String] = [:]
    ) {
        self.tenantId = tenantId
        self.displayName = displayName
        self.license = license
        self.securityDefaultsEnabled = securityDefaultsEnabled
        self.emailOneTimePasscodeEnabled = emailOneTimePasscodeEnabled
        self.policies = policies
        self.namedLocations = namedLocations
        self.authenticationStrengths = authenticationStrengths
        self.crossTenantAccess = crossTenantAccess
        self.displayNames = Dictionary(
            displayNames.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// A name for `id` for people: the tenant file's own, else a well-known Microsoft
    /// application's, else the id itself.
    public func name(for id: String) -> String {
        displayNames[id.lowercased()] ?? WellKnownApplication.names[id.lowercased()] ?? DirectoryRole.namesById[
            id.lowercased()] ?? id
    }

    /// Every strength a policy may reference: the built-in ones followed by the tenant's own.
    public var allAuthenticationStrengths: [AuthenticationStrengthPolicy] {
        AuthenticationStrengthPolicy.builtIn
            + authenticationStrengths.filter { custom in
                !AuthenticationStrengthPolicy.builtIn.contains { $0.id == custom.id }
            }
    }
}
