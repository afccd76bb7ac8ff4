import Articles

/// The left navigation and the breadcrumbs of a page, rendered in Swift like the other lists
/// that are on every page. Sections are `<details>`, so they open and close without JavaScript;
/// the ones on the way to the current page start open.
extension TableOfContents {
    /// The navigation tree for the page of `article`, whose links start with `root`.
    func navigationHTML(current article: String?, root: String) -> String {
        let open = Set((article.flatMap { trail(to: $0) } ?? []).map(\.name))
        var html = "<ul class=\"site-toc-list\">\n"
        for entry in entries { append(entry, current: article, open: open, root: root, into: &html) }
        return html + "</ul>"
    }

    private func append(_ entry: Entry, current: String?, open: Set<String>, root: String, into html: inout String) {
        let link = self.link(entry, current: current, root: root)
        guard !entry.children.isEmpty else {
            html += "<li>\(link ?? "<span>\(entry.name.htmlEscaped)</span>")</li>\n"
            return
        }
        let isOpen = entry.expanded || open.contains(entry.name)
        html += "<li><details\(isOpen ? " open" : "")><summary>\(entry.name.htmlEscaped)</summary>\n<ul>\n"
        // A section that is also a page keeps its link, as the section's first entry: a link
        // inside <summary> would be a control inside a control.
        if let link { html += "<li>\(link)</li>\n" }
        for child in entry.children { append(child, current: current, open: open, root: root, into: &html) }
        html += "</ul>\n</details></li>\n"
    }

    private func link(_ entry: Entry, current: String?, root: String) -> String? {
        if let article = entry.article {
            let marker = article == current ? " aria-current=\"page\"" : ""
            return
                "<a href=\"\(root)\(TableOfContents.url(of: article).htmlEscaped)\"\(marker)>\(entry.name.htmlEscaped)</a>"
        }
        if let url = entry.externalURL {
            return "<a href=\"\(url.htmlEscaped)\" rel=\"noopener noreferrer\">\(entry.name.htmlEscaped)</a>"
        }
        return nil
    }

    /// `Home › Section › Page` for `article`, from the TOC's hierarchy; `nil` for a page the
    /// TOC does not list.
    func breadcrumbsHTML(for article: String, root: String, siteTitle: String) -> String? {
        guard let trail = trail(to: article) else { return nil }
        var html =
            "<nav class=\"breadcrumbs\" aria-label=\"Breadcrumb\">\n<ol>\n<li><a href=\"\(root)index.html\">\(siteTitle.htmlEscaped)</a></li>\n"
        for entry in trail.dropLast() where entry.article != "index.md" {
            if let article = entry.article {
                html +=
                    "<li><a href=\"\(root)\(TableOfContents.url(of: article).htmlEscaped)\">\(entry.name.htmlEscaped)</a></li>\n"
            } else {
                html += "<li>\(entry.name.htmlEscaped)</li>\n"
            }
        }
        if let last = trail.last, last.article != "index.md" {
            html +=
                "<li><a href=\"\(root)\(TableOfContents.url(of: article).htmlEscaped)\" aria-current=\"page\">\(last.name.htmlEscaped)</a></li>\n"
        }
        return html + "</ol>\n</nav>"
    }

    static func url(of article: String) -> String {
        article == "index.md" ? "index.html" : Page.url(forArticle: article)
    }
}
