import Articles
import Foundation
@testable import SiteGenerator
import Testing

/// A tenant file in a site's `_data/tenants/` must not make a build (or the preview server)
/// read files outside the content root, whether it names them with `..` or through a link.
@Suite("What If tenants stay inside the content root")
struct WhatIfConfinementTests {
    /// A site whose What If tenant names a Graph document beside the content folder, by a
    /// relative path or through a symbolic link inside the content root.
    static func leakySite(throughLink: Bool) throws -> (content: URL, output: URL) {
        let content = try SiteFixture.copyOfSite()
        let secret = content.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString).json")
        try
            #"[{"id": "x", "displayName": "LEAKED", "state": "enabled", "grantControls": {"operator": "OR", "builtInControls": ["block"]}}]"#
            .write(to: secret, atomically: true, encoding: .utf8)
        let data = content.appendingPathComponent("_data")
        try FileManager.default.createDirectory(
            at: data.appendingPathComponent("tenants"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: data.appendingPathComponent("graph"), withIntermediateDirectories: true)
        let reference: String
        if throughLink {
            try FileManager.default.createSymbolicLink(
                at: data.appendingPathComponent("graph/link.json"), withDestinationURL: secret)
            reference = "../graph/link.json"
        } else {
            reference = "../../../\(secret.lastPathComponent)"
        }
        try "tenantId: t\nlicense: p1\nconditionalAccessPolicies: \(reference)\n"
            .write(to: data.appendingPathComponent("tenants/leaky.yaml"), atomically: true, encoding: .utf8)
        return (content, try SiteFixture.temporaryFolder())
    }

    @Test("a build refuses a What If tenant naming a file outside the content root", arguments: [false, true])
    func buildRefuses(throughLink: Bool) async throws {
        let (content, output) = try Self.leakySite(throughLink: throughLink)
        defer { try? FileManager.default.removeItem(at: content) }
        let options = SiteOptions(contentPath: content.path, outputPath: output.path, search: false)
        do {
            _ = try await SiteBuilder(options: options).build()
            Issue.record("the build succeeded")
        } catch {
            let diagnostic = try #require(error.diagnostics.first { $0.id.rawValue == "crosswalk.tenant.outside-root" })
            #expect(diagnostic.location.file.hasSuffix("leaky.yaml"))
            #expect(diagnostic.location.line == 3)
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("the preview server refuses it too and publishes nothing from it")
    func serveRefuses() async throws {
        let (content, output) = try Self.leakySite(throughLink: false)
        defer { try? FileManager.default.removeItem(at: content) }
        let site = IncrementalSite(
            options: SiteOptions(contentPath: content.path, outputPath: output.path, search: false))
        guard case .failed(let diagnostics) = await site.update() else {
            Issue.record("the preview published a site")
            return
        }
        #expect(diagnostics.contains { $0.id.rawValue == "crosswalk.tenant.outside-root" })
    }
}
