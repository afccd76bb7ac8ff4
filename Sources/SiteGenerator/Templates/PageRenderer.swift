import AccessEngine
import Articles
import Consistency

/// Renders pages of the site through the templates.
///
/// Each page links only to its neighbours and the index, never to every other page, so the size
/// of the site grows linearly with the number of articles.
struct PageRenderer: Sendable {
    let templates: TemplateSet
    let model: SiteModel
    let links: LinkResolver
    let checks: CheckReport
    let search: Bool
    var walkthroughs = WalkthroughSet(compiled: [:], placementCount: 0)
    /// Whether the site has a What If page to link from the navigation.
    var hasWhatIf = false
    /// Pivot titles and prompts for articles that name a group.
    var pivotGroups = ZonePivotGroups()
    /// Code blocks highlighted at build time.
    var highlighted: [CodeSample: String] = [:]
    /// The What If tools, by the name scenarios give their tenant (the tenant file's name).
    var whatIfTools: [String: WhatIfTool] = [:]

    struct WhatIfTool: Sendable {
        var element: String
        var page: WhatIfPage
    }

    func renderArticle(at index: Int) -> String {
        let page = model.pages[index]
        let article = page.article
        let renderer = htmlRenderer(for: page)
        let body = renderer.render(article.document)
        // The table of contents is rendered here, not by a Mustache loop: it is on every page,
        // and looping in the template was a seventh of a build's time. The `toc` partial still
        // decides where and how it appears.
        let entries = article.headings.filter { $0.level == 2 || $0.level == 3 }
        var context = baseContext(root: page.root, title: article.title, description: article.frontMatter.description)
        context["body"] = .text(body)
        context["hasWalkthroughs"] = .flag(!article.walkthroughs.isEmpty)
        context["tocList"] = .text(Self.tocList(entries))
        context["hasToc"] = .flag(entries.count > 1)
        context["date"] = article.frontMatter.date.map(TemplateValue.text)
        if let toc = model.toc {
            context["siteToc"] = .text(toc.navigationHTML(current: article.path, root: page.root))
            context["breadcrumbs"] = toc.breadcrumbsHTML(for: article.path, root: page.root, siteTitle: model.siteTitle)
                .map(TemplateValue.text)
        }
        context["position"] = .number(index + 1)
        context["total"] = .number(model.pages.count)
        if index > 0 {
            context["previous"] = .object([
                "title": .text(model.pages[index - 1].article.title), "url": .text(model.pages[index - 1].url),
            ])
        }
        if index + 1 < model.pages.count {
            context["next"] = .object([
                "title": .text(model.pages[index + 1].article.title), "url": .text(model.pages[index + 1].url),
            ])
        }
        context["content"] = .text(templates.render(context, with: "article"))
        return templates.render(context, with: "layout")
    }

    /// `whatif.html`: one precomputed What If tool per tenant file.
    func renderWhatIf(_ pages: [WhatIfPage]) -> String {
        var context = baseContext(
            root: "", title: "What If",
            description: "Evaluate an external user's sign-in against the sample tenant's Conditional Access policies.")
        context["isWhatIf"] = .flag(true)
        var body =
            "<div class=\"home\">\n<h1>What If</h1>\n<p>Pick who signs in, from where, to which app and with what device and session. The page shows which policies apply and which do not, with the reasons Microsoft Graph's What If API gives, the verdict, and where MFA happens. Only the conditions that some policy looks at are offered.</p>\n"
        for (index, page) in pages.enumerated() {
            body += WhatIfHTML(page: page, elementID: WhatIfPage.elementID(index)).render()
        }
        body += "</div>\n"
        context["content"] = .text(body)
        return templates.render(context, with: "layout")
    }

    /// `<ul>` of links to the page's second- and third-level headings.
    static func tocList(_ headings: [Heading]) -> String {
        var html = "<ul>\n"
        for heading in headings {
            html +=
                "<li class=\"toc-level-\(heading.level)\"><a href=\"#\(heading.id.htmlEscaped)\">\(heading.text.htmlEscaped)</a></li>\n"
        }
        return html + "</ul>"
    }

    func renderIndex() -> String {
        var context = baseContext(root: "", title: model.siteTitle, description: model.home?.frontMatter.description)
        context["isHome"] = .flag(true)
        if let toc = model.toc { context["siteToc"] = .text(toc.navigationHTML(current: "index.md", root: "")) }
        if let home = model.home {
            context["intro"] = .text(htmlRenderer(for: Page(article: home)).render(home.document))
            context["hasWalkthroughs"] = .flag(!home.walkthroughs.isEmpty)
        }
        context["articles"] = .list(
            model.pages.map { page in
                var entry: TemplateContext = ["title": .text(page.article.title), "url": .text(page.url)]
                entry["description"] = page.article.frontMatter.description.map(TemplateValue.text)
                return entry
            })
        context["articleList"] = .text(Self.articleList(model.pages))
        context["content"] = .text(templates.render(context, with: "index"))
        return templates.render(context, with: "layout")
    }

