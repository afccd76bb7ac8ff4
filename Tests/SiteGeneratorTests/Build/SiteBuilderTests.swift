import Articles
import Foundation
import SiteGenerator
import Testing

@Suite("Site build")
struct SiteBuilderTests {
    private func build(
        content: String = SiteFixture.site, templates: String? = nil, into output: URL
    ) async throws(BuildFailure) -> BuildSummary {
        let options = SiteOptions(
            contentPath: content, templatesPath: templates, outputPath: output.path, search: false)
        return try await SiteBuilder(options: options).build()
    }

    @Test("every article becomes a page; fragments, data and Markdown sources are not published")
    func pagesAndAssets() async throws {
        let output = try SiteFixture.temporaryFolder()
        let summary = try await build(into: output)
        #expect(summary.pageCount == 5)
        #expect(summary.checkCount == 1)
        #expect(
            try SiteFixture.files(in: output) == [
                "consistency.html", "crosswalk.css", "crosswalk.js", "guides/first.html", "guides/third.html",
                "highlight.css", "index.html", "learn.css", "learn.js",
                "media/diagram.txt", "navigation.css", "second.html", "sitemap.xml", "walkthrough.css",
                "walkthrough.js", "whatif.js",
            ])
        #expect(summary.tableCounts == ["step tables": 1])
    }

    @Test(
        "timings name the phases that ran; memory is freed unless the process exits after the build",
        arguments: [false, true])
    func timings(processExitsAfterBuild: Bool) async throws {
        let output = try SiteFixture.temporaryFolder()
        var options = SiteOptions(contentPath: SiteFixture.site, outputPath: output.path, search: false)
        options.processExitsAfterBuild = processExitsAfterBuild
        let summary = try await SiteBuilder(options: options).build()
        let expected = [
            "read and check", "highlight code", "finish What If pages", "prepare", "render and write pages",
            "sitemap and assets", "replace the output",
        ]
        #expect(summary.timings.phases.map(\.name) == expected + (processExitsAfterBuild ? [] : ["release memory"]))
        // The What If pages are compiled beside the phases, and said so.
        #expect(summary.timings.alongside.map(\.name) == ["What If pages"])
        #expect(summary.timings.phases.allSatisfy { $0.duration >= .zero && $0.processorTime >= .zero })
        #expect(try SiteFixture.read("index.html", in: output).contains("<ol class=\"course\">"))
    }

    @Test("links between articles point to pages, relative to the page; broken ones warn")
    func links() async throws {
        let output = try SiteFixture.temporaryFolder()
        let summary = try await build(into: output)
        let first = try SiteFixture.read("guides/first.html", in: output)
        #expect(first.contains("<a href=\"../second.html#details\">the second</a>"))
        #expect(first.contains("<a href=\"../guides/third.html\">the third</a>"))
        #expect(first.contains("<a href=\"missing.md\">nowhere</a>"))
        #expect(first.contains("<img src=\"../media/diagram.txt\""))
        #expect(first.contains("<a href=\"../second.html\">the second guide</a>"))
        #expect(first.contains("href=\"../crosswalk.css\""))
        #expect(summary.warnings.map(\.id) == [.brokenLink])
        #expect(summary.warnings.first?.location.line == 10)
    }

    @Test("the index lists articles in course order: front matter order, then title")
    func courseOrder() async throws {
        let output = try SiteFixture.temporaryFolder()
        _ = try await build(into: output)
        let index = try SiteFixture.read("index.html", in: output)
        let positions = ["First guide", "Second guide", "Third guide"].map { index.range(of: ">\($0)</a>")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(index.contains("Start with <a href=\"guides/first.html\">the first guide</a>"))
        let second = try SiteFixture.read("second.html", in: output)
        #expect(second.contains("rel=\"prev\" href=\"guides/first.html\""))
        #expect(second.contains("rel=\"next\" href=\"guides/third.html\""))
        #expect(!second.contains("<script>alert"))
    }

    @Test("pages carry a table of contents, a skip link and landmarks, and no inline script or style")
    func pageStructure() async throws {
        let output = try SiteFixture.temporaryFolder()
        _ = try await build(into: output)
        for page in ["index.html", "second.html", "guides/first.html", "guides/third.html", "consistency.html"] {
            let html = try SiteFixture.read(page, in: output)
            #expect(html.contains("<a class=\"skip-link\" href=\"#main\">"))
            #expect(html.contains("<main id=\"main\""))
            #expect(html.contains("<nav class=\"site-nav\""))
            #expect(!html.contains("<script>"), "inline script in \(page)")
            #expect(!html.contains("<style"), "inline style in \(page)")
            #expect(!html.contains(" style=\""), "style attribute in \(page)")
            #expect(!html.contains("src=\"http"), "external resource in \(page)")
        }
        let first = try SiteFixture.read("guides/first.html", in: output)
        #expect(first.contains("<a href=\"#part-one\">Part one</a>"))
        #expect(first.contains("<a href=\"#part-two\">Part two</a>"))
        #expect(first.contains("<div class=\"typed-table flow-steps\" data-flow-steps=\"email-one-time-passcode\">"))
        #expect(
            first.contains("Verified: the steps and their jumps match the engine&#39;s flow")
                || first.contains("Verified: the steps and their jumps match the engine's flow"))
    }

    @Test("the sitemap lists every page, absolute when a base URL is given")
    func sitemap() async throws {
        let output = try SiteFixture.temporaryFolder()
        var options = SiteOptions(contentPath: SiteFixture.site, outputPath: output.path, search: false)
        options.baseURL = "https://guidance.example.org/b2b"
        _ = try await SiteBuilder(options: options).build()
        let sitemap = try SiteFixture.read("sitemap.xml", in: output)
        #expect(sitemap.contains("<loc>https://guidance.example.org/b2b/index.html</loc>"))
        #expect(sitemap.contains("<loc>https://guidance.example.org/b2b/guides/third.html</loc>"))
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 5)
    }

    @Test("two builds of the same input are byte-identical")
    func deterministic() async throws {
        let first = try SiteFixture.temporaryFolder()
        let second = try SiteFixture.temporaryFolder()
        _ = try await build(into: first)
        _ = try await build(into: second)
        let files = try SiteFixture.files(in: first)
        #expect(files == (try SiteFixture.files(in: second)))
        for file in files {
            #expect(
                try Data(contentsOf: first.appendingPathComponent(file))
                    == Data(contentsOf: second.appendingPathComponent(file)), "\(file)")
        }
    }

    @Test("the built-in page renders as the golden file")
    func golden() async throws {
        let output = try SiteFixture.temporaryFolder()
        _ = try await build(into: output)
        let html = try SiteFixture.read("guides/first.html", in: output)
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden/first.html")
        if ProcessInfo.processInfo.environment["CROSSWALK_UPDATE_GOLDEN"] == "1" {
            try html.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(html == (try String(contentsOf: golden, encoding: .utf8)))
    }
}
