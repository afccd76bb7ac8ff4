import Articles
import Testing

@Suite("Front matter")
struct FrontMatterTests {
    @Test("title, description, ms.date and order are read; other keys are kept")
    func readsKnownAndOtherKeys() throws {
        let (article, diagnostics) = Fixture.read("article.md", in: "dialect")
        #expect(diagnostics.isEmpty)
        let frontMatter = try #require(article).frontMatter
        #expect(frontMatter.title == "Dialect sampler")
        #expect(frontMatter.description == "Every piece of the Learn dialect in one place.")
        #expect(frontMatter.date == "03/04/2025")
        #expect(frontMatter.order == 7)
        #expect(frontMatter.metadata["ms.topic"] == "concept-article")
    }

    @Test("broken YAML is a warning at its line in the Markdown file (DocFX publishes such pages)")
    func brokenYAMLPosition() throws {
        let root = try Fixture.temporaryRoot([
            "a.md": Array("---\ntitle: ok\ndescription: [unclosed\n---\n\n# A\n".utf8)
        ])
        let (article, diagnostics) = ArticleReader(root: root).read("a.md")
        #expect(article != nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.id == .frontMatter)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.location.line >= 3)
        #expect(diagnostic.location.file.hasSuffix("/a.md"))
    }

    @Test("an unterminated front matter block is an error at line 1")
    func unterminated() throws {
        let root = try Fixture.temporaryRoot(["a.md": Array("---\ntitle: x\n\n# A\n".utf8)])
        let diagnostics = ArticleReader(root: root).read("a.md").diagnostics
        #expect(diagnostics.map(\.location.line) == [1])
        #expect(diagnostics.ids == ["crosswalk.front-matter.invalid"])
    }

    @Test("a non-numeric order is an error pointing at the value")
    func badOrder() throws {
        let root = try Fixture.temporaryRoot(["a.md": Array("---\ntitle: x\norder: first\n---\n# A\n".utf8)])
        let diagnostic = try #require(ArticleReader(root: root).read("a.md").diagnostics.first)
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.location.column == 8)
    }

    @Test("body positions count the front matter lines")
    func bodyLinesAreFileLines() throws {
        let (article, _) = Fixture.read("article.md", in: "dialect")
        let heading = try #require(article?.headings.first)
        #expect(heading.text == "Dialect sampler")
        #expect(heading.location.line == 9)
    }

    @Test("a Windows file (CRLF line ends) reads its front matter, with body lines counted right")
    func windowsLineEnds() throws {
        let text =
            "---\r\ntitle: Windows\r\nms.date: 11/22/2026\r\n---\r\n\r\n# A\r\n\r\n| x | y |\r\n|--|--|\r\n| [!oops | z |\r\n"
        let root = try Fixture.temporaryRoot(["a.md": Array(text.utf8)])
        let (article, diagnostics) = ArticleReader(root: root).read("a.md")
        #expect(diagnostics.isEmpty)
        let read = try #require(article)
        #expect(read.frontMatter.title == "Windows")
        #expect(read.frontMatter.date == "11/22/2026")
    }
}
