import Foundation
import SiteGenerator
import Testing

/// Pagefind is installed into `.venv/` by `scripts/setup`, which `make test` runs first.
@Suite("Search index")
struct SearchIndexTests {
    static var pagefind: [String] {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return [repository.appendingPathComponent(".venv/bin/python").path, "-m", "pagefind"]
    }

    @Test("Pagefind indexes the pages and the index page loads its interface")
    func pagefindIndex() async throws {
        let output = try SiteFixture.temporaryFolder()
        let options = SiteOptions(
            contentPath: SiteFixture.site, outputPath: output.path, search: true, pagefindCommand: Self.pagefind)
        _ = try await SiteBuilder(options: options).build()
        let files = try SiteFixture.files(in: output)
        #expect(files.contains("pagefind/pagefind-ui.js"))
        #expect(files.contains("pagefind/pagefind-entry.json"))
        #expect(files.contains { $0.hasPrefix("pagefind/fragment/") })
        let index = try SiteFixture.read("index.html", in: output)
        #expect(index.contains("<script src=\"pagefind/pagefind-ui.js\" defer></script>"))
        #expect(index.contains("data-search"))
    }

    @Test("a missing indexer is an error naming the way out, and nothing is published")
    func missingIndexer() async throws {
        let output = try SiteFixture.temporaryFolder()
        let options = SiteOptions(
            contentPath: SiteFixture.site, outputPath: output.path, search: true,
            pagefindCommand: ["/nonexistent/pagefind"])
        do {
            _ = try await SiteBuilder(options: options).build()
            Issue.record("the build should have failed")
        } catch {
            #expect(error.diagnostics.first?.message.contains("--no-search") == true)
        }
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
