import AccessEngine
import Foundation
import TenantFiles

// Importing a tenant export: a 200-policy EntraExporter folder (one folder and one JSON file per
// policy, as the tool writes them, Windows PowerShell's UTF-16LE for every fourth file, plus
// named locations, a cross-tenant default and partners), read with `TenantLoader` and compiled.
// The reference in the same run is the least any reader must do: Foundation's JSONSerialization
// over the same files, read from disk the same way. Figures: median of the rounds, and the ratio.

let arguments = CommandLine.arguments
let folder = arguments.count > 1 ? arguments[1] : "bench-out/tenant-import"
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 9 : 9
let policyCount = 200

/// Writes the export folder (deterministic).
func writeExport() throws {
    let fileManager = FileManager.default
    try? fileManager.removeItem(atPath: folder)
    func write(_ relative: String, _ text: String, utf16: Bool = false) throws {
        let url = URL(fileURLWithPath: "\(folder)/\(relative)")
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var data = Data(text.utf8)
        if utf16 { data = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)! }
        try data.write(to: url)
    }
    func uuid(_ kind: Int, _ index: Int) -> String { String(format: "%08x-0000-4000-8000-%012x", kind, index) }
    for index in 0..<20 {
        let id = uuid(2, index)
        try write(
            "Identity/Conditional/NamedLocations/\(id)/\(id).json",
            """
            {"@odata.type": "#microsoft.graph.ipNamedLocation", "id": "\(id)", "displayName": "Office \(index)",
             "isTrusted": \(index % 2 == 0), "ipRanges": [{"@odata.type": "#microsoft.graph.iPv4CidrRange", "cidrAddress": "10.\(index).0.0/16"}]}
            """)
    }
    for index in 0..<policyCount {
        let id = uuid(1, index)
        let location = uuid(2, index % 20)
        let grant = index % 3 == 0 ? #"["block"]"# : index % 3 == 1 ? #"["mfa"]"# : #"["mfa", "compliantDevice"]"#
        try write(
            "Identity/Conditional/AccessPolicies/\(id)/\(id).json",
            """
            {
                "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/policies/$entity",
                "id": "\(id)", "displayName": "CA\(String(format: "%03d", index)): policy \(index)",
                "createdDateTime": "2024-03-11T09:42:17Z", "modifiedDateTime": null,
                "state": "\(index % 4 == 3 ? "enabledForReportingButNotEnforced" : "enabled")",
                "conditions": {
                    "userRiskLevels": [], "signInRiskLevels": \(index % 7 == 0 ? #"["high"]"# : "[]"), "clientAppTypes": ["all"],
                    "platforms": null, "devices": null, "clientApplications": null,
                    "applications": {"includeApplications": ["\(index % 5 == 0 ? "All" : uuid(3, index % 40))"], "excludeApplications": [],
                        "includeUserActions": [], "includeAuthenticationContextClassReferences": []},
                    "users": {"includeUsers": ["\(index % 2 == 0 ? "All" : "None")"], "excludeUsers": [], "includeGroups": ["\(uuid(4, index % 30))"],
                        "excludeGroups": ["\(uuid(4, 99))"], "includeRoles": [], "excludeRoles": [],
                        "includeGuestsOrExternalUsers": {"guestOrExternalUserTypes": "b2bCollaborationGuest,b2bCollaborationMember",
                            "externalTenants": {"@odata.type": "#microsoft.graph.conditionalAccessAllExternalTenants", "membershipKind": "all"}},
                        "excludeGuestsOrExternalUsers": null},
                    "locations": {"includeLocations": ["All"], "excludeLocations": ["\(location)"]}
                },
                "grantControls": {"operator": "OR", "builtInControls": \(grant), "customAuthenticationFactors": [], "termsOfUse": []},
                "sessionControls": null
            }
            """, utf16: index % 4 == 0)
    }
    try write(
        "Policies/CrossTenantAccessPolicy/Default/Default/Default.json",
        """
        {"isServiceDefault": false, "inboundTrust": {"isMfaAccepted": false, "isCompliantDeviceAccepted": false, "isHybridAzureADJoinedDeviceAccepted": false}}
        """)
    for index in 0..<10 {
        let id = uuid(5, index)
        try write(
            "Policies/CrossTenantAccessPolicy/Partners/\(id)/\(id).json",
            """
            {"tenantId": "\(id)", "isServiceProvider": false, "inboundTrust": {"isMfaAccepted": \(index % 2 == 0), "isCompliantDeviceAccepted": null, "isHybridAzureADJoinedDeviceAccepted": null}}
            """)
    }
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// The reference: every JSON file under the folder read and parsed by Foundation.
func referenceRead() throws {
    let enumerator = FileManager.default.enumerator(atPath: folder)
    var parsed = 0
    while let path = enumerator?.nextObject() as? String {
        guard path.hasSuffix(".json") else { continue }
        var data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(path)"))
        if data.starts(with: [0xFF, 0xFE]) {
            data = String(data: data.dropFirst(2), encoding: .utf16LittleEndian)!.data(using: .utf8)!
        }
        _ = try JSONSerialization.jsonObject(with: data)
        parsed += 1
    }
    precondition(parsed > policyCount)
}

try writeExport()
let loader = TenantLoader(access: .confined(to: [folder]))
var importTimes: [Double] = []
var referenceTimes: [Double] = []
var policies = 0
for _ in 0..<(rounds + 1) {  // the first round warms up and is dropped
    referenceTimes.append(try seconds(referenceRead))
    importTimes.append(
        try seconds {
            let loaded = try loader.loadTenant(at: folder)
            _ = try loaded.compiled()
            policies = loaded.tenant.policies.count
        })
}
importTimes.removeFirst()
referenceTimes.removeFirst()
precondition(policies == policyCount, "read \(policies) policies")
let crosswalk = median(importTimes)
let reference = median(referenceTimes)
print("Import of a \(policyCount)-policy EntraExporter folder (\(rounds) rounds, medians):")
print(
    String(
        format: "  crosswalk import + compile: %.1f ms (range %.1f–%.1f ms)", crosswalk * 1000,
        importTimes.min()! * 1000, importTimes.max()! * 1000))
print(String(format: "  reference (JSONSerialization of the same files): %.1f ms", reference * 1000))
print(String(format: "  ratio: %.2f× the reference", crosswalk / reference))
