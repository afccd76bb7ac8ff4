import AccessEngine

/// Gives every policy the `id` and `state` the engine needs, as Graph would have: templates,
/// POST bodies and policy-as-code files leave both out.
///
/// A missing id is derived from the display name (or the file's name) so it is stable across
/// runs and readable in results: `CA001: Require MFA for admins` → `ca001-require-mfa-for-admins`.
/// Ids are made unique within the tenant by a numeric suffix.
enum PolicyIdentity {
    static let derivedId = "crosswalk.tenant.derived-id"
    static let missingState = "crosswalk.tenant.missing-state"

    /// `text` lower-cased with every run of characters other than a–z and 0–9 turned into one `-`.
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash, !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "policy" : result
    }

    /// Fills in missing ids and states of `policies` (each with the file it came from).
    static func complete(
        _ policies: inout [(value: DocumentValue, file: String)], diagnostics: inout [ImportDiagnostic]
    ) {
        var taken = Set(policies.compactMap { $0.value["id"]?.text?.lowercased() }.filter { !$0.isEmpty })
        var notedFiles = Set<String>()
        for index in policies.indices {
            var policy = policies[index].value
            let file = policies[index].file
            if policy["id"]?.text?.isEmpty ?? true {
                let name = policy["displayName"]?.text ?? ""
                let fileName = String(file.split(separator: "/").last ?? "policy")
                let stem = fileName.split(separator: ".").dropLast().joined(separator: ".")
                let base = slug(name.isEmpty ? (stem.isEmpty ? fileName : stem) : name)
                var id = base
                var suffix = 2
                while taken.contains(id) {
                    id = "\(base)-\(suffix)"
                    suffix += 1
                }
                taken.insert(id)
                policy.set("id", DocumentValue(.string(id), location: policy.location))
                if notedFiles.insert(file).inserted {
                    diagnostics.append(
                        ImportDiagnostic(
                            derivedId, .note, at: policy.location, in: file,
                            "policies in this file have no id; each gets one derived from its display name (here '\(id)')"
                        ))
                }
            }
            if policy["state"]?.isNotConfigured ?? true {
                policy.set("state", DocumentValue(.string("enabled"), location: policy.location))
                diagnostics.append(
                    ImportDiagnostic(
                        missingState, .warning, at: policy.location, in: file,
                        "policy '\(policy["displayName"]?.text ?? policy["id"]?.text ?? "")' has no state; read as enabled"
                    ))
            }
            policies[index].value = policy
        }
    }
}
