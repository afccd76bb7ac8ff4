extension TenantReport {
    /// The report for people: settings, files, one line per policy, locations, strengths, trust,
    /// then every diagnostic.
    public var text: String {
        var lines: [String] = []
        let name = tenant.displayName.isEmpty ? tenant.tenantId : "\(tenant.displayName) (\(tenant.tenantId))"
        lines.append(
            "Tenant \(name): licence \(tenant.license), security defaults \(tenant.securityDefaultsEnabled ? "on" : "off"), email one-time passcode \(tenant.emailOneTimePasscodeEnabled ? "on" : "off")"
        )
        if !tenant.defaultsUsed.isEmpty {
            lines.append("  defaults used: \(tenant.defaultsUsed.joined(separator: ", "))")
        }
        lines.append("")
        lines.append("Files read (\(files.count)):")
        for file in files {
            let layout = file.layout.map { ", \($0)" } ?? ""
            let contents = file.contents.isEmpty ? "" : ": \(file.contents.joined(separator: ", "))"
            lines.append("  \(file.path) [\(file.format), \(file.encoding)\(layout)]\(contents)")
        }
        lines.append("")
        lines.append("Policies (\(policies.count)):")
        for policy in policies {
            lines.append("  \(policy.id)  \"\(policy.displayName)\"  \(policy.state)")
            lines.append("    users: \(policy.users)")
            lines.append("    apps: \(policy.applications)")
            for condition in policy.conditions { lines.append("    \(condition)") }
            lines.append("    grant: \(policy.grantControls)")
            if !policy.sessionControls.isEmpty {
                lines.append("    session: \(policy.sessionControls.joined(separator: ", "))")
            }
            if !policy.unresolved.isEmpty {
                lines.append(
                    "    unresolved: \(policy.unresolved.joined(separator: ", ")) (What If answers notEnoughInformation)"
                )
            }
            lines.append("    from \(policy.source)")
        }
        lines.append("")
        lines.append("Named locations (\(namedLocations.count)):")
        for location in namedLocations {
            lines.append(
                "  \(location.id)  \"\(location.displayName)\"  \(location.kind)\(location.isTrusted ? " trusted" : ""): \(location.values.joined(separator: ", "))"
            )
        }
        lines.append("")
        lines.append("Custom authentication strengths (\(authenticationStrengths.count)):")
        for strength in authenticationStrengths {
            lines.append(
                "  \(strength.id)  \"\(strength.displayName)\": \(strength.allowedCombinations.joined(separator: " | "))"
            )
        }
        lines.append("")
        lines.append("Cross-tenant access:")
        func trust(_ entry: CrossTenant.Entry) -> String {
            func flag(_ value: Bool?) -> String { value.map { $0 ? "on" : "off" } ?? "inherited" }
            return
                "MFA trust \(flag(entry.isMfaAccepted)), compliant device trust \(flag(entry.isCompliantDeviceAccepted)), hybrid joined trust \(flag(entry.isHybridAzureADJoinedDeviceAccepted))"
                + (entry.isServiceProvider == true ? ", service provider" : "")
        }
        lines.append("  default: \(trust(crossTenantAccessPolicy.default))")
        for partner in crossTenantAccessPolicy.partners {
            let label = [partner.name, partner.tenantId].compactMap { $0 }.joined(separator: " ")
            lines.append("  partner \(label): \(trust(partner))")
        }
        lines.append("")
        let counts = ["error", "warning", "note"].map { severity in
            let count = diagnostics.filter { $0.severity == severity }.count
            return "\(count) \(severity)\(count == 1 ? "" : "s")"
        }
        lines.append("Diagnostics: \(counts.joined(separator: ", "))")
        for item in diagnostics {
            lines.append("  \(item.file):\(item.line):\(item.column): \(item.severity): [\(item.id)] \(item.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
