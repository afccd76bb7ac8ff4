import Articles
import Foundation
import Testing
import TestSupport

@Suite("Content root confinement")
struct ContentRootTests {
    /// A root with `inside.md`, `outside-link` → a folder outside the root, and `inner-link` →
    /// `sub/` inside it.
    private func root() throws -> (ContentRoot, URL) {
        let base = Scratch.url("root")
        let content = base.appendingPathComponent("content")
        let outside = base.appendingPathComponent("outside")
        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "# In\n".write(to: content.appendingPathComponent("inside.md"), atomically: true, encoding: .utf8)
        try "# Secret\n".write(to: outside.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: content.appendingPathComponent("outside-link"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(
            at: content.appendingPathComponent("inner-link"), withDestinationURL: content.appendingPathComponent("sub"))
        return (ContentRoot(path: content.path), base)
    }

    @Test("files and links that stay inside the root resolve; links out of it do not, whether the target exists or not")
    func confinement() throws {
        let (root, base) = try root()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(root.resolve("inside.md", from: "") == .inside("inside.md"))
        #expect(root.resolve("inner-link/new.md", from: "") == .inside("inner-link/new.md"))
        #expect(root.resolve("missing/deeper.md", from: "") == .inside("missing/deeper.md"))
        #expect(root.resolve("outside-link/secret.md", from: "") == .outsideRoot)
        #expect(root.resolve("outside-link/not-there.md", from: "") == .outsideRoot)
        #expect(root.resolve("../outside/secret.md", from: "") == .outsideRoot)
        #expect(throws: (any Error).self) { try root.read("outside-link/secret.md") }
        #expect(try root.read("inside.md") == Array("# In\n".utf8))
    }

    @Test(
        "pages are Markdown files outside `_` folders and `includes`",
        arguments: [
            ("guide.md", true), ("a/b/c.md", true), ("a/_data/x.md", false), ("_drafts/x.md", false),
            ("includes/part.md", false), ("a/includes/part.md", false), ("a/included/x.md", true),
            ("a/b_c/x.md", true), ("notes.txt", false), ("guide.md.bak", false), ("é/ü.md", true),
        ])
    func pages(path: String, isArticle: Bool) {
        #expect(ContentRoot.isArticle(path) == isArticle)
    }

    @Test("data is what sits under a _-folder or in the tenants folder, wherever the site puts it")
    func data() {
        var root = ContentRoot(path: "content")
        #expect(root.isData("_data/tenants/contoso.yaml"))
        #expect(root.isData("guides/_includes/note.md"))
        #expect(!root.isData("images/diagram.png"))
        root.tenantsFolder = "data/tenants"
        #expect(root.isData("data/tenants/contoso.yaml"))
        #expect(root.isData("data/tenants/contoso/policies.json"))
        #expect(!root.isData("data/tenants-overview.png"))
        #expect(!root.isData("data/other.json"))
    }
}
