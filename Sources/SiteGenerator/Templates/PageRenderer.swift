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

    func renderArticle(at index: Int) -> String {
        let page = model.pages[index]
        let article = page.article
        let check = checks.articles.first { $0.articlePath == article.path }
        let renderer = HTMLRenderer(
            resolveLink: { [links] in links.resolve($0, from: page) },
            decorateTable: { tableIndex in VerificationHTML.table(article.tables[tableIndex], check?.verification(ofTable: tableIndex)) },
            renderScenario: { scenarioIndex in VerificationHTML.scenario(article.scenarios[scenarioIndex], check?.items.filter { $0.kind == .scenario }.dropFirst(scenarioIndex).first) }
        )
        let body = renderer.render(article.document)
        let toc: [[String: Any]] = article.headings
            .filter { $0.level == 2 || $0.level == 3 }
            .map { ["id": $0.id, "text": $0.text, "level": $0.level] }
        var context = baseContext(root: page.root, title: article.title, description: article.frontMatter.description)
        context["body"] = body
        context["toc"] = toc
        context["hasToc"] = toc.count > 1
        context["date"] = article.frontMatter.date
        context["position"] = index + 1
        context["total"] = model.pages.count
        if index > 0 {
            context["previous"] = ["title": model.pages[index - 1].article.title, "url": model.pages[index - 1].url]
        }
        if index + 1 < model.pages.count {
            context["next"] = ["title": model.pages[index + 1].article.title, "url": model.pages[index + 1].url]
        }
        context["content"] = templates.render(context, with: "article")
        return templates.render(context, with: "layout")
    }

    func renderIndex() -> String {
        var context = baseContext(root: "", title: model.siteTitle, description: model.home?.frontMatter.description)
        context["isHome"] = true
        if let home = model.home {
            let page = Page(article: home)
            let renderer = HTMLRenderer(resolveLink: { [links] in links.resolve($0, from: page) })
            context["intro"] = renderer.render(home.document)
        }
        context["articles"] = model.pages.map { page -> [String: Any] in
            var entry: [String: Any] = ["title": page.article.title, "url": page.url]
            if let description = page.article.frontMatter.description { entry["description"] = description }
            return entry
        }
        context["content"] = templates.render(context, with: "index")
        return templates.render(context, with: "layout")
    }

    func renderConsistencyReport() -> String {
        var context = baseContext(root: "", title: "Consistency report", description: "What the evaluation engine verified on every page.")
        context["articles"] = model.pages.map { page -> [String: Any] in
            let items = checks.articles.first { $0.articlePath == page.article.path }?.items ?? []
            var counts: [String: Any] = ["title": page.article.title, "url": page.url, "checks": items.count]
            for kind in CheckedItem.Kind.allCases {
                counts[kind.contextKey] = items.filter { $0.kind == kind }.count
            }
            return counts
        }
        context["checks"] = checks.items.count
        context["content"] = templates.render(context, with: "report")
        return templates.render(context, with: "layout")
    }

    private func baseContext(root: String, title: String, description: String?) -> [String: Any] {
        var context: [String: Any] = [
            "root": root,
            "title": title,
            "siteTitle": model.siteTitle,
            "search": search,
            "engineVersion": AccessEngine.version,
        ]
        if let description { context["description"] = description }
        return context
    }
}
