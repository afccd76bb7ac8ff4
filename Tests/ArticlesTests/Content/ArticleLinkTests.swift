import Articles
import Testing

@Suite("Links between articles")
struct ArticleLinkTests {
    private let root = ContentRoot(path: "/content")
    private let articles: Set<String> = ["guide/a.md", "guide/sub/b.md", "top.md", "é/ü.md"]

    @Test(
        "destinations that are not Markdown files of the site are other links",
        arguments: [
            "", "#section", "/guide/a.md", "https://learn.microsoft.com/a.md", "MailTo:someone@example.com",
            "mailto:a.md", "picture.png", "a.md.txt", "notes.MD",
        ])
    func other(destination: String) {
        #expect(ArticleLink(destination, from: "guide/page.md", root: root, articlePaths: articles) == .other)
    }

    @Test(
        "Markdown destinations resolve against the linking file, keeping the fragment",
        arguments: [
            ("a.md", ArticleLink.article(path: "guide/a.md", fragment: "")),
            ("./sub/b.md#step-2", .article(path: "guide/sub/b.md", fragment: "#step-2")),
            ("sub//b.md", .article(path: "guide/sub/b.md", fragment: "")),
            ("../top.md#", .article(path: "top.md", fragment: "#")),
            ("~/guide/a.md", .article(path: "guide/a.md", fragment: "")),
            ("../é/ü.md#ça", .article(path: "é/ü.md", fragment: "#ça")),
            ("missing.md#x", .missing(path: "missing.md")),
            ("../../above.md", .missing(path: "../../above.md")),
            (".md", .missing(path: ".md")),
        ])
    func resolved(destination: String, expected: ArticleLink) {
        #expect(ArticleLink(destination, from: "guide/page.md", root: root, articlePaths: articles) == expected)
    }

    @Test("lexical resolution climbs with .., stops at the root and skips . and empty parts")
    func lexical() {
        #expect(root.resolveLexically("x/./y//../z.md", from: "a/b.md") == .inside("a/x/z.md"))
        #expect(root.resolveLexically("../z.md", from: "a/b.md") == .inside("z.md"))
        #expect(root.resolveLexically("../../z.md", from: "a/b.md") == .outsideRoot)
        #expect(root.resolveLexically("/etc/passwd", from: "a/b.md") == .outsideRoot)
        #expect(root.resolveLexically("~/z.md", from: "a/b/c.md") == .inside("z.md"))
    }
}
