import Articles
import Testing

@Suite("Source text")
struct SourceTextTests {
    @Test("a file that is not UTF-8 is refused at the first invalid byte")
    func invalidUTF8Position() throws {
        let bytes: [UInt8] = Array("# Title\nok line\nbad ".utf8) + [0xFF, 0x41] + Array("\n".utf8)
        let root = try Fixture.temporaryRoot(["latin.md": bytes])
        let (article, diagnostics) = ArticleReader(root: root).read("latin.md")
        #expect(article == nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.id == .invalidEncoding)
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.location.column == 5)
    }

    @Test("a UTF-8 byte-order mark is accepted and dropped")
    func byteOrderMark() throws {
        let root = try Fixture.temporaryRoot(["bom.md": [0xEF, 0xBB, 0xBF] + Array("# Hello\n".utf8)])
        let (article, diagnostics) = ArticleReader(root: root).read("bom.md")
        #expect(diagnostics.isEmpty)
        #expect(article?.title == "Hello")
    }

    @Test("an empty file is an article without content, not an error")
    func emptyFile() throws {
        let root = try Fixture.temporaryRoot(["empty.md": []])
        let (article, diagnostics) = ArticleReader(root: root).read("empty.md")
        #expect(diagnostics.isEmpty)
        #expect(article?.title == "empty")
        #expect(article?.document.children.isEmpty == true)
    }
}
