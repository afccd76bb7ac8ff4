import Articles
import Foundation
import SiteGenerator
import Testing

@Suite("rebuilding only what changed")
struct IncrementalSiteTests {
    static func site() throws -> (content: URL, output: URL, site: IncrementalSite) {
        let content = try SiteFixture.copyOfSite()
        let output = try SiteFixture.temporaryFolder()
        let site = IncrementalSite(
            options: SiteOptions(contentPath: content.path, outputPath: output.path, search: false))
        return (content, output, site)
    }

    /// Saves `text` with a modification time a second later than the file had, so the change is
    /// seen even on file systems with coarse timestamps.
    static func save(_ text: String, to file: URL) throws {
        let before =
            (try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date) ?? Date()
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes(
            [.modificationDate: before.addingTimeInterval(1)], ofItemAtPath: file.path)
    }

    @Test("a changed toc.yml re-renders every page with the new navigation, and is never published")
    func tocChange() async throws {
        let (content, output, site) = try Self.site()
        try Self.save("- name: Second page\n  href: second.md\n", to: content.appendingPathComponent("toc.yml"))
        _ = await site.update()
        #expect(try SiteFixture.read("second.html", in: output).contains("aria-current=\"page\">Second page</a>"))
        try Self.save("- name: Renamed in the TOC\n  href: second.md\n", to: content.appendingPathComponent("toc.yml"))
        guard case .published(let changes) = await site.update() else { Issue.record("not published"); return }
        #expect(changes.changedFiles.contains("second.html"))
        #expect(
            try SiteFixture.read("second.html", in: output).contains("aria-current=\"page\">Renamed in the TOC</a>"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("toc.yml").path))
    }

    @Test("a pass starts Pygments only for code blocks no earlier pass sent")
    func highlightsNewCodeOnly() async throws {
        let content = try SiteFixture.copyOfSite(changing: ["guides/code.md": "# Code\n\n```json\n{\"a\": 1}\n```\n"])
        let output = try SiteFixture.temporaryFolder()
        // Python behind a script that counts its runs.
        let log = output.deletingLastPathComponent().appendingPathComponent("runs.log")
        let python = output.deletingLastPathComponent().appendingPathComponent("counting-python")
        try "#!/bin/sh\necho run >> '\(log.path)'\nexec python3 \"$@\"\n".write(
            to: python, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: python.path)
        func runs() -> Int { ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").count }
        var options = SiteOptions(contentPath: content.path, outputPath: output.path, search: false)
        options.highlightCommand = [python.path]
        let site = IncrementalSite(options: options)

        _ = await site.update()
        #expect(runs() == 1)
        let second = content.appendingPathComponent("second.md")
        try Self.save(try String(contentsOf: second, encoding: .utf8) + "\nNo code here.\n", to: second)
        _ = await site.update()
        #expect(runs() == 1)
        #expect(try SiteFixture.read("guides/code.html", in: output).contains("<span"))
        try Self.save(
            "# Code\n\n```json\n{\"a\": 1}\n```\n\n```bash\necho hello\n```\n",
            to: content.appendingPathComponent("guides/code.md"))
        _ = await site.update()
        #expect(runs() == 2)
    }

    @Test("the first pass publishes everything; a pass without changes does nothing")
    func firstPass() async throws {
        let (_, output, site) = try Self.site()
        guard case .published(let changes) = await site.update() else { Issue.record("not published"); return }
        #expect(changes.isFullBuild)
        #expect(changes.articlesRead == 4)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("guides/first.html").path))
        guard case .unchanged = await site.update() else { Issue.record("rebuilt without changes"); return }
    }

    @Test("saving one article reads, checks and renders that article only")
    func oneArticle() async throws {
        let (content, output, site) = try Self.site()
        _ = await site.update()
        let file = content.appendingPathComponent("second.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Self.save(text + "\nA new closing line.\n", to: file)
        guard case .published(let changes) = await site.update() else { Issue.record("not published"); return }
        #expect(!changes.isFullBuild)
        #expect(changes.articlesRead == 1)
        #expect(changes.articlesChecked == 1)
        #expect(changes.pagesRendered == 1)
        #expect(changes.changedFiles.contains("second.html"))
        #expect(!changes.changedFiles.contains("guides/first.html"))
        #expect(try SiteFixture.read("second.html", in: output).contains("A new closing line."))
    }

    @Test("changing an include re-reads the articles that include it")
    func include() async throws {
        let (content, output, site) = try Self.site()
        _ = await site.update()
        try Self.save("Shared text, revised.\n", to: content.appendingPathComponent("includes/shared.md"))
        guard case .published(let changes) = await site.update() else { Issue.record("not published"); return }
        #expect(changes.articlesRead == 1)
        #expect(changes.changedFiles.contains("guides/first.html"))
        #expect(try SiteFixture.read("guides/first.html", in: output).contains("Shared text, revised."))
    }

    @Test("a broken save fails with diagnostics and leaves the published site as it was; fixing it publishes again")
    func failure() async throws {
        let (content, output, site) = try Self.site()
        _ = await site.update()
        let before = try SiteFixture.read("second.html", in: output)
        let file = content.appendingPathComponent("second.md")
        let good = try String(contentsOf: file, encoding: .utf8)
        try Self.save("---\ntitle: Broken\norder: soon\n---\n# Broken\n", to: file)
        guard case .failed(let diagnostics) = await site.update() else { Issue.record("did not fail"); return }
        #expect(diagnostics.contains { $0.id == .frontMatter })
        #expect(try SiteFixture.read("second.html", in: output) == before)
        try Self.save(good + "\nFixed.\n", to: file)
        guard case .published = await site.update() else { Issue.record("not published after the fix"); return }
        #expect(try SiteFixture.read("second.html", in: output).contains("Fixed."))
    }

    @Test("a deleted article's page is removed, and a new one appears")
    func addAndRemove() async throws {
        let (content, output, site) = try Self.site()
        _ = await site.update()
        try FileManager.default.removeItem(at: content.appendingPathComponent("guides/third.md"))
        try Self.save("# Fourth\n\nNew.\n", to: content.appendingPathComponent("fourth.md"))
        let update = await site.update()
        guard case .published = update else { Issue.record("not published: \(update)"); return }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("guides/third.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("fourth.html").path))
    }
}
