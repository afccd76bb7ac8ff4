import Foundation
import AccessEngine

/// Resolves what policies refer to — users, groups, roles, named locations, strengths — against
/// what the export defines, and says what it could not resolve.
///
/// Exports are full of references that are not ids: placeholders left in templates
/// (`<AdministratorGroup>`, `%OrganizationId%`, `xxxxxxxx-xxxx-…`), display names (CIPP,
/// Microsoft365DSC), ids of objects the export does not hold. Each is a warning at its position.
/// A name that the export maps to an id is kept beside that id, so a sign-in may name the group
/// either way. What cannot be resolved at all is taken out of the condition and recorded in
/// ``UnresolvedConditions``, so What If answers `notEnoughInformation` instead of guessing.
struct ReferenceResolver {
    static let placeholder = "crosswalk.tenant.placeholder"
    static let byName = "crosswalk.tenant.reference-by-name"
    static let unresolved = "crosswalk.tenant.unresolved-reference"
    static let legacyTrustedIPs = "crosswalk.tenant.legacy-trusted-ips"
    static let unknownRole = "crosswalk.tenant.unknown-role"

    /// The id Graph uses for the legacy "MFA trusted IPs" location.
    static let legacyTrustedIPsId = "00000000-0000-0000-0000-000000000000"

    var locationIds: [String: String] = [:]
    var locationNames: [String: String] = [:]
    var strengthIds: [String: String] = [:]
    var strengthNames: [String: String] = [:]
    /// Lower-cased display name → id, from the export's display names.
    var idsByName: [String: String] = [:]
    var diagnostics: [ImportDiagnostic] = []
    /// Strengths standing in for ones the export does not define: they allow no method, so a
    /// policy requiring one can never be satisfied — never more permissive than the service.
    var unresolvedStrengths: [DocumentValue] = []

    init(documents: GraphDocuments) {
        for location in documents.namedLocations {
            guard let id = location["id"]?.text else { continue }
            locationIds[id.lowercased()] = id
            if let name = location["displayName"]?.text { locationNames[name.lowercased()] = id }
        }
        for strength in AuthenticationStrengthPolicy.builtIn {
            strengthIds[strength.id.lowercased()] = strength.id
            strengthNames[strength.displayName.lowercased()] = strength.id
        }
        for strength in documents.authenticationStrengths {
            guard let id = strength["id"]?.text else { continue }
            strengthIds[id.lowercased()] = id
            if let name = strength["displayName"]?.text { strengthNames[name.lowercased()] = id }
        }
        for (id, name) in documents.displayNames { idsByName[name.lowercased()] = id }
    }

    /// Text a template left to be filled in rather than a real reference.
    static func isPlaceholder(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("<") && trimmed.hasSuffix(">") { return true }
        if trimmed.hasPrefix("%") && trimmed.hasSuffix("%") && trimmed.count > 2 { return true }
        if trimmed.hasPrefix("{{") || trimmed.hasPrefix("${") || trimmed.hasPrefix("$") { return true }
        return trimmed.lowercased().contains("xxxxxxxx")
    }

