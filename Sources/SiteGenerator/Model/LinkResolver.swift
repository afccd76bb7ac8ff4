import Articles

/// Rewrites links between articles to links between pages.
///
/// `~/guides/mfa.md#x` (Learn's root-relative form) and `../guides/mfa.md#x` both become a link
/// relative to the current page, so the site works wherever it is hosted.
struct LinkResolver: Sendable {
    let root: ContentRoot
    let articlePaths: Set<String>

    func resolve(_ destination: String, from page: Page) -> String {
        switch ArticleLink(destination, from: page.article.path, root: root, articlePaths: articlePaths) {
        case .article(let path, let fragment):
            let url = path == "index.md" ? "index.html" : Page.url(forArticle: path)
            return page.root + url + fragment
        case .other, .missing:
            if destination.hasPrefix("~/") { return page.root + destination.dropFirst(2) }
            return destination
        }
    }
}
