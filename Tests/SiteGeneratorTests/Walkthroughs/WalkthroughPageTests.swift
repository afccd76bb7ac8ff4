import Articles
import Foundation
import SiteGenerator
import Testing
import TestSupport

@Suite("Walkthrough pages")
struct WalkthroughPageTests {
    private var fixture: String { "\(SiteFixture.fixtures)/walkthroughs" }

    private func build(_ content: String, cases: String? = nil) async throws(BuildFailure) -> (BuildSummary, URL) {
        let output = try! SiteFixture.temporaryFolder()
        let options = SiteOptions(
            contentPath: content, outputPath: output.path, search: false, walkthroughCasesPath: cases)
        return (try await SiteBuilder(options: options).build(), output)
    }

    @Test("each placement embeds its data, the fallback steps and a status region; step tables are marked")
    func placements() async throws {
        let (summary, output) = try await build(fixture)
        #expect(summary.walkthroughCount == 4)
        #expect(summary.whatIfTenants == 1)
        #expect(
            Set(summary.walkthroughBytes.keys) == [
                "entra-cross-tenant", "external-identity-provider", "email-one-time-passcode", "resource-tenant-mfa",
            ])
        #expect(summary.largestWalkthroughBytes <= 64 * 1024)
        let page = try SiteFixture.read("other-providers.html", in: output)
        for number in 1...3 {
            #expect(page.contains("<script type=\"application/json\" id=\"walkthrough-\(number)\">"))
        }
        #expect(page.contains("<script src=\"walkthrough.js\" defer></script>"))
        #expect(page.contains("role=\"status\" aria-live=\"polite\""))
        #expect(page.contains("<div class=\"typed-table flow-steps\" data-flow-steps=\"external-identity-provider\">"))
        let crossTenant = try SiteFixture.read("cross-tenant.html", in: output)
        #expect(crossTenant.contains("data-flow-steps=\"entra-cross-tenant\""))
        #expect(crossTenant.contains("data-flow-steps=\"resource-tenant-mfa\""))
        #expect(crossTenant.contains("<form class=\"walkthrough-form\" data-walkthrough-form hidden>"))
        #expect(
            crossTenant.contains("<li class=\"walkthrough-step\" data-flow=\"entra-cross-tenant\" data-step=\"1\">"))
        let index = try SiteFixture.read("index.html", in: output)
        #expect(!index.contains("walkthrough.js"))
    }

    @Test("a walkthrough of an unknown flow is an error at the placement naming the known flows")
    func unknownFlow() async throws {
        let content = try SiteFixture.copyOfSite(changing: [
            "guides/bad.md": "# Bad\n\n<!-- crosswalk: walkthrough flow=nope -->\n"
        ])
        do {
            _ = try await build(content.path)
            Issue.record("the build succeeded")
        } catch {
            let diagnostic = try #require(error.diagnostics.first { $0.id == "crosswalk.walkthrough.unknown-flow" })
            #expect(diagnostic.location.file.hasSuffix("guides/bad.md"))
            #expect(diagnostic.location.line == 3)
            #expect(diagnostic.description.contains("error: [crosswalk.walkthrough.unknown-flow]"))
            #expect(diagnostic.message.contains("entra-cross-tenant, external-identity-provider"))
        }
    }

    @Test("the case export writes a tenant and a sign-in per combination with a manifest")
    func caseExport() async throws {
        let cases = Scratch.url("cases")
        _ = try await build(fixture, cases: cases.path)
        let manifest =
            try JSONSerialization.jsonObject(with: Data(contentsOf: cases.appendingPathComponent("manifest.json")))
            as? [String: Any]
        let placements = manifest?["walkthroughs"] as? [[String: Any]]
        #expect(placements?.count == 4)
        #expect(
            FileManager.default.fileExists(
                atPath: cases.appendingPathComponent("entra-cross-tenant/001-tenant.json").path))
        #expect(
            FileManager.default.fileExists(
                atPath: cases.appendingPathComponent("entra-cross-tenant/001-sign-in.json").path))
    }

    @Test("a walkthrough's title sits one level below the heading it follows, so the outline skips none")
    func headingLevel() async throws {
        let (_, output) = try await build(fixture)
        for page in ["cross-tenant.html", "other-providers.html", "index.html"] {
            let html = try SiteFixture.read(page, in: output)
            let levels = html.matches(of: /<h([1-6])[ >]/).compactMap { Int($0.1) }
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(page): heading levels \(levels)")
            }
        }
        #expect(try SiteFixture.read("cross-tenant.html", in: output).contains("class=\"walkthrough-title\""))
    }
}