    func renderConsistencyReport() -> String {
        var context = baseContext(
            root: "", title: "Consistency report", description: "What the evaluation engine verified on every page.")
        let rows = model.pages.map { page in (page: page, counts: checkCounts(of: page)) }
        context["articles"] = .list(
            rows.map { row in
                var entry: TemplateContext = [
                    "title": .text(row.page.article.title), "url": .text(row.page.url),
                    "checks": .number(row.counts.reduce(0, +)),
                ]
                for (kind, count) in zip(CheckedItem.Kind.allCases, row.counts) {
                    entry[kind.contextKey] = .number(count)
                }
                return entry
            })
        context["reportRows"] = .text(rows.map { Self.reportRow($0.page, counts: $0.counts) }.joined(separator: "\n"))
        context["checks"] = .number(checks.itemCount)
        context["content"] = .text(templates.render(context, with: "report"))
        return templates.render(context, with: "layout")
    }

    // The two pages that list every article get their lists rendered here, like the table of
    // contents: a Mustache loop over a thousand entries took as long as rendering fifty
    // articles. `articles` stays in their context for templates that want their own markup.

    /// `<li>` of every article, with its description, one per line.
    static func articleList(_ pages: [Page]) -> String {
        pages.map { page in
            var item = "<li><a href=\"\(page.url.htmlEscaped)\">\(page.article.title.htmlEscaped)</a>"
            if let description = page.article.frontMatter.description {
                item += "<p class=\"summary\">\(description.htmlEscaped)</p>"
            }
            return item + "</li>"
        }.joined(separator: "\n")
    }

    /// How many items of each kind (in `CheckedItem.Kind.allCases` order) were checked on a page.
    func checkCounts(of page: Page) -> [Int] {
        checks.article(at: page.article.path)?.countsByKind
            ?? Array(repeating: 0, count: CheckedItem.Kind.allCases.count)
    }

    /// The `<tr>` of one article with what was checked on it.
    static func reportRow(_ page: Page, counts: [Int]) -> String {
        "<tr><td><a href=\"\(page.url.htmlEscaped)\">\(page.article.title.htmlEscaped)</a></td>"
            + counts.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }

    /// The Markdown renderer for one page: links resolved from it, checked tables and scenarios
    /// marked as verified, step tables marked with their flow, and walkthroughs numbered in
    /// document order (`walkthrough-1`, ...).
    private func htmlRenderer(for page: Page) -> HTMLRenderer {
        let counter = PlacementCounter()
        let article = page.article
        let check = checks.article(at: article.path)
        var renderer = HTMLRenderer(
            resolveLink: { [links] in links.resolve($0, from: page) },
            decorateTable: { index in
                VerificationHTML.table(
                    article.tables[index], check?.verification(ofTable: index), flow: check?.flow(ofTable: index))
            },
            renderScenario: { [whatIfTools] index in
                let scenario = article.scenarios[index]
                let tool = scenario.document["tenant"]?.string.flatMap { whatIfTools[$0] }
                return ScenarioCard(
                    scenario: scenario, item: check?.scenario(at: index),
                    tool: tool.map { ($0.element, $0.page) }, root: page.root
                ).render()
            },
            renderWalkthrough: { [walkthroughs] flow in
                let number = counter.next()
                guard let id = FlowID(rawValue: flow), let compiled = walkthroughs.compiled[id] else { return "" }
                var level = 2
                if number - 1 < article.walkthroughs.count {
                    let line = article.walkthroughs[number - 1].location.line
                    let above = article.headings.last { $0.location.line < line }?.level ?? 1
                    level = min(max(above + 1, 2), 6)
                }
                return WalkthroughHTML(walkthrough: compiled, elementID: "walkthrough-\(number)", headingLevel: level)
                    .render()
            },
            highlightCode: { [highlighted] in highlighted.isEmpty ? nil : highlighted[$0] }
        )
        if let name = article.frontMatter.metadata["zone_pivot_groups"], let group = pivotGroups.groups[name] {
            renderer.pivotTitles = Dictionary(
                group.pivots.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
            renderer.pivotPrompt = group.prompt
        }
        return renderer
    }

    func baseContext(root: String, title: String, description: String?) -> TemplateContext {
        var context: TemplateContext = [
            "root": .text(root),
            "title": .text(title),
            "siteTitle": .text(model.siteTitle),
            "search": .flag(search),
            "engineVersion": .text(AccessEngine.version),
            "behaviourDate": .text(Behaviour.latest.revision.description),
            "hasWhatIf": .flag(hasWhatIf),
        ]
        context["description"] = description.map(TemplateValue.text)
        return context
    }
}
