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
        // Each article's sort key is worked out once, not at every comparison (`title` is
        // derived from the front matter or the headings each time it is read), and positions
        // are sorted rather than articles, which are copied once, into their pages: the
        // preview server does this on every pass.
        let listed = articles.indices.filter { articles[$0].path != "index.md" }
        let keys = listed.map { (articles[$0].frontMatter.order ?? Int.max, articles[$0].title, articles[$0].path) }
        pages = keys.indices.sorted { keys[$0] < keys[$1] }.map { Page(article: articles[listed[$0]]) }
        articlePaths = Set(articles.map(\.path))
    }

    /// `crosswalk.yml`'s `title`, which wins over the home page's.
    public var configuredTitle: String?
    /// The navigation of `toc.yml`, when the site has one.
    public private(set) var toc: TableOfContents?

    /// Uses `toc` for navigation: pages follow its reading order (previous, next, the course
    /// list), and pages it does not list follow them in course order.
    public mutating func navigate(by toc: TableOfContents) {
        self.toc = toc
        let order = Dictionary(toc.articleOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let positions = pages.indices.map { (order[pages[$0].article.path] ?? Int.max, $0) }
        pages = positions.sorted { $0 < $1 }.map { pages[$0.1] }
    }

    public var siteTitle: String { configuredTitle ?? home?.title ?? "Guidance" }
}
