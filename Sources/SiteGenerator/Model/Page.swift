import Articles

/// An article placed in the site: where its page lives and how to get back to the root.
public struct Page: Sendable {
    public var article: Article
    /// The page's path in the site, e.g. `guides/mfa.html`.
    public var url: String
    /// The relative prefix from the page to the site root (`""`, `"../"`, ...), so the site works
    /// from any folder and from `file://`.
    public var root: String

    public init(article: Article) {
        self.article = article
        self.url = Self.url(forArticle: article.path)
        let depth = article.path.split(separator: "/").count - 1
        self.root = String(repeating: "../", count: depth)
    }

    /// `guides/mfa.md` → `guides/mfa.html`.
    public static func url(forArticle path: String) -> String {
        path.hasSuffix(".md") ? String(path.dropLast(3)) + ".html" : path + ".html"
    }
}
