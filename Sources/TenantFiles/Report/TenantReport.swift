import AccessEngine

/// What Crosswalk understood from a tenant's files, so an admin can check it before trusting
/// any answer: `crosswalk tenant show`.
public struct TenantReport: Sendable, Encodable {
    public struct Settings: Sendable, Encodable {
        var tenantId: String
        var displayName: String
        var license: String
        var securityDefaultsEnabled: Bool
        var emailOneTimePasscodeEnabled: Bool
        var defaultsUsed: [String]
    }

    public struct File: Sendable, Encodable {
        var path: String
        var format: String
        var encoding: String
        var layout: String?
        var contents: [String]
    }

    public struct Policy: Sendable, Encodable {
        var id: String
        var displayName: String
        var state: String
        var source: String
        /// One line each: who, what, conditions, grant, session.
        var users: String
        var applications: String
        var conditions: [String]
        var grantControls: String
        var sessionControls: [String]
        var unresolved: [String]
    }

    public struct Location: Sendable, Encodable {
        var id: String
        var displayName: String
        var kind: String
        var values: [String]
        var isTrusted: Bool
    }

    public struct Strength: Sendable, Encodable {
        var id: String
        var displayName: String
        var allowedCombinations: [String]
    }

    public struct CrossTenant: Sendable, Encodable {
        public struct Entry: Sendable, Encodable {
            var tenantId: String?
            var name: String?
            var isMfaAccepted: Bool?
            var isCompliantDeviceAccepted: Bool?
            var isHybridAzureADJoinedDeviceAccepted: Bool?
            var isServiceProvider: Bool?
        }
        var `default`: Entry
        var partners: [Entry]
    }

