/// A tenant whose policies have been compiled once into indexes, so that evaluating a sign-in
/// is a few dictionary lookups and word operations rather than string comparisons per policy.
///
/// Compiling validates what the evaluator relies on: IP ranges, device filter rules, named
/// location and strength references, the policy count and the licence.
public struct CompiledTenant: Sendable {
    let storage: CompiledStorage

    public var tenant: Tenant { storage.tenant }

    public init(_ tenant: Tenant) throws(DocumentError) {
        storage = try CompiledStorage(tenant)
    }
}

/// Policy sets by user, group, role and guest type.
struct UserIndex: Sendable {
    var includeAll = PolicyBits.empty
    var includeUsers: [String: PolicyBits] = [:]
    var excludeUsers: [String: PolicyBits] = [:]
    var includeGroups: [String: PolicyBits] = [:]
    var excludeGroups: [String: PolicyBits] = [:]
    var includeRoles: [String: PolicyBits] = [:]
    var excludeRoles: [String: PolicyBits] = [:]
    /// By guest type ordinal: policies targeting that type from any home tenant.
    var includeGuests = Array(repeating: PolicyBits.empty, count: ExternalUserType.count)
    var excludeGuests = Array(repeating: PolicyBits.empty, count: ExternalUserType.count)
    /// By home tenant, then guest type ordinal: policies enumerating that tenant.
    var includeGuestsByTenant: [String: [PolicyBits]] = [:]
    var excludeGuestsByTenant: [String: [PolicyBits]] = [:]
}

/// Policy sets by application, user action and authentication context.
struct ApplicationIndex: Sendable {
    var includeAll = PolicyBits.empty
    var include: [String: PolicyBits] = [:]
    var exclude: [String: PolicyBits] = [:]
    var userActions: [String: PolicyBits] = [:]
    var authenticationContexts: [String: PolicyBits] = [:]
}

/// Policy sets by named location.
struct LocationIndex: Sendable {
    var unconditioned = PolicyBits.empty
    var conditioned = PolicyBits.empty
    var includeAll = PolicyBits.empty
    var includeTrusted = PolicyBits.empty
    var excludeTrusted = PolicyBits.empty
    /// Policies with any exclusion, which cannot apply when the location is unknown.
    var withExclusions = PolicyBits.empty
    var include: [PolicyBits] = []
    var exclude: [PolicyBits] = []
}

final class CompiledStorage: Sendable {
    let tenant: Tenant
    let catalog: PolicyCatalog
    let all: PolicyBits
    let enforced: PolicyBits
    let reportOnly: PolicyBits
    let users: UserIndex
    let applications: ApplicationIndex
    let clientApps: EnumConditionIndex
    let platforms: EnumConditionIndex
    let signInRisk: EnumConditionIndex
    let userRisk: EnumConditionIndex
    let locations: LocationIndex
    let namedLocations: [CompiledLocation]
    let deviceFilters: [(index: Int, mode: DeviceFilter.Mode, rule: DeviceRule)]
    let multifactor: CompiledStrength
    let trustUsable: Bool

    init(_ tenant: Tenant) throws(DocumentError) {
        self.tenant = tenant
        let policies = tenant.policies
        guard policies.count <= PolicyBits.capacity else {
            throw .inconsistent(
                "\(policies.count) policies; Crosswalk evaluates at most \(PolicyBits.capacity)",
                path: "conditionalAccessPolicies", at: policies.last?.location)
        }
        let active = policies.filter { $0.state != .disabled }
        if let first = active.first, tenant.license == .free {
            throw .inconsistent(
                "Conditional Access policy '\(first.displayName)' needs licence p1 or p2; the "
                    + "tenant's licence is free", path: "license", at: first.location)
        }
        if let first = active.first, tenant.securityDefaultsEnabled {
            throw .inconsistent(
                "security defaults and Conditional Access policy '\(first.displayName)' cannot "
                    + "both be in effect", path: "securityDefaultsEnabled", at: first.location)
        }
        trustUsable = tenant.license >= .p1 && !tenant.securityDefaultsEnabled

        let strengthPolicies = tenant.allAuthenticationStrengths
        var strengthIndex: [String: Int] = [:]
        for (index, strength) in strengthPolicies.enumerated() {
            strengthIndex[strength.id.lowercased()] = index
        }
        multifactor = CompiledStrength(AuthenticationStrengthPolicy.multifactor)

        var locationIndexById: [String: Int] = [:]
        var namedLocations: [CompiledLocation] = []
        for (index, location) in tenant.namedLocations.enumerated() {
            locationIndexById[location.id.lowercased()] = index
            namedLocations.append(
                try CompiledLocation(location, path: "namedLocations[\(index)].ipRanges"))
        }
        self.namedLocations = namedLocations

        var builder = IndexBuilder(locationCount: namedLocations.count)
        var compiled: [CompiledPolicy] = []
        for (index, policy) in policies.enumerated() {
            builder.all.insert(index)
            switch policy.state {
            case .enabled: builder.enforced.insert(index)
            case .enabledForReportingButNotEnforced: builder.reportOnly.insert(index)
            case .disabled: break
            }
            try builder.index(policy, at: index, locations: locationIndexById)
            compiled.append(
                try Self.compile(policy, strengths: strengthIndex))
        }
        catalog = PolicyCatalog(
            policies: compiled, strengths: strengthPolicies.map(CompiledStrength.init))
        all = builder.all
        enforced = builder.enforced
        reportOnly = builder.reportOnly
        users = builder.users
        applications = builder.applications
        clientApps = builder.clientApps
        platforms = builder.platforms
        signInRisk = builder.signInRisk
        userRisk = builder.userRisk
        locations = builder.locations
        deviceFilters = builder.deviceFilters
    }

    private static func compile(
        _ policy: ConditionalAccessPolicy, strengths: [String: Int]
    ) throws(DocumentError) -> CompiledPolicy {
        var controls: [CompiledControl] = []
        let grant = policy.grantControls
        for builtIn in grant?.builtInControls ?? [] {
            controls.append(CompiledControl(control: GrantControl(builtIn), reference: nil, strengthIndex: nil))
        }
        for terms in grant?.termsOfUse ?? [] {
            controls.append(CompiledControl(control: .termsOfUse, reference: terms, strengthIndex: nil))
        }
        if let strength = grant?.authenticationStrength {
            guard let found = strengths[strength.lowercased()] else {
                throw .inconsistent(
                    "policy '\(policy.displayName)' requires authentication strength '\(strength)', "
                        + "which is neither built in nor in authenticationStrengthPolicies",
                    path: "grantControls.authenticationStrength", at: policy.location)
            }
            controls.append(
                CompiledControl(control: .authenticationStrength, reference: strength, strengthIndex: found))
        }
        for custom in grant?.customAuthenticationFactors ?? [] {
            controls.append(CompiledControl(control: .customControl, reference: custom, strengthIndex: nil))
        }
        let session = policy.sessionControls.flatMap { $0.enabled.isEmpty ? nil : $0 }
        return CompiledPolicy(
            id: policy.id, displayName: policy.displayName, state: policy.state,
            grantOperator: grant?.operator ?? .and, controls: controls, sessionControls: session,
            usesSignInRisk: !policy.conditions.signInRiskLevels.isEmpty,
            usesUserRisk: !policy.conditions.userRiskLevels.isEmpty)
    }
}
