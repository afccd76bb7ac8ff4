/// A tenant whose policies have been compiled once into indexes, so that evaluating a sign-in
/// is a few dictionary lookups and word operations rather than string comparisons per policy.
///
/// Compiling validates what the evaluator relies on: IP ranges, device filter rules, named
/// location and strength references, the policy count and the licence.
public struct CompiledTenant: Sendable {
    let storage: CompiledStorage

    public var tenant: Tenant { storage.tenant }

    /// Most Conditional Access policies a tenant can hold.
    public static let policyLimit = CompiledStorage.policyLimit
    /// The service behaviour the tenant is evaluated under.
    public var behaviour: Behaviour { storage.behaviour }

    /// Compiles `tenant` for evaluation under the behaviour in force on a date (the newest
    /// documented behaviour unless told otherwise).
    public init(_ tenant: Tenant, behaviour: Behaviour = .latest) throws(DocumentError) {
        storage = try CompiledStorage(tenant, behaviour: behaviour)
    }
}

/// Policy sets by user, group, role and guest type.
struct UserIndex: Sendable {
    var includeAll = PolicyBits.empty
    var byUser: [String: ScopedBits] = [:]
    var byGroup: [String: ScopedBits] = [:]
    var byRole: [String: ScopedBits] = [:]
    /// By guest type ordinal: policies targeting that type from any home tenant.
    var guests = Array(repeating: ScopedBits(), count: ExternalUserType.count)
    /// By lowercased home tenant id, then guest type ordinal: policies enumerating that tenant.
    var guestsByTenant: [String: [ScopedBits]] = [:]
    /// Policies with an include or exclude entry the export could not resolve.
    var unresolved = ScopedBits()
}

/// Policy sets by application, user action and authentication context.
struct ApplicationIndex: Sendable {
    var includeAll = PolicyBits.empty
    var byApplication: [String: ScopedBits] = [:]
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
    /// Policies with an include or exclude entry the export could not resolve.
    var unresolved = ScopedBits()
}

final class CompiledStorage: Sendable {
    /// Entra's limit on policies per tenant (concept-conditional-access-policies).
    static let policyLimit = 195
    /// Most custom authentication strengths a tenant can define (concept-authentication-strengths).
    static let customStrengthLimit = 15

    /// Require password change is accepted only for all resources, alone or with MFA (AND), and
    /// with no conditions but users, applications and user risk (concept-conditional-access-grant
    /// § Require password change).
    static func validatePasswordChange(_ policy: ConditionalAccessPolicy) throws(DocumentError) {
        guard let grant = policy.grantControls, grant.builtInControls.contains(.passwordChange) else { return }
        let conditions = policy.conditions
        let others = grant.builtInControls.filter { $0 != .passwordChange && $0 != .mfa }
        let allResources = conditions.applications.includeApplications.map { $0.lowercased() } == ["all"]
        let extraConditions =
            !(conditions.clientAppTypes.isEmpty || conditions.clientAppTypes == [.all])
            || conditions.platforms?.includePlatforms.isEmpty == false
            || conditions.locations?.includeLocations.isEmpty == false
            || !conditions.signInRiskLevels.isEmpty || conditions.devices?.deviceFilter != nil
        let problem: String? =
            if !allResources {
                "applies to all resources only"
            } else if !others.isEmpty || grant.authenticationStrength != nil || !grant.termsOfUse.isEmpty
                || !grant.customAuthenticationFactors.isEmpty
            {
                "can only be combined with multifactor authentication"
            } else if grant.builtInControls.contains(.mfa) && grant.operator == .or {
                "must be combined with multifactor authentication by AND"
            } else if extraConditions { "allows no conditions but users, applications and user risk" } else { nil }
        if let problem {
            throw .inconsistent(
                "policy '\(policy.displayName)' requires a password change, which \(problem)", path: "grantControls",
                at: policy.location)
        }
    }
    let tenant: Tenant
    let behaviour: Behaviour
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
    /// What the tenant knows about each home tenant, by lowercased id, so a sign-in looks its
    /// home tenant up once.
    let homeTenants: [String: HomeTenantEntry]
    let defaultTrust: ResolvedInboundTrust
    /// Inbound access settings for users of organisations without partner settings, by path.
    let defaultAccess: [CompiledAccessSetting]
    /// The tenant's federated domains, `nil` when it has none (most tenants), read once.
    let federatedDomains: [String: FederatedIdpMfaBehavior]?

