import Articles
import Foundation
import Testing

/// Inputs kept from fuzzing and from hostile-content work: each must read without crashing and
/// render without anything that could run a script. The libFuzzer target (Fuzz/FuzzArticles)
/// applies the same property to every input it generates; a crash it finds is copied here.
@Suite("fuzz regressions")
struct FuzzRegressionTests {
    static var files: [String] {
        let folder = "\(Fixture.folder)/fuzz-regressions"
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { "\(folder)/\($0)" }
    }

    @Test("every kept input reads and renders safely", arguments: files)
    func replay(path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let root = try Fixture.temporaryRoot([:])
        let (article, diagnostics) = ArticleReader(root: root).read("input.md", bytes: bytes)
        guard let article else {
            #expect(!diagnostics.isEmpty)
            return
        }
        let html = HTMLRenderer().render(article.document).lowercased()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("<style"))
        #expect(!html.contains("javascript:") || !html.contains("href=\"javascript:"))
        #expect(!html.contains("href=\"data:"))
    }

    @Test("nesting deeper than the limit is cut with a diagnostic at the place it happens")
    func depth() throws {
        let root = try Fixture.temporaryRoot([:])
        let text = "# T\n\n" + String(repeating: ">", count: MarkdownParser.maximumDepth + 50) + " x\n"
        let (article, diagnostics) = ArticleReader(root: root).read("deep.md", bytes: Array(text.utf8))
        #expect(article != nil)
        #expect(diagnostics.map(\.id) == [.nestingTooDeep])
        #expect(diagnostics.first?.location.line == 3)
        let shallow = "# T\n\n" + String(repeating: ">", count: 20) + " x\n"
        #expect(ArticleReader(root: root).read("ok.md", bytes: Array(shallow.utf8)).diagnostics.isEmpty)
    }

    @Test("a symbolic link out of the root is listed as refused, one inside is followed")
    func symlinks() throws {
        let root = try Fixture.temporaryRoot(["a.md": Array("# A\n".utf8)])
        try FileManager.default.createSymbolicLink(
            atPath: root.resolvedURL.appendingPathComponent("out.md").path, withDestinationPath: "/etc/hostname")
        try FileManager.default.createSymbolicLink(
            atPath: root.resolvedURL.appendingPathComponent("in.md").path, withDestinationPath: "a.md")
        let scan = root.scan()
        #expect(scan.files.keys.sorted() == ["a.md", "in.md"])
        #expect(scan.refusedLinks == ["out.md"])
        #expect(root.refusedLinkWarnings(scan).map(\.severity) == [.warning])
    }
}
