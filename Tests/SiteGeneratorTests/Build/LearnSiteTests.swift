import Articles
import Foundation
@testable import SiteGenerator
import Testing

/// A folder of articles in the style of Microsoft Learn (images, tabs, pivots, includes, a
/// header that is not YAML, a `toc.yml`) builds with warnings only, and its pages match golden
/// files.
@Suite("Learn-style content")
struct LearnSiteTests {
    static var content: String { "\(SiteFixture.fixtures)/learn" }

    private func build() async throws -> (output: URL, summary: BuildSummary) {
        let output = try SiteFixture.temporaryFolder()
        let (configuration, diagnostics) = SiteConfiguration.load(contentPath: Self.content)
        #expect(diagnostics.isEmpty)
        var options = SiteOptions(contentPath: Self.content, outputPath: output.path, search: false)
        options.configuration = configuration
        return (output, try await SiteBuilder(options: options).build())
    }

    @Test("the folder builds with warnings only, each at its place")
    func warningsOnly() async throws {
        let (_, summary) = try await build()
        let warnings = summary.warnings.map {
            "\($0.location.file.split(separator: "/").suffix(2).joined(separator: "/")):\($0.location.line) \($0.id.rawValue)"
        }
        #expect(
            !warnings.contains { $0.hasPrefix("guides/configure-trust.md:41") },
            "found through crosswalk.yml's include root")
        #expect(warnings.contains("guides/configure-trust.md:43 crosswalk.include.missing"))
        #expect(warnings.contains("guides/old-header.md:3 crosswalk.front-matter.invalid"))
        #expect(warnings.contains("learn/overview.md:22 crosswalk.image.missing"))
        #expect(warnings.contains("learn/overview.md:24 crosswalk.image.missing-alt-text"))
        #expect(warnings.contains("learn/toc.yml:12 crosswalk.toc.missing-article"))
        #expect(summary.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test("a zone pivot outside the article's group, or a group not defined, is a warning")
    func pivotGroups() async throws {
        let root = ContentRoot(path: Self.content)
        let (groups, diagnostics) = ZonePivotGroups.load(root: root)
        #expect(diagnostics.isEmpty)
        #expect(groups.groups["trust-tools"]?.pivots.map(\.title) == ["Admin center", "PowerShell", "Microsoft Graph"])
        let (article, _) = ArticleReader(root: root).read("guides/configure-trust.md")
        var other = try #require(article)
        #expect(groups.check(other, root: root).isEmpty)
        other.zones.append(ZonePlacement(pivots: ["cli"], at: SourceLocation(file: "x.md", line: 9, column: 1)))
        #expect(
            groups.check(other, root: root).map(\.message) == [
                "pivot 'cli' is not in the group 'trust-tools' (admin-center, powershell, graph)"
            ])
        other.frontMatter.metadata["zone_pivot_groups"] = "trust-tool"
        #expect(
            groups.check(other, root: root).map(\.message) == [
                "zone pivot group 'trust-tool' is not defined in zone-pivot-groups.yml; did you mean 'trust-tools'?"
            ])
    }

    @Test("images are copied beside the pages that show them")
    func images() async throws {
        let (output, _) = try await build()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("media/sign-in-flow.png").path))
        #expect(
            try SiteFixture.read("guides/old-header.html", in: output).contains(
                "<title>Notes kept from an older article"))
    }

    @Test("previous and next follow the TOC, not the titles")
    func readingOrder() async throws {
        let (output, _) = try await build()
        let page = try SiteFixture.read("guides/configure-trust.html", in: output)
        #expect(page.contains("<a class=\"pager-previous\" rel=\"prev\" href=\"../overview.html\">"))
        #expect(page.contains("<a class=\"pager-next\" rel=\"next\" href=\"../guides/old-header.html\">"))
        #expect(
            try SiteFixture.read("index.html", in: output).contains(
                "<nav class=\"site-toc\" aria-label=\"Table of contents\">"))
    }

    @Test(
        "pages render as the golden files", arguments: ["overview.html", "guides/configure-trust.html", "index.html"])
    func golden(page: String) async throws {
        let (output, _) = try await build()
        let html = try SiteFixture.read(page, in: output)
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden/learn-" + page.replacingOccurrences(of: "/", with: "-"))
        if ProcessInfo.processInfo.environment["CROSSWALK_UPDATE_GOLDEN"] == "1" {
            try html.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(html == (try String(contentsOf: golden, encoding: .utf8)))
    }
}
