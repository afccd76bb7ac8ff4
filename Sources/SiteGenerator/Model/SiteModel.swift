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
        // Each article's sort key is worked out once, not at every comparison: `title` is
        // derived from the front matter or the headings each time it is read.
        pages = articles
            .filter { $0.path != "index.md" }
            .map { (key: ($0.frontMatter.order ?? Int.max, $0.title, $0.path), article: $0) }
            .sorted { $0.key < $1.key }
            .map { Page(article: $0.article) }
        articlePaths = Set(articles.map(\.path))
    }

    public var siteTitle: String { home?.title ?? "Guidance" }
}
