import Articles
import Foundation
import SiteGenerator
import Testing
import TestSupport

@Suite("Build failures leave the previous site untouched")
struct BuildFailureTests {
    /// Builds `content` over an existing site and returns the diagnostics, checking that the
    /// previous site is exactly as it was and that no staging folder is left behind.
    private func failingBuild(
        content: URL, templates: String? = nil, warningsAsErrors: Bool = false
    ) async throws -> [Diagnostic] {
        let output = try SiteFixture.temporaryFolder()
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "previous site".write(to: output.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        var options = SiteOptions(
            contentPath: content.path, templatesPath: templates, outputPath: output.path, search: false)
        options.warningsAsErrors = warningsAsErrors
        var diagnostics: [Diagnostic] = []
        do {
            _ = try await SiteBuilder(options: options).build()
            Issue.record("the build should have failed")
        } catch {
            diagnostics = error.diagnostics
        }
        #expect(try SiteFixture.files(in: output) == ["index.html"])
        #expect(try SiteFixture.read("index.html", in: output) == "previous site")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        #expect(siblings == ["out"])
        return diagnostics
    }

    private func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { $0.severity == .error }.map {
            "\($0.location.file.split(separator: "/").suffix(2).joined(separator: "/")):\($0.location.line):\($0.location.column) \($0.id.rawValue)"
        }
    }

    @Test("all errors of all files are reported at once")
    func severalErrors() async throws {
        let content = try SiteFixture.copyOfSite(changing: [
            "second.md": "---\ntitle: Second\norder: soon\n---\n# Second\n",
            "guides/third.md": "# Third\n\n[!INCLUDE [loop](third.md)]\n\n<!-- crosswalk: diagram -->\n",
        ])
        let errors = summary(try await failingBuild(content: content))
        #expect(errors.count == 3)
        #expect(errors.contains { $0.hasPrefix("guides/third.md:3:1 crosswalk.include.cycle") })
        #expect(errors.contains { $0.hasPrefix("guides/third.md:5:1 crosswalk.directive.unknown") })
        #expect(errors.contains { $0.contains("second.md:") && $0.hasSuffix("crosswalk.front-matter.invalid") })
    }

    @Test("a malformed table stops the build at its cell")
    func malformedTable() async throws {
        let content = try SiteFixture.copyOfSite(changing: [
            "second.md": "# Second\n\n| Step | Description |\n|---|---|\n| first | x |\n"
        ])
        #expect(
            summary(try await failingBuild(content: content))
                == ["content/second.md:5:3 crosswalk.table.malformed"].map {
                    $0.replacingOccurrences(of: "content/", with: "\(content.lastPathComponent)/")
                })
    }

    @Test("with warnings as errors, an include outside the content root and a header that is not YAML stop the build")
    func warningsAsErrors() async throws {
        let content = try SiteFixture.copyOfSite(changing: [
            "second.md": "# Second\n\n[!INCLUDE [secrets](/etc/passwd)]\n",
            "guides/third.md": "---\ntitle: [broken\n---\n# Third\n",
        ])
        let errors = summary(try await failingBuild(content: content, warningsAsErrors: true)).map {
            $0.split(separator: " ").last
        }
        #expect(errors.contains("crosswalk.front-matter.invalid"))
        #expect(errors.contains("crosswalk.include.outside-root"))
    }

    @Test("with warnings as errors, a broken link stops the build")
    func brokenLinkAsError() async throws {
        let content = try SiteFixture.copyOfSite(changing: ["second.md": "# Second\n\nSee [gone](gone.md).\n"])
        let errors = summary(try await failingBuild(content: content, warningsAsErrors: true))
        #expect(errors.contains { $0.hasPrefix("\(content.lastPathComponent)/second.md:3:5 crosswalk.link.broken") })
    }

    @Test("a file that is not UTF-8 stops the build")
    func notUTF8() async throws {
        let content = try SiteFixture.copyOfSite()
        try Data([0x23, 0x20, 0xE9, 0x74, 0xE9, 0x0A]).write(to: content.appendingPathComponent("latin1.md"))
        #expect(
            summary(try await failingBuild(content: content)) == [
                "\(content.lastPathComponent)/latin1.md:1:3 crosswalk.source.invalid-utf8"
            ])
    }

    @Test("a templates folder missing a template stops the build")
    func missingTemplate() async throws {
        let templates = try Self.templatesCopy(removing: "toc.mustache")
        let errors = summary(
            try await failingBuild(content: URL(fileURLWithPath: SiteFixture.site), templates: templates.path))
        #expect(errors.contains("\(templates.lastPathComponent)/toc.mustache:1:1 crosswalk.template.invalid"))
        #expect(errors.contains("\(templates.lastPathComponent)/article.mustache:15:1 crosswalk.template.invalid"))
    }

    @Test("a template syntax error is reported at its line")
    func templateSyntax() async throws {
        let templates = try Self.templatesCopy(removing: nil)
        try "<main>\n{{#page}}\n{{title}}\n".write(
            to: templates.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        let errors = summary(
            try await failingBuild(content: URL(fileURLWithPath: SiteFixture.site), templates: templates.path))
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("\(templates.lastPathComponent)/index.mustache:") == true)
    }

    @Test("a template syntax error keeps the line and column of the template as written")
    func templateSyntaxPosition() async throws {
        let templates = try Self.templatesCopy(removing: nil)
        try "<main>\n  {{/stray}}\n</main>\n".write(
            to: templates.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        let failure = try await failingBuild(content: URL(fileURLWithPath: SiteFixture.site), templates: templates.path)
        let location = try #require(failure.first?.location)
        #expect(location.file.hasSuffix("/index.mustache"))
        #expect(location.line == 2)
    }

    @Test("a content folder without articles stops the build")
    func noArticles() async throws {
        let content = Scratch.url("empty")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        #expect(try await failingBuild(content: content).count == 1)
    }

    static func templatesCopy(removing name: String?) throws -> URL {
        let url = Scratch.url("templates")
        try DefaultResources.write(DefaultResources.templates, into: url)
        if let name { try FileManager.default.removeItem(at: url.appendingPathComponent(name)) }
        return url
    }
}
