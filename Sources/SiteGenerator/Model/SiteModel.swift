import Articles

/// Every page of the site in course order, plus the home page's introduction.
///
/// Order comes from front matter (`order:`), then title, then path, so it never depends on the
/// order files were read in.
public struct SiteModel: Sendable {
    public var pages: [Page]
    /// `index.md` at the content root, shown at the top of the home page.
    public var home: Article?
    /// Root-relative article paths, for link checking.
    public var articlePaths: Set<String>

    public init(articles: [Article]) {
        home = articles.first { $0.path == "index.md" }
        pages = articles
            .filter { $0.path != "index.md" }
            .sorted { lhs, rhs in
                let left = (lhs.frontMatter.order ?? Int.max, lhs.title, lhs.path)
                let right = (rhs.frontMatter.order ?? Int.max, rhs.title, rhs.path)
                return left < right
            }
            .map(Page.init)
        articlePaths = Set(articles.map(\.path))
    }

    public var siteTitle: String { home?.title ?? "Guidance" }
}
