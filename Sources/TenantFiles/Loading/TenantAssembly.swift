import AccessEngine
import Foundation

/// Gathers what the files of one tenant hold, then cleans, completes and resolves it into a
/// ``Tenant`` the engine can compile.
struct TenantAssembly {
    var documents = GraphDocuments()
    /// Tenant settings (`tenantId`, `license`, ...) from a tenant file, when there is one.
    var settings: [DocumentMember] = []
    var settingsFile: String?
    var diagnostics: [ImportDiagnostic] = []
    var files: [ImportedFile] = []
    /// The name the tenant gets when no file names it: the file or folder read.
    let fallbackName: String
    /// The file or folder the tenant was read from, where notes about the whole tenant point.
    let path: String

    static let defaultsNote = "crosswalk.tenant.defaults"
    static let builtInRedefined = "crosswalk.tenant.builtin-strength-redefined"
    static let tenantsWithoutTypes = "crosswalk.tenant.external-tenants-without-types"

    /// `externalTenants` narrows guest types; without any type it selects no one, which is
    /// almost certainly not what the admin meant.
    static func checkGuestTargets(_ policy: DocumentValue, file: String, into diagnostics: inout [ImportDiagnostic]) {
        guard let users = policy["conditions"]?["users"] else { return }
        for key in ["includeGuestsOrExternalUsers", "excludeGuestsOrExternalUsers"] {
            guard let guests = users[key], let tenants = guests["externalTenants"], !tenants.isNotConfigured else {
                continue
            }
            let types = (guests["guestOrExternalUserTypes"]?.strings ?? []).flatMap { $0.split(separator: ",") }
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { $0 != "none" && !$0.isEmpty }
            if types.isEmpty {
                diagnostics.append(
                    ImportDiagnostic(
                        tenantsWithoutTypes, .warning, at: tenants.location, in: file,
                        "policy '\(policy["displayName"]?.text ?? "")' lists external tenants in \(key) but no guest or external user types, so it selects no one"
                    ))
            }
        }
    }

    init(path: String) {
        self.path = path
        fallbackName = TenantLoader.stem(of: path)
    }

    /// What a set of documents holds, for the import report.
    static func describe(_ documents: GraphDocuments) -> [String] {
        var result: [String] = []
        func count(_ number: Int, _ noun: String) {
            if number > 0 { result.append("\(number) \(number == 1 ? noun : plural(noun))") }
        }
        count(documents.policies.count, "Conditional Access policy")
        count(documents.namedLocations.count, "named location")
        count(documents.authenticationStrengths.count, "authentication strength")
        if documents.crossTenantDefault != nil { result.append("cross-tenant access default") }
        if documents.authenticationMethodsPolicy != nil { result.append("authentication methods policy") }
        count(documents.crossTenantPartners.count, "cross-tenant partner")
        count(documents.displayNames.count, "display name")
        return result
    }

    static func plural(_ noun: String) -> String {
        noun.hasSuffix("y") ? String(noun.dropLast()) + "ies" : noun + "s"
    }

