@testable import Articles
import Testing

/// Learn's block extensions: `:::image:::`, tabs, zone pivots, rows and columns, styled divs.
@Suite("Learn block extensions")
struct LearnExtensionTests {
    private func read(_ markdown: String, files: [String: String] = [:]) throws -> (Article, [Diagnostic]) {
        try Fixture.article(markdown, files: files)
    }

    private func render(_ article: Article) -> String { HTMLRenderer().render(article.document) }

    @Test("an image becomes a figure with its alt text, its source made root-relative, a lightbox link")
    func contentImage() throws {
        let (article, diagnostics) = try read(
            ":::image type=\"content\" source=\"media/a.png\" alt-text=\"A diagram.\" lightbox=\"media/big.png\" loc-scope=\"other\":::\n",
            files: ["media/a.png": "x", "media/big.png": "x"])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let html = render(article)
        #expect(html.contains("<figure class=\"learn-image learn-image-content\">"))
        #expect(
            html.contains(
                "<a href=\"~/media/big.png\" class=\"lightbox\"><img src=\"~/media/a.png\" alt=\"A diagram.\" loading=\"lazy\"></a>"
            ))
        #expect(!html.contains(":::"))
    }

    @Test("a complex image's long description, on the next lines or after a blank line, is linked by aria-describedby")
    func complexImage() throws {
        for separator in ["\n", "\n\n"] {
            let (article, _) = try read(
                ":::image type=\"complex\" source=\"a.png\" alt-text=\"Chart.\":::\(separator)   Bars rise from left to right.\(separator):::image-end:::\n\nAfter.\n",
                files: ["a.png": "x"])
            let html = render(article)
            #expect(html.contains("aria-describedby=\"image-description-1\""))
            #expect(
                html.contains(
                    "<details class=\"image-description\" id=\"image-description-1\">\n<summary>Description of the image</summary>\n<p>Bars rise from left to right.</p>"
                ))
            #expect(html.contains("<p>After.</p>"))
        }
    }

    @Test("a missing alt text and a missing image are warnings at the image; an icon needs no alt text")
    func imageWarnings() throws {
        let (article, diagnostics) = try read(
            """
            # Title

            :::image type="content" source="gone.png":::

            :::image type="icon" source="icon.png" border="false":::
            """, files: ["icon.png": "x"])
        #expect(diagnostics.map(\.id) == [.imageAltText, .imageMissing])
        #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.location.line == 3 })
        #expect(
            render(article).contains(
                "<figure class=\"learn-image learn-image-icon learn-image-borderless\">\n<img src=\"~/icon.png\" alt=\"\" loading=\"lazy\">"
            ))
    }

    @Test(
        "tab headings up to --- become a tab set; without JavaScript each tab is a heading one level below the section")
    func tabs() throws {
        let (article, diagnostics) = try read(
            """
            ## Sign in

            # [Portal](#tab/portal)

            Use the portal.

            # [PowerShell](#tab/powershell)

            Use a script.

            ---

            After the tabs.
            """)
        #expect(diagnostics.isEmpty)
        let html = render(article)
        #expect(html.contains("<div class=\"tabset\" id=\"tabset-1\" data-tabset>"))
        #expect(
            html.contains(
                "<section class=\"tab-panel\" id=\"tabset-1-portal\" data-tab=\"portal\" data-title=\"Portal\" aria-labelledby=\"tabset-1-portal-title\">\n<h3 class=\"tab-title\" id=\"tabset-1-portal-title\">Portal</h3>\n<p>Use the portal.</p>"
            ))
        #expect(html.contains("data-tab=\"powershell\""))
        #expect(html.contains("</div>\n<p>After the tabs.</p>"))
        #expect(!html.contains("<hr>"))
        #expect(article.headings.map(\.text) == ["Sign in"])
    }

    @Test("a dependent tab names the tab it depends on")
    func dependentTabs() throws {
        let (article, _) = try read(
            "# [Portal](#tab/portal/windows)\n\nText.\n\n# [CLI](#tab/cli/windows)\n\nMore.\n\n---\n")
        let html = render(article)
        #expect(html.contains("id=\"tabset-1-portal-windows\" data-tab=\"portal\" data-depends=\"windows\""))
        #expect(html.contains(">Portal (windows)</h2>"))
    }

    @Test("zones hold their content under a heading naming their pivots")
    func zones() throws {
        let (article, diagnostics) = try read(
            """
            # Page

            ::: zone pivot="azure-portal"

            Portal steps.

            ::: zone-end

            ::: zone pivot="powershell,graph-api"

            Script steps.

            ::: zone-end
            """)
        #expect(diagnostics.isEmpty)
        let html = render(article)
        #expect(
            html.contains(
                "<section class=\"zone\" data-pivots=\"azure-portal\" data-pivot-titles=\"Azure portal\">\n<h2 class=\"zone-title\">Azure portal</h2>\n<p>Portal steps.</p>\n</section>"
            ))
        #expect(
            html.contains(
                "<section class=\"zone\" data-pivots=\"powershell graph-api\" data-pivot-titles=\"Powershell|Graph api\">\n<h2 class=\"zone-title\">Powershell, Graph api</h2>"
            ))
    }

    @Test("a zone left open is a warning and runs to the end")
    func unclosedZone() throws {
        let (article, diagnostics) = try read("::: zone pivot=\"a\"\n\nText.\n")
        #expect(diagnostics.map(\.id) == [.unclosedExtension])
        #expect(diagnostics.first?.severity == .warning)
        #expect(render(article).contains("<p>Text.</p>\n</section>"))
    }

    @Test("rows and columns written on consecutive lines become a row of columns, markup kept")
    func rowsAndColumns() throws {
        let (article, diagnostics) = try read(
            """
            :::row:::
               :::column span="2":::
                  **Left** side.
               :::column-end:::
               :::column:::
                  Right side.
               :::column-end:::
            :::row-end:::
            """)
        #expect(diagnostics.isEmpty)
        #expect(
            render(article) == """
                <div class="learn-row">
                <div class="learn-column learn-column-span-2">
                <p><strong>Left</strong> side.</p>
                </div>
                <div class="learn-column learn-column-span-1">
                <p>Right side.</p>
                </div>
                </div>

                """)
    }

    @Test("rows nested in columns two thousand deep stop nesting at the limit with a warning, without a crash")
    func hostileNesting() throws {
        let markdown = String(repeating: ":::row:::\n:::column:::\n", count: 2_000) + "Deep.\n"
        let (article, diagnostics) = try read(markdown)
        #expect(diagnostics.filter { $0.id == .nestingTooDeep }.count == 1)
        #expect(diagnostics.allSatisfy { $0.id == .nestingTooDeep || $0.id == .unclosedExtension })
        #expect(diagnostics.count == 1 + 2 * DialectTransformer.maximumLearnNesting)
        #expect(render(article).contains("Deep."))
    }

    @Test("nextstepaction and op_single_selector divs wrap what follows their marker")
    func styledDivs() throws {
        let (article, _) = try read(
            "> [!div class=\"nextstepaction\"]\n> [Next](next.md)\n\n> [!div class=\"op_single_selector\"]\n> - [A](a.md)\n"
        )
        let html = render(article)
        #expect(html.contains("<div class=\"nextstepaction\">\n<p><a href=\"next.md\">Next</a></p>\n</div>"))
        #expect(html.contains("<div class=\"op_single_selector\">\n<ul>"))
        #expect(!html.contains("[!div"))
    }

    @Test("triple-colon lines are parsed with quoted, unquoted and bare attributes")
    func tripleColonLine() {
        let line = TripleColonLine("  :::image type=content source='a b.png' lightbox alt-text=\"x = y\":::")
        #expect(line?.name == "image")
        #expect(line?.attributes == ["type": "content", "source": "a b.png", "lightbox": "", "alt-text": "x = y"])
        #expect(TripleColonLine("::: zone-end")?.name == "zone-end")
        #expect(TripleColonLine("::") == nil)
        #expect(TripleColonLine(":::") == nil)
    }
}
