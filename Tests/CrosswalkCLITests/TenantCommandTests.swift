import Foundation
import Testing
import TestSupport

/// `crosswalk tenant show` and `crosswalk whatif` on export folders, run as a user would.
@Suite("crosswalk tenant show")
struct TenantCommandTests {
    /// A folder of bare Graph exports (no tenant file) made from the fixtures' Graph documents.
    static func exportFolder() throws -> URL {
        let folder = Scratch.url("export")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("nested"), withIntermediateDirectories: true)
        let graph = WhatIfCommandTests.fixtures.appendingPathComponent("graph")
        try FileManager.default.copyItem(
            at: graph.appendingPathComponent("policies.json"), to: folder.appendingPathComponent("a.json"))
        try FileManager.default.copyItem(
            at: graph.appendingPathComponent("named-locations.json"), to: folder.appendingPathComponent("nested/b.json")
        )
        try FileManager.default.copyItem(
            at: graph.appendingPathComponent("partners.json"), to: folder.appendingPathComponent("c.json"))
        return folder
    }

    @Test("text: the tenant, the files with their format, every policy with its source, the diagnostics")
    func text() throws {
        let folder = try Self.exportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try WhatIfCommandTests.crosswalk(["tenant", "show", folder.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("[JSON, UTF-8]"))
        #expect(run.stdout.contains("from \(folder.path)/a.json"))
        #expect(run.stdout.contains("defaults used: tenantId"))
        #expect(run.stdout.contains("Diagnostics: 0 errors"))
    }

    @Test(
        "json: policies with id, displayName, state and source; diagnostics with file, line, column, severity, id, message"
    )
    func json() throws {
        let run = try WhatIfCommandTests.crosswalk(["tenant", "show", "tenant.yaml", "--format", "json"])
        #expect(run.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in [
            "policies", "namedLocations", "authenticationStrengths", "crossTenantAccessPolicy", "diagnostics", "files",
            "tenant",
        ] {
            #expect(report[key] != nil, "\(key)")
        }
        let policy = try #require((report["policies"] as? [[String: Any]])?.first)
        for key in ["id", "displayName", "state", "source"] { #expect(policy[key] is String, "\(key)") }
    }

    @Test("a file that cannot be read exits 1 with its diagnostic; a path that does not exist exits 2")
    func statuses() throws {
        let broken = try WhatIfCommandTests.withTemporaryFile(named: "p.json", containing: "[{\"id\": \"x\",}, {]") {
            path in
            try WhatIfCommandTests.crosswalk(["tenant", "show", path])
        }
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("p.json:1:17: error: [crosswalk.tenant.malformed] invalid JSON"))
        #expect(try WhatIfCommandTests.crosswalk(["tenant", "show", "no-such-folder"]).status == 2)
    }

    @Test("whatif takes an export folder as the tenant and answers as for the tenant file")
    func whatIfOnAFolder() throws {
        let folder = try Self.exportFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try
            "tenantId: 11111111-1111-1111-1111-111111111111\ndisplayName: Contoso\nlicense: p1\ncrossTenantAccessPolicy:\n  default:\n    inboundTrust: {isMfaAccepted: false, isCompliantDeviceAccepted: false}\n"
            .write(to: folder.appendingPathComponent("tenant.yaml"), atomically: true, encoding: .utf8)
        let fromFolder = try WhatIfCommandTests.crosswalk([
            "whatif", "--tenant", folder.path, "--sign-in", "sign-in-partner-guest.yaml", "--format", "json",
        ])
        let fromFile = try WhatIfCommandTests.crosswalk([
            "whatif", "--tenant", "tenant.yaml", "--sign-in", "sign-in-partner-guest.yaml", "--format", "json",
        ])
        #expect(fromFolder.status == 0)
        #expect(fromFolder.stdout == fromFile.stdout)
    }
}
