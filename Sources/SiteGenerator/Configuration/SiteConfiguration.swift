import Articles

/// `crosswalk.yml` at the content root: what `docfx.json` or `hugo.toml` say for their sites.
/// Every key is optional; command-line options override the file.
///
/// Paths are relative to the file's folder (the content root), so a site builds the same from
/// any working directory.
public struct SiteConfiguration: Sendable, Equatable {
    /// The name the file must have, at the content root.
    public static let fileName = "crosswalk.yml"

    /// The site's name in the header and page titles (default: the home page's title).
    public var title: String?
    /// The public address, for absolute URLs in `sitemap.xml`.
    public var baseURL: String?
    /// Include path prefixes and the folders they stand for (`~/../docs/reusable-content:
    /// ../reusable-content`), in the order written.
    public var includeRoots: [(prefix: String, folder: String)] = []
    /// The tenants folder, inside the content root (default `_data/tenants`).
    public var tenants: String?
    /// `true`: build the search index or fail; `false`: no search; unset: search when an
    /// indexer is found.
    public var search: Bool?
    /// Whether to colour fenced code at build time (default true).
    public var highlight: Bool?
    public var output: String?
    public var templates: String?
    public var publicFolder: String?

    public init() {}

    /// The keys the file may have, in the order the README documents them.
    static let keys = [
        "title", "baseUrl", "includeRoots", "tenants", "search", "highlight", "output", "templates", "public",
    ]

    public static func == (lhs: SiteConfiguration, rhs: SiteConfiguration) -> Bool {
        lhs.title == rhs.title && lhs.baseURL == rhs.baseURL && lhs.tenants == rhs.tenants && lhs.search == rhs.search
            && lhs.highlight == rhs.highlight
            && lhs.output == rhs.output && lhs.templates == rhs.templates && lhs.publicFolder == rhs.publicFolder
            && lhs.includeRoots.map(\.prefix) == rhs.includeRoots.map(\.prefix)
            && lhs.includeRoots.map(\.folder) == rhs.includeRoots.map(\.folder)
    }
}