    /// Builds the tenant; engine decoding errors stop it with every warning found so far.
    mutating func finish() throws(ImportFailure) -> LoadedTenant {
        var policies: [(value: DocumentValue, file: String)] = []
        for policy in documents.policies {
            let file = policy.location?.file ?? settingsFile ?? fallbackName
            var cleaned = policy
            try LegacyEnumeration.convert(&cleaned, file: file)
            if let extracted = cleaned["LocationInfo"] {
                // CIPP templates carry the named locations they use.
                for location in GraphDocuments.objects(in: extracted)
                where !documents.namedLocations.contains(where: {
                    $0["displayName"]?.text == location["displayName"]?.text && location["displayName"] != nil
                }) {
                    documents.namedLocations.append(location)
                }
            }
            policies.append((cleaned, file))
        }
        PolicyIdentity.complete(&policies, diagnostics: &diagnostics)
        documents.namedLocations = documents.namedLocations.enumerated().map { index, location in
            var location = location
            if location["id"]?.text?.isEmpty ?? true {
                let name = location["displayName"]?.text ?? "location-\(index + 1)"
                location.set("id", DocumentValue(.string(name), location: location.location))
            }
            return location
        }
        let builtInIds = Set(AuthenticationStrengthPolicy.builtIn.map { $0.id.lowercased() })
        documents.authenticationStrengths = documents.authenticationStrengths.filter { strength in
            guard let id = strength["id"]?.text, builtInIds.contains(id.lowercased()) else { return true }
            // Exports list the built-in strengths too; they cannot be changed, so the service's
            // own definition is used.
            if strength["policyType"]?.text?.lowercased() != "builtin" {
                diagnostics.append(
                    ImportDiagnostic(
                        Self.builtInRedefined, .warning, at: strength.location, in: strength.location?.file ?? path,
                        "authentication strength '\(id)' redefines a built-in strength, which cannot be changed; the built-in definition is used"
                    ))
            }
            return false
        }
        for (policy, file) in policies { Self.checkGuestTargets(policy, file: file, into: &diagnostics) }
        var resolver = ReferenceResolver(documents: documents)
        var unresolved: [UnresolvedConditions] = []
        for index in policies.indices {
            unresolved.append(resolver.resolve(&policies[index].value, file: policies[index].file))
        }
        diagnostics += resolver.diagnostics

        var members = settings
        var defaults: [String] = []
        if !members.contains(where: { $0.key == "tenantId" }) {
            if let exported = documents.sourceTenantId {
                members.append(DocumentMember(key: "tenantId", value: DocumentValue(.string(exported))))
                if let name = documents.sourceTenantName, !members.contains(where: { $0.key == "displayName" }) {
                    members.append(DocumentMember(key: "displayName", value: DocumentValue(.string(name))))
                }
            } else {
                members.append(DocumentMember(key: "tenantId", value: DocumentValue(.string(fallbackName))))
                defaults.append("tenantId (\(fallbackName))")
            }
        }
        for (key, value) in [
            ("license", "p1"), ("securityDefaultsEnabled", "false"), ("emailOneTimePasscodeEnabled", "true"),
        ]
        where !members.contains(where: { $0.key == key }) {
            defaults.append("\(key) (\(value))")
        }
        var names = documents.displayNames
        if let given = members.first(where: { $0.key == "displayNames" })?.value {
            for member in given.members { names[member.key] = member.value.text ?? names[member.key] }
            members.removeAll { $0.key == "displayNames" }
        }
        members.append(
            DocumentMember(
                key: "displayNames",
                value: DocumentValue(
                    .object(
                        names.keys.sorted().map { DocumentMember(key: $0, value: DocumentValue(.string(names[$0]!))) }))
            ))
        members.append(
            DocumentMember(key: "conditionalAccessPolicies", value: DocumentValue(.array(policies.map(\.value)))))
        members.append(DocumentMember(key: "namedLocations", value: DocumentValue(.array(documents.namedLocations))))
        members.append(
            DocumentMember(
                key: "authenticationStrengthPolicies",
                value: DocumentValue(.array(documents.authenticationStrengths + resolver.unresolvedStrengths))))
        var crossTenant: [DocumentMember] = [
            DocumentMember(key: "partners", value: DocumentValue(.array(documents.crossTenantPartners)))
        ]
        if let fallback = documents.crossTenantDefault {
            crossTenant.append(DocumentMember(key: "default", value: fallback))
        }
        members.append(DocumentMember(key: "crossTenantAccessPolicy", value: DocumentValue(.object(crossTenant))))
        if let methods = documents.authenticationMethodsPolicy {
            members.append(DocumentMember(key: "authenticationMethodsPolicy", value: methods))
        }

        var tenant: Tenant
        do {
            tenant = try Tenant(document: DocumentValue(.object(members)))
        } catch {
            throw ImportFailure(diagnostics.sorted() + [ImportDiagnostic(error, in: settingsFile ?? fallbackName)])
        }
        for index in tenant.policies.indices where index < unresolved.count {
            tenant.policies[index].unresolved = unresolved[index]
        }
        if !defaults.isEmpty, !documents.isEmpty {
            diagnostics.append(
                ImportDiagnostic(
                    Self.defaultsNote, .note, file: settingsFile ?? path,
                    "no tenant file gives \(defaults.joined(separator: ", ")); defaults are used (add a tenant.yaml to set them)"
                ))
        }
        return LoadedTenant(
            tenant: tenant, diagnostics: diagnostics.sorted(), files: files, policySources: policies.map(\.file),
            defaultsUsed: defaults)
    }
}
