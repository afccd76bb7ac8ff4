import Articles
import Foundation
import Testing

@Suite("HTML rendering")
struct HTMLRendererTests {
    private func render(_ markdown: String, resolveLink: @escaping @Sendable (String) -> String = { $0 }) -> String {
        HTMLRenderer(resolveLink: resolveLink).render(MarkdownParser().parse(markdown, file: "t.md"))
    }

    @Test("raw HTML never reaches the page")
    func rawHTMLDropped() {
        let html = render(
            "<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and <b>bold</b>.\n\n<div onclick=\"x()\">block</div>\n"
        )
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("Text  and bold."))
    }

    @Test(
        "dangerous link schemes are dropped, the link text kept",
        arguments: [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "vbscript:x",
            "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd",
        ])
    func dangerousLinks(destination: String) {
        let html = render("[click](<\(destination)>)")
        #expect(html == "<p>click</p>\n")
    }

    @Test("ordinary links and fragments are kept and rewritten by the resolver")
    func linksResolved() {
        let html = render("[a](other.md#x) [b](https://example.org) [c](#local)") {
            $0.replacingOccurrences(of: ".md", with: ".html")
        }
        #expect(html.contains("<a href=\"other.html#x\">a</a>"))
        #expect(html.contains("<a href=\"https://example.org\">b</a>"))
        #expect(html.contains("<a href=\"#local\">c</a>"))
    }

    @Test("images from other hosts become links, local images stay")
    func externalImages() {
        let html = render("![remote](https://cdn.example.org/a.png) ![local](media/a.png)")
        #expect(html.contains("<a href=\"https://cdn.example.org/a.png\" class=\"external-image\">remote</a>"))
        #expect(html.contains("<img src=\"media/a.png\" alt=\"local\" loading=\"lazy\">"))
    }

    @Test("text and attributes are escaped")
    func escaping() {
        let html = render("# 5 < 6 & \"quotes\"\n\n`<tag>`\n\n[x](a\"b.md \"t<itle\")")
        #expect(html.contains("5 &lt; 6 &amp; &quot;quotes&quot;"))
        #expect(html.contains("<code>&lt;tag&gt;</code>"))
        #expect(html.contains("title=\"t&lt;itle\""))
    }

    @Test("the dialect sampler renders as the golden file")
    func golden() throws {
        let article = try #require(Fixture.read("article.md", in: "dialect").article)
        let html = HTMLRenderer().render(article.document)
        let goldenURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden/dialect.html")
        if ProcessInfo.processInfo.environment["CROSSWALK_UPDATE_GOLDEN"] == "1" {
            try html.write(to: goldenURL, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: goldenURL, encoding: .utf8)
        #expect(html == golden)
    }
}
