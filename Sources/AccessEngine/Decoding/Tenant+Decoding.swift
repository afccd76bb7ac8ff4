import Foundation

extension Tenant {
    /// Reads a tenant document whose Graph documents are inline (the command-line loader
    /// replaces file references with the documents they name before calling this).
    ///
    /// `license` defaults to `p1` and `emailOneTimePasscodeEnabled` to `true`, Microsoft's
    /// defaults for a tenant that uses Conditional Access.
    public init(document: DocumentValue) throws(DocumentError) {
        let root = DocumentReader(document)
        var inlineStrengths: [AuthenticationStrengthPolicy] = []
        var policies: [ConditionalAccessPolicy] = []
        if let list = try root.optional("conditionalAccessPolicies") {
            for item in try list.collection() {
                policies.append(try ConditionalAccessPolicy(reading: item, strengths: &inlineStrengths))
            }
        }
        var locations: [NamedLocation] = []
        if let list = try root.optional("namedLocations") {
            for item in try list.collection() { locations.append(try NamedLocation(reading: item)) }
        }
        var strengths: [AuthenticationStrengthPolicy] = []
        if let list = try root.optional("authenticationStrengthPolicies") {
            for item in try list.collection() {
                strengths.append(try AuthenticationStrengthPolicy(reading: item))
            }
        }
        var names: [String: String] = [:]
        if let map = try root.optional("displayNames"), case .object(let members) = map.value.kind {
            for member in members {
                names[member.key] = try DocumentReader(member.value, path: map.childPath(member.key)).string()
            }
        }
        var methods = AuthenticationMethodsPolicy()
        if let policy = try root.optional("authenticationMethodsPolicy") {
            for configuration in try policy.optional("authenticationMethodConfigurations")?.items() ?? [] {
                guard let id = try configuration.optional("id")?.string(),
                    let modes = AuthenticationMethodsPolicy.modes(forConfiguration: id),
                    try configuration.optional("state")?.string().lowercased() == "disabled"
                else { continue }
                methods.disabledMethods.formUnion(modes)
            }
        }
        for inline in inlineStrengths where !strengths.contains(where: { $0.id == inline.id }) {
            strengths.append(inline)
        }
        self.init(
            tenantId: try root.required("tenantId").string(),
            displayName: try root.optional("displayName")?.string() ?? "",
            license: try root.optional("license")?.vocabulary(License.self) ?? .p1,
            securityDefaultsEnabled: try root.optional("securityDefaultsEnabled")?.bool() ?? false,
            emailOneTimePasscodeEnabled: try root.optional("emailOneTimePasscodeEnabled")?.bool()
                ?? true,
            policies: policies,
            namedLocations: locations,
            authenticationStrengths: strengths,
            crossTenantAccess: try root.optional("crossTenantAccessPolicy", as: CrossTenantAccessPolicy.self)
                ?? CrossTenantAccessPolicy(),
            displayNames: names
        )
        authenticationMethods = methods
        for item in try root.optional("domainFederation")?.items() ?? [] where !item.value.isNotConfigured {
            let domain = try item.required("domain").string().lowercased()
            federatedDomains[domain] =
                try item.optional("federatedIdpMfaBehavior")?.vocabulary(FederatedIdpMfaBehavior.self)
                ?? .acceptIfMfaDoneByFederatedIdp
        }
    }

    /// Reads a tenant document from JSON text, without source positions.
    public init(jsonData: Data) throws(DocumentError) {
        try self.init(document: DocumentValue(jsonData: jsonData))
    }
}
