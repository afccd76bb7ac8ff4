import Articles
import Foundation
import Testing

@testable import SiteGenerator
import TestSupport

@Suite("toc.yml navigation")
struct TableOfContentsTests {
    private func load(_ files: [String: String], articles: Set<String>) throws -> (TableOfContents?, [Diagnostic]) {
        let folder = Scratch.url("toc")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return TableOfContents.load(root: ContentRoot(path: folder.path), articlePaths: articles)
    }

    @Test("a site without toc.yml has no TOC")
    func absent() throws {
        let (toc, diagnostics) = try load(["a.md": "# A\n"], articles: ["a.md"])
        #expect(toc == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test("entries, nested items and another toc.yml by href read in order; paths are relative to their TOC file")
    func nested() throws {
        let (toc, diagnostics) = try load(
            [
                "toc.yml":
                    "items:\n- name: Start\n  href: index.md\n- name: Guides\n  expanded: true\n  items:\n  - name: More\n    href: guides/toc.yml\n- name: Docs\n  href: https://learn.example.org/\n",
                "guides/toc.yml": "- name: Second\n  displayName: two\n  href: b.md\n- name: First\n  href: a.md#top\n",
            ], articles: ["index.md", "guides/a.md", "guides/b.md"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let entries = try #require(toc).entries
        #expect(entries.map(\.name) == ["Start", "Guides", "Docs"])
        #expect(entries[1].expanded)
        #expect(entries[1].children.first?.children.map(\.article) == ["guides/b.md", "guides/a.md"])
        #expect(entries[2].externalURL == "https://learn.example.org/")
        #expect(toc?.articleOrder == ["index.md", "guides/b.md", "guides/a.md"])
        #expect(toc?.trail(to: "guides/a.md")?.map(\.name) == ["Guides", "More", "First"])
    }

    @Test(
        "an entry pointing at a missing article is a warning at its href; an unknown key is a warning naming the nearest"
    )
    func warnings() throws {
        let (_, diagnostics) = try load(
            ["toc.yml": "items:\n- name: Gone\n  href: gone.md\n- name: A\n  hreff: a.md\n"], articles: ["a.md"])
        #expect(diagnostics.map(\.id) == [.tocMissingArticle, .tocInvalid])
        #expect(diagnostics.map(\.location.line) == [3, 4])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(diagnostics[1].message.contains("did you mean 'href'?"))
    }

    @Test("a TOC that is not YAML, or that includes itself, is an error")
    func errors() throws {
        let (_, broken) = try load(["toc.yml": "items: [\n"], articles: [])
        #expect(broken.map(\.severity) == [.error])
        let (_, cycle) = try load(["toc.yml": "- name: Loop\n  href: toc.yml\n"], articles: [])
        #expect(cycle.map(\.id) == [.tocInvalid])
        #expect(cycle.first?.message.contains("toc.yml → toc.yml") == true)
    }

    @Test("the navigation marks the current page and opens the sections on its way; breadcrumbs follow the hierarchy")
    func html() throws {
        let (loaded, _) = try load(
            [
                "toc.yml":
                    "- name: Guides\n  items:\n  - name: A\n    href: guides/a.md\n- name: Other\n  items:\n  - name: B\n    href: b.md\n"
            ], articles: ["guides/a.md", "b.md"])
        let toc = try #require(loaded)
        let nav = toc.navigationHTML(current: "guides/a.md", root: "../")
        #expect(
            nav == """
                <ul class="site-toc-list">
                <li><details open><summary>Guides</summary>
                <ul>
                <li><a href="../guides/a.html" aria-current="page">A</a></li>
                </ul>
                </details></li>
                <li><details><summary>Other</summary>
                <ul>
                <li><a href="../b.html">B</a></li>
                </ul>
                </details></li>
                </ul>
                """)
        let crumbs = try #require(toc.breadcrumbsHTML(for: "guides/a.md", root: "../", siteTitle: "Handbook"))
        #expect(
            crumbs.contains(
                "<li><a href=\"../index.html\">Handbook</a></li>\n<li>Guides</li>\n<li><a href=\"../guides/a.html\" aria-current=\"page\">A</a></li>"
            ))
        #expect(toc.breadcrumbsHTML(for: "c.md", root: "", siteTitle: "x") == nil)
    }
}