    public struct Diagnostic: Sendable, Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var id: String
        var message: String
    }

    public var tenant: Settings
    public var files: [File]
    public var policies: [Policy]
    public var namedLocations: [Location]
    public var authenticationStrengths: [Strength]
    public var crossTenantAccessPolicy: CrossTenant
    public var diagnostics: [Diagnostic]

    public init(_ loaded: LoadedTenant, extraDiagnostics: [ImportDiagnostic] = []) {
        let tenant = loaded.tenant
        self.tenant = Settings(
            tenantId: tenant.tenantId, displayName: tenant.displayName, license: tenant.license.rawValue,
            securityDefaultsEnabled: tenant.securityDefaultsEnabled,
            emailOneTimePasscodeEnabled: tenant.emailOneTimePasscodeEnabled, defaultsUsed: loaded.defaultsUsed)
        files = loaded.files.map {
            File(path: $0.path, format: $0.format, encoding: $0.encoding, layout: $0.layout, contents: $0.contents)
        }
        policies = tenant.policies.enumerated().map { index, policy in
            Self.policy(
                policy, source: index < loaded.policySources.count ? loaded.policySources[index] : "", tenant: tenant)
        }
        namedLocations = tenant.namedLocations.map { location in
            switch location {
            case .ip(let ip):
                Location(
                    id: ip.id, displayName: ip.displayName, kind: "ip", values: ip.ipRanges, isTrusted: ip.isTrusted)
            case .country(let country):
                Location(
                    id: country.id, displayName: country.displayName, kind: "country",
                    values: country.countriesAndRegions
                        + (country.includeUnknownCountriesAndRegions ? ["unknown"] : []),
                    isTrusted: false)
            }
        }
        authenticationStrengths = tenant.authenticationStrengths.map { strength in
            Strength(
                id: strength.id, displayName: strength.displayName,
                allowedCombinations: strength.allowedCombinations.map(\.description))
        }
        func entry(_ configuration: CrossTenantConfiguration) -> CrossTenant.Entry {
            CrossTenant.Entry(
                tenantId: configuration.tenantId,
                name: configuration.tenantId.map { tenant.name(for: $0) }.flatMap {
                    $0 == configuration.tenantId ? nil : $0
                },
                isMfaAccepted: configuration.inboundTrust.isMfaAccepted,
                isCompliantDeviceAccepted: configuration.inboundTrust.isCompliantDeviceAccepted,
                isHybridAzureADJoinedDeviceAccepted: configuration.inboundTrust.isHybridAzureADJoinedDeviceAccepted,
                isServiceProvider: configuration.isServiceProvider)
        }
        crossTenantAccessPolicy = CrossTenant(
            default: entry(tenant.crossTenantAccess.defaultConfiguration),
            partners: tenant.crossTenantAccess.partners.map(entry))
        diagnostics = (loaded.diagnostics + extraDiagnostics).sorted().map {
            Diagnostic(
                file: $0.file, line: $0.line, column: $0.column, severity: $0.severity.rawValue, id: $0.id,
                message: $0.message)
        }
    }

    private static func policy(_ policy: ConditionalAccessPolicy, source: String, tenant: Tenant) -> Policy {
        let conditions = policy.conditions
        let users = conditions.users
        func list(_ label: String, _ values: [String]) -> String? {
            values.isEmpty ? nil : "\(label) \(values.map { tenant.name(for: $0) }.joined(separator: ", "))"
        }
        func guests(_ label: String, _ guests: GuestsOrExternalUsers?) -> String? {
            guard let guests else { return nil }
            let types = guests.guestOrExternalUserTypes.members.map(\.rawValue).joined(separator: ", ")
            let tenants: String =
                switch guests.externalTenants {
                case .all: "any organisation"
                case .enumerated(let ids): ids.map { tenant.name(for: $0) }.joined(separator: ", ")
                }
            return "\(label) \(types) from \(tenants)"
        }
        let who = [
            list("users", users.includeUsers), list("groups", users.includeGroups), list("roles", users.includeRoles),
            guests("guests", users.includeGuestsOrExternalUsers), list("except users", users.excludeUsers),
            list("except groups", users.excludeGroups), list("except roles", users.excludeRoles),
            guests("except guests", users.excludeGuestsOrExternalUsers),
        ].compactMap { $0 }
        let apps = conditions.applications
        let what = [
            list("apps", apps.includeApplications), list("except apps", apps.excludeApplications),
            list("user actions", apps.includeUserActions),
            list("authentication contexts", apps.includeAuthenticationContextClassReferences),
        ].compactMap { $0 }
        var other: [String] = []
        if !conditions.clientAppTypes.isEmpty {
            other.append("client apps: \(conditions.clientAppTypes.map(\.rawValue).joined(separator: ", "))")
        }
        if let platforms = conditions.platforms, !platforms.includePlatforms.isEmpty {
            other.append(
                "platforms: \(platforms.includePlatforms.map(\.rawValue).joined(separator: ", "))"
                    + (platforms.excludePlatforms.isEmpty
                        ? "" : " except \(platforms.excludePlatforms.map(\.rawValue).joined(separator: ", "))"))
        }
        if let locations = conditions.locations,
            !locations.includeLocations.isEmpty || !locations.excludeLocations.isEmpty
        {
            let name = { (id: String) in
                tenant.namedLocations.first { $0.id.lowercased() == id.lowercased() }?.displayName ?? id
            }
            other.append(
                "locations: \(locations.includeLocations.map(name).joined(separator: ", "))"
                    + (locations.excludeLocations.isEmpty
                        ? "" : " except \(locations.excludeLocations.map(name).joined(separator: ", "))"))
        }
        if !conditions.signInRiskLevels.isEmpty {
            other.append("sign-in risk: \(conditions.signInRiskLevels.map(\.rawValue).joined(separator: ", "))")
        }
        if !conditions.userRiskLevels.isEmpty {
            other.append("user risk: \(conditions.userRiskLevels.map(\.rawValue).joined(separator: ", "))")
        }
        if let filter = conditions.devices?.deviceFilter {
            other.append("device filter (\(filter.mode.rawValue)): \(filter.rule)")
        }
        var grant = "none"
        if let controls = policy.grantControls, !controls.isEmpty {
            var parts = controls.builtInControls.map(\.rawValue)
            if let strength = controls.authenticationStrength {
                let name =
                    tenant.allAuthenticationStrengths.first { $0.id.lowercased() == strength.lowercased() }?.displayName
                    ?? strength
                parts.append("authentication strength '\(name)'")
            }
            parts += controls.termsOfUse.map { "terms of use \($0)" }
            parts += controls.customAuthenticationFactors.map { "custom control \($0)" }
            grant = parts.joined(separator: " \(controls.operator.rawValue) ")
        }
        var unresolved: [String] = []
        if policy.unresolved.contains(.includedUsers) { unresolved.append("included users") }
        if policy.unresolved.contains(.excludedUsers) { unresolved.append("excluded users") }
        if policy.unresolved.contains(.includedLocations) { unresolved.append("included locations") }
        if policy.unresolved.contains(.excludedLocations) { unresolved.append("excluded locations") }
        return Policy(
            id: policy.id, displayName: policy.displayName, state: policy.state.rawValue, source: source,
            users: who.isEmpty ? "nobody" : who.joined(separator: "; "),
            applications: what.isEmpty ? "none" : what.joined(separator: "; "),
            conditions: other, grantControls: grant,
            sessionControls: (policy.sessionControls?.enabled ?? []).map { entry in
                entry.detail.map { "\(entry.control.rawValue) \($0)" } ?? entry.control.rawValue
            },
            unresolved: unresolved)
    }
}