    static func isGUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12] else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    mutating func resolve(_ policy: inout DocumentValue, file: String) -> UnresolvedConditions {
        var flags: UnresolvedConditions = []
        let name = policy["displayName"]?.text ?? policy["id"]?.text ?? ""
        if var conditions = policy["conditions"] {
            if var users = conditions["users"] {
                for (key, kind) in [
                    ("includeUsers", "user"), ("excludeUsers", "user"), ("includeGroups", "group"),
                    ("excludeGroups", "group"), ("includeRoles", "role"), ("excludeRoles", "role"),
                ] {
                    let excluded = key.hasPrefix("exclude")
                    if resolveDirectoryList(&users, key: key, kind: kind, policy: name, file: file) {
                        flags.insert(excluded ? .excludedUsers : .includedUsers)
                    }
                }
                for key in ["includeGuestsOrExternalUsers", "excludeGuestsOrExternalUsers"] {
                    guard var guests = users[key], var tenants = guests["externalTenants"] else { continue }
                    if resolveDirectoryList(&tenants, key: "members", kind: "tenant", policy: name, file: file) {
                        flags.insert(key.hasPrefix("exclude") ? .excludedUsers : .includedUsers)
                    }
                    guests.set("externalTenants", tenants)
                    users.set(key, guests)
                }
                conditions.set("users", users)
            }
            if var locations = conditions["locations"] {
                for key in ["includeLocations", "excludeLocations"]
                where resolveLocations(&locations, key: key, policy: name, file: file) {
                    flags.insert(key == "includeLocations" ? .includedLocations : .excludedLocations)
                }
                conditions.set("locations", locations)
            }
            policy.set("conditions", conditions)
        }
        if var grant = policy["grantControls"] {
            resolveStrength(&grant, policy: name, file: file)
            if let terms = grant["termsOfUse"] {
                for item in terms.entries where Self.isPlaceholder(item.text ?? "") {
                    warn(
                        Self.placeholder, at: item, file,
                        "policy '\(name)' names terms of use '\(item.text ?? "")', a placeholder; the terms are asked for and never accepted"
                    )
                }
            }
            policy.set("grantControls", grant)
        }
        return flags
    }

    /// Keeps resolvable entries of a user, group, role or tenant list; returns whether any entry
    /// could not be resolved.
    private mutating func resolveDirectoryList(
        _ owner: inout DocumentValue, key: String, kind: String, policy: String, file: String
    ) -> Bool {
        guard let list = owner[key], !list.isNotConfigured else { return false }
        var kept: [DocumentValue] = []
        var unresolvedFound = false
        for entry in list.entries {
            guard let text = entry.text, !text.isEmpty else {
                kept.append(entry)
                continue
            }
            if Self.isPlaceholder(text) {
                unresolvedFound = true
                warn(
                    Self.placeholder, at: entry, file,
                    "policy '\(policy)' names \(kind) '\(text)', a placeholder; What If cannot tell whether a sign-in matches it (notEnoughInformation)"
                )
                continue
            }
            if kind == "role" {
                resolveRole(entry, text, into: &kept, policy: policy, file: file)
                continue
            }
            kept.append(entry)
            let keyword = ["all", "none", "guestsorexternalusers"].contains(text.lowercased())
            guard kind == "group", !keyword, !Self.isGUID(text) else { continue }
            if let id = idsByName[text.lowercased()] {
                kept.append(DocumentValue(.string(id), location: entry.location))
                warn(
                    Self.byName, at: entry, file,
                    "policy '\(policy)' names \(kind) '\(text)' by its display name; read as \(id), and a sign-in may list it by either"
                )
            } else {
                warn(
                    Self.byName, at: entry, file,
                    "policy '\(policy)' names \(kind) '\(text)' by display name and the export has no id for it; a sign-in matches it only by that name"
                )
            }
        }
        owner.set(key, DocumentValue(.array(kept), location: list.location))
        return unresolvedFound
    }

    /// Conditional Access honours built-in role templates only: a name becomes its template
    /// id, and an id that is not a built-in template (a custom or scoped role) never matches.
    private mutating func resolveRole(
        _ entry: DocumentValue, _ text: String, into kept: inout [DocumentValue], policy: String, file: String
    ) {
        let lowered = text.lowercased()
        if DirectoryRole.namesById[lowered] != nil {
            kept.append(entry)
        } else if let id = DirectoryRole.idsByName[lowered]
            ?? idsByName[lowered].flatMap({ DirectoryRole.namesById[$0.lowercased()] != nil ? $0 : nil })
        {
            kept.append(DocumentValue(.string(id), location: entry.location))
            warn(
                Self.byName, at: entry, file,
                "policy '\(policy)' names role '\(text)' by its display name; read as the built-in role template \(id)")
        } else {
            warn(
                Self.unknownRole, at: entry, file,
                "policy '\(policy)' names role '\(text)', which is not a built-in role template (as of \(DirectoryRole.listRevision)); Conditional Access honours built-in roles only, so it never matches"
            )
        }
    }

    private mutating func resolveLocations(
        _ locations: inout DocumentValue, key: String, policy: String, file: String
    ) -> Bool {
        guard let list = locations[key], !list.isNotConfigured else { return false }
        var kept: [DocumentValue] = []
        var unresolvedFound = false
        for entry in list.entries {
            guard let text = entry.text else { continue }
            let lowered = text.lowercased()
            if lowered == "all" || lowered == "alltrusted" || locationIds[lowered] != nil {
                kept.append(entry)
            } else if lowered == Self.legacyTrustedIPsId {
                unresolvedFound = true
                warn(
                    Self.legacyTrustedIPs, at: entry, file,
                    "policy '\(policy)' names the legacy MFA trusted IPs location, which no export holds; What If cannot tell whether a sign-in is from there (notEnoughInformation)"
                )
            } else if let id = locationNames[lowered] {
                kept.append(DocumentValue(.string(id), location: entry.location))
                warn(
                    Self.byName, at: entry, file,
                    "policy '\(policy)' names location '\(text)' by its display name; read as \(id)")
            } else if Self.isPlaceholder(text) {
                unresolvedFound = true
                warn(
                    Self.placeholder, at: entry, file,
                    "policy '\(policy)' names location '\(text)', a placeholder; What If cannot tell whether a sign-in is from there (notEnoughInformation)"
                )
            } else {
                unresolvedFound = true
                warn(
                    Self.unresolved, at: entry, file,
                    "policy '\(policy)' names location '\(text)', which the export does not define; What If cannot tell whether a sign-in is from there (notEnoughInformation)"
                )
            }
        }
        locations.set(key, DocumentValue(.array(kept), location: list.location))
        return unresolvedFound
    }

    private mutating func resolveStrength(_ grant: inout DocumentValue, policy: String, file: String) {
        guard let strength = grant["authenticationStrength"], !strength.isNotConfigured else { return }
        if strength.has("allowedCombinations"), strength.has("id") { return }
        let id = strength.text ?? strength["id"]?.text
        let name = strength["displayName"]?.text
        if let id, let known = strengthIds[id.lowercased()] {
            grant.set("authenticationStrength", DocumentValue(.string(known), location: strength.location))
            return
        }
        if let label = name ?? id, let known = strengthNames[label.lowercased()] {
            grant.set("authenticationStrength", DocumentValue(.string(known), location: strength.location))
            warn(
                Self.byName, at: strength, file,
                "policy '\(policy)' names authentication strength '\(label)' by its display name; read as \(known)")
            return
        }
        let label = name ?? id ?? "?"
        let standIn = "unresolved-strength-" + PolicyIdentity.slug(label)
        warn(
            Self.isPlaceholder(label) ? Self.placeholder : Self.unresolved, at: strength, file,
            "policy '\(policy)' requires authentication strength '\(label)', which the export does not define; it is read as a strength no method satisfies"
        )
        if !unresolvedStrengths.contains(where: { $0["id"]?.text == standIn }) {
            unresolvedStrengths.append(
                DocumentValue(
                    .object([
                        DocumentMember(key: "id", value: DocumentValue(.string(standIn))),
                        DocumentMember(key: "displayName", value: DocumentValue(.string("Unresolved: \(label)"))),
                        DocumentMember(key: "allowedCombinations", value: DocumentValue(.array([]))),
                    ]), location: strength.location))
        }
        grant.set("authenticationStrength", DocumentValue(.string(standIn), location: strength.location))
    }

    private mutating func warn(_ id: String, at value: DocumentValue, _ file: String, _ message: String) {
        diagnostics.append(ImportDiagnostic(id, .warning, at: value.location, in: file, message))
    }
}
