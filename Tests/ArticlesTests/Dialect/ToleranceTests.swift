@testable import Articles
import Testing

/// What DocFX publishes with a warning, Crosswalk publishes with a warning too.
@Suite("Tolerance of includes and headers")
struct ToleranceTests {
    private func read(_ markdown: String, files: [String: String] = [:]) throws -> (Article, [Diagnostic]) {
        try Fixture.article(markdown, at: "guides/page.md", files: files)
    }

    @Test("a missing include is a warning at its line and a visible placeholder naming it")
    func missingInclude() throws {
        let (article, diagnostics) = try read("# Page\n\n[!INCLUDE [note](~/includes/portal-update.md)]\n")
        #expect(diagnostics.map(\.id) == [.includeMissing])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location.line == 3)
        #expect(
            HTMLRenderer().render(article.document).contains(
                "<div class=\"include-missing\" role=\"note\"><p><strong>Missing include:</strong> <code>~/includes/portal-update.md</code></p></div>"
            ))
        #expect(article.includes == ["includes/portal-update.md"], "so the page is rebuilt when the file appears")
    }

    @Test("an include outside the content root is a warning and a placeholder, never read")
    func outsideInclude() throws {
        let (article, diagnostics) = try read("[!INCLUDE [shared](~/../docs/reusable-content/note.md)]\n")
        #expect(diagnostics.map(\.id) == [.includeOutsideRoot])
        #expect(diagnostics.first?.severity == .warning)
        #expect(HTMLRenderer().render(article.document).contains("<code>~/../docs/reusable-content/note.md</code>"))
    }

    @Test("an include cycle stays an error")
    func cycle() throws {
        let (_, diagnostics) = try read(
            "[!INCLUDE [a](../includes/a.md)]\n", files: ["includes/a.md": "[!INCLUDE [b](a.md)]\n"])
        #expect(diagnostics.map(\.id) == [.includeCycle])
        #expect(diagnostics.first?.severity == .error)
    }

    @Test("a header that is not valid YAML is a warning, and the title comes from the first heading")
    func invalidHeader() throws {
        let (article, diagnostics) = try read(
            """
            ---
            title: From the header
            ms.custom: "it-pro", seo-july-2024
            ---

            # From the heading
            """)
        #expect(diagnostics.map(\.id) == [.frontMatter])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location.line == 3)
        #expect(article.title == "From the heading")
    }

    @Test("a header that is not closed stays an error")
    func unclosedHeader() throws {
        let (_, diagnostics) = try read("---\ntitle: x\n\n# Body\n")
        #expect(diagnostics.map(\.severity) == [.error])
    }
}