    init(_ tenant: Tenant, behaviour: Behaviour) throws(DocumentError) {
        self.tenant = tenant
        self.behaviour = behaviour
        let policies = tenant.policies
        guard policies.count <= PolicyBits.capacity else {
            throw .inconsistent(
                "\(policies.count) policies; Crosswalk evaluates at most \(PolicyBits.capacity)",
                path: "conditionalAccessPolicies", at: policies.last?.location)
        }
        guard policies.count <= Self.policyLimit else {
            throw .inconsistent(
                "\(policies.count) policies; a tenant holds at most \(Self.policyLimit) Conditional Access policies",
                path: "conditionalAccessPolicies", at: policies[Self.policyLimit].location)
        }
        let custom = tenant.authenticationStrengths.filter { strength in
            !AuthenticationStrengthPolicy.builtIn.contains { $0.id == strength.id }
        }
        if custom.count > Self.customStrengthLimit {
            throw .inconsistent(
                "\(custom.count) custom authentication strengths; a tenant holds at most \(Self.customStrengthLimit)",
                path: "authenticationStrengthPolicies", at: nil)
        }
        for policy in policies {
            try Self.validatePasswordChange(policy)
            // concept-authentication-strengths: the two cannot be combined in one policy.
            if policy.grantControls?.builtInControls.contains(.mfa) == true,
                policy.grantControls?.authenticationStrength != nil
            {
                throw .inconsistent(
                    "policy '\(policy.displayName)' requires both multifactor authentication and an authentication strength, which one policy cannot do",
                    path: "grantControls", at: policy.location)
            }
            // Sign-in and user risk come from Microsoft Entra ID Protection, licensed with P2.
            let risky = !policy.conditions.signInRiskLevels.isEmpty || !policy.conditions.userRiskLevels.isEmpty
            if risky, policy.state != .disabled, tenant.license == .p1 {
                throw .inconsistent(
                    "policy '\(policy.displayName)' uses sign-in or user risk, which needs licence p2 (ID Protection); the tenant's licence is p1",
                    path: "license", at: policy.location)
            }
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
        let crossTenant = tenant.crossTenantAccess
        defaultTrust = crossTenant.inboundTrust(forHomeTenant: nil)
        federatedDomains = tenant.federatedDomains.isEmpty ? nil : tenant.federatedDomains
        let paths: [AccessPath] = [.b2bCollaboration, .b2bDirectConnect]
        defaultAccess = paths.map { CompiledAccessSetting(crossTenant.inboundAccess(forHomeTenant: nil, path: $0)) }
        var partnerTrust: [String: ResolvedInboundTrust] = [:]
        for partner in crossTenant.partners {
            guard let id = partner.tenantId?.lowercased(), partnerTrust[id] == nil else { continue }
            partnerTrust[id] = crossTenant.inboundTrust(forHomeTenant: id)
        }
        var partnerAccess: [String: [CompiledAccessSetting]] = [:]
        for id in partnerTrust.keys {
            partnerAccess[id] = paths.map {
                CompiledAccessSetting(crossTenant.inboundAccess(forHomeTenant: id, path: $0))
            }
        }

        let strengthPolicies = tenant.allAuthenticationStrengths
        var strengthIndex: [String: Int] = [:]
        for (index, strength) in strengthPolicies.enumerated() {
            strengthIndex[strength.id.lowercased()] = index
        }
        multifactor = CompiledStrength(AuthenticationStrengthPolicy.multifactor, behaviour: behaviour)

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
        var references = ReferenceTable()
        for (index, policy) in policies.enumerated() {
            builder.all.insert(index)
            switch policy.state {
            case .enabled: builder.enforced.insert(index)
            case .enabledForReportingButNotEnforced: builder.reportOnly.insert(index)
            case .disabled: break
            }
            try builder.index(policy, at: index, locations: locationIndexById)
            compiled.append(
                try Self.compile(policy, strengths: strengthIndex, references: &references))
        }
        catalog = PolicyCatalog(
            policies: compiled,
            strengths: strengthPolicies.map {
                CompiledStrength($0, behaviour: behaviour, disabled: tenant.authenticationMethods.disabledMethods)
            },
            references: references.strings)
        all = builder.all
        enforced = builder.enforced
        reportOnly = builder.reportOnly
        users = builder.users
        let homeIds = Set(partnerTrust.keys).union(builder.users.guestsByTenant.keys)
        homeTenants = Dictionary(
            uniqueKeysWithValues: homeIds.map { id in
                (
                    id,
                    HomeTenantEntry(
                        trust: partnerTrust[id], access: partnerAccess[id],
                        guests: builder.users.guestsByTenant[id])
                )
            })
        applications = builder.applications
        clientApps = builder.clientApps
        platforms = builder.platforms
        signInRisk = builder.signInRisk
        userRisk = builder.userRisk
        locations = builder.locations
        deviceFilters = builder.deviceFilters
    }

    private static func compile(
        _ policy: ConditionalAccessPolicy, strengths: [String: Int],
        references: inout ReferenceTable
    ) throws(DocumentError) -> CompiledPolicy {
        var controls: [CompiledControl] = []
        let grant = policy.grantControls
        for builtIn in grant?.builtInControls ?? [] {
            controls.append(CompiledControl(control: builtIn, reference: -1, strengthIndex: -1))
        }
        for terms in grant?.termsOfUse ?? [] {
            controls.append(
                CompiledControl(control: .termsOfUse, reference: references.index(terms), strengthIndex: -1))
        }
        if let strength = grant?.authenticationStrength {
            guard let found = strengths[strength.lowercased()] else {
                throw .inconsistent(
                    "policy '\(policy.displayName)' requires authentication strength '\(strength)', "
                        + "which is neither built in nor in authenticationStrengthPolicies",
                    path: "grantControls.authenticationStrength", at: policy.location)
            }
            controls.append(
                CompiledControl(
                    control: .authenticationStrength, reference: references.index(strength),
                    strengthIndex: found))
        }
        for custom in grant?.customAuthenticationFactors ?? [] {
            controls.append(
                CompiledControl(control: .customControl, reference: references.index(custom), strengthIndex: -1))
        }
        controls.sort { $0.control.promptRank < $1.control.promptRank }
        let session = policy.sessionControls.flatMap { $0.enabled.isEmpty ? nil : $0 }
        return CompiledPolicy(
            id: policy.id, displayName: policy.displayName, state: policy.state,
            grantOperator: grant?.operator ?? .and, controls: controls, sessionControls: session,
            usesSignInRisk: !policy.conditions.signInRiskLevels.isEmpty)
    }

    /// Tenant ids compare without case; lowercase ids (as Graph writes them) are used as they
    /// are, so only unusual input pays for a new string.
    static func tenantKey(_ tenantId: String?) -> String? {
        guard var tenantId else { return nil }
        let hasUppercase = tenantId.withUTF8 { bytes in
            bytes.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        }
        return hasUppercase ? tenantId.lowercased() : tenantId
    }
}

/// Interns the strings controls refer to.
struct ReferenceTable {
    private(set) var strings: [String] = []
    private var positions: [String: Int] = [:]

    mutating func index(_ text: String) -> Int {
        if let position = positions[text] { return position }
        positions[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }
}

/// A partner's inbound trust and the policies that enumerate it.
/// A class: a sign-in looks its home tenant up once and reads the entry through one reference
/// instead of copying (and retaining) each of its arrays. Immutable, so reading it needs no
/// exclusivity check.
final class HomeTenantEntry: Sendable {
    let trust: ResolvedInboundTrust?
    /// Inbound access settings by access path (``AccessPath/ordinal``).
    let access: [CompiledAccessSetting]?
    let guests: [ScopedBits]?

    init(trust: ResolvedInboundTrust?, access: [CompiledAccessSetting]?, guests: [ScopedBits]?) {
        self.trust = trust
        self.access = access
        self.guests = guests
    }
}
