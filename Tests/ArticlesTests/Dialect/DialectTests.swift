@testable import Articles
import Testing

@Suite("Microsoft Learn dialect")
struct DialectTests {
    private func article() throws -> Article {
        let (article, diagnostics) = Fixture.read("article.md", in: "dialect")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(article)
    }

    private func kinds(_ node: MarkdownNode) -> [MarkdownNode.Kind] {
        var kinds: [MarkdownNode.Kind] = []
        node.forEach { kinds.append($0.kind) }
        return kinds
    }

    @Test("alerts become callouts of the right kind, with the marker removed")
    func alerts() throws {
        let document = try article().document
        let callouts = kinds(document).compactMap { kind -> CalloutKind? in
            if case .callout(let callout) = kind { return callout }
            return nil
        }
        #expect(callouts == [.note, .important, .warning, .tip])
        #expect(!document.plainText.contains("[!NOTE]"))
        #expect(document.plainText.contains("A note with bold text."))
    }

    @Test("a video becomes a link card with its address")
    func video() throws {
        let videos = kinds(try article().document).compactMap { kind -> String? in
            if case .videoCard(let url) = kind { return url }
            return nil
        }
        #expect(videos == ["https://videos.example.org/watch/42"])
    }

    @Test("a checklist div wraps the list that follows it")
    func checklist() throws {
        let document = try article().document
        var checklistText = ""
        document.forEach { node in
            if case .checklist = node.kind { checklistText = node.plainText }
        }
        #expect(checklistText.contains("First thing to learn."))
        #expect(!checklistText.contains("[!div"))
    }

    @Test("anchors are kept and reserve their id")
    func anchors() throws {
        let document = try article().document
        let anchors = kinds(document).compactMap { kind -> String? in
            if case .anchor(let name) = kind { return name }
            return nil
        }
        #expect(anchors == ["old-anchor"])
    }

    @Test("heading ids are GitHub slugs, unique per page")
    func headingIDs() throws {
        let headings = try article().headings
        #expect(headings.map(\.id) == ["dialect-sampler", "overview", "overview-1"])
        #expect(HTMLRenderer().render(try article().document).contains("<h2 id=\"overview-1\">"))
    }

    @Test(
        "slugs follow GitHub's rule for ASCII and for other scripts alike",
        arguments: [
            ("Cross-tenant access: MFA & device trust", "cross-tenant-access-mfa--device-trust"),
            ("Step_2 (B2B) 100%", "step_2-b2b-100"),
            ("Zugriff für Gäste", "zugriff-für-gäste"),
            ("ÉTAPE 3 — Résumé", "étape-3--résumé"),
            ("!!!", "section"),
        ])
    func slugs(text: String, slug: String) {
        #expect(HeadingSlugger.slug(text) == slug)
    }

    @Test("an include is expanded in place and keeps the included file's positions")
    func includeExpanded() throws {
        let article = try article()
        #expect(article.includes == ["includes/fragment.md"])
        var included: MarkdownNode?
        article.document.forEach { node in
            if case .paragraph = node.kind, node.plainText.hasPrefix("Included paragraph") { included = node }
        }
        let paragraph = try #require(included)
        #expect(paragraph.location.file.hasSuffix("dialect/includes/fragment.md"))
        #expect(paragraph.location.line == 1)
    }

    @Test("an include outside the content root is refused without reading it")
    func includeOutsideRoot() throws {
        let root = try Fixture.temporaryRoot([
            "a.md": Array(
                "# A\n\n[!INCLUDE [passwd](/etc/passwd)]\n\n[!INCLUDE [up](../../outside.md)]\n\n[!INCLUDE [learn](~/../docs/x.md)]\n"
                    .utf8)
        ])
        let diagnostics = ArticleReader(root: root).read("a.md").diagnostics
        #expect(diagnostics.ids == Array(repeating: "crosswalk.include.outside-root", count: 3))
        #expect(diagnostics.map(\.location.line) == [3, 5, 7])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test("an include cycle is reported with its chain")
    func includeCycle() throws {
        let diagnostics = Fixture.read("a.md", in: "cycle").diagnostics
        let cycle = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(cycle.id == .includeCycle)
        #expect(cycle.message.contains("a.md → b.md → a.md"))
        #expect(cycle.location.file.hasSuffix("cycle/b.md"))
        #expect(cycle.location.line == 3)
    }

    @Test("a missing include is a warning at the include")
    func includeMissing() throws {
        let root = try Fixture.temporaryRoot(["a.md": Array("# A\n\n[!INCLUDE [gone](gone.md)]\n".utf8)])
        let diagnostics = ArticleReader(root: root).read("a.md").diagnostics
        #expect(diagnostics.ids == ["crosswalk.include.missing"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location.line == 3)
    }

    @Test("task lists and footnotes are parsed")
    func taskListsAndFootnotes() throws {
        let html = HTMLRenderer().render(try article().document)
        #expect(html.contains("<input type=\"checkbox\" disabled checked> finished task"))
        #expect(html.contains("<input type=\"checkbox\" disabled> open task"))
        #expect(html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>"))
        #expect(html.contains("<li id=\"fn-1\">"))
    }
}
