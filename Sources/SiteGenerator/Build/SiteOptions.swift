import Articles

/// What to build and where to put it.
public struct SiteOptions: Sendable {
    /// The folder of Markdown articles.
    public var contentPath: String
    /// A folder of Mustache templates, or `nil` for the built-in ones.
    public var templatesPath: String?
    /// A folder of assets copied verbatim, or `nil` for the built-in ones.
    public var publicPath: String?
    /// Where the site goes; it is replaced only when the whole build succeeds.
    public var outputPath: String
    /// Whether to build the Pagefind search index (when an indexer is found, see
    /// ``searchRequired``); pages show the search box only when it was built.
    public var search: Bool
    /// Whether a missing indexer fails the build instead of a warning and a site without search:
    /// for a site whose readers rely on search (`--search`).
    public var searchRequired: Bool
    /// The site's public address, for absolute URLs in `sitemap.xml`.
    public var baseURL: String?
    /// The command that runs Pagefind (`--site DIR` is appended); `nil` looks for one
    /// (``SearchIndexerLookup``) when the build starts.
    public var pagefindCommand: [String]?
    /// When set, the tenant and sign-in of every walkthrough combination are written here (see
    /// ``WalkthroughCaseExport``), for comparing the pages with `crosswalk whatif`.
    public var walkthroughCasesPath: String?
    /// Set when the process ends right after the build, as `crosswalk build` does: what the
    /// build read (a thousand articles are millions of small allocations) is then left for the
    /// operating system to reclaim at exit, all at once, instead of being freed piece by piece.
    /// Long-running callers (tests, the preview server) leave it off.
    public var processExitsAfterBuild = false
    /// Fails the build on any warning (a missing include, a header that is not YAML, a broken
    /// link), for CI.
    public var warningsAsErrors = false
    /// The Python that highlights code with Pygments (`-c SCRIPT` is appended), or `nil` to
    /// publish code uncoloured (`--no-highlight`).
    public var highlightCommand: [String]? = ["python3"]
    /// Whether code that cannot be highlighted fails the build (`--highlight`, or
    /// `highlight: true`); otherwise it is published plain with one warning, as a missing
    /// search indexer is.
    public var highlightRequired = false
    /// Whether each tenant file of the tenants folder gets a What If page. Off only for callers
    /// that publish none, such as the benchmark measuring what the pages add to a build.
    public var whatIfPages = true
    /// Include roots and the tenants folder, from `crosswalk.yml`.
    public var configuration = SiteConfiguration()

    /// The content root as reads must see it: with the include roots and tenants folder of the
    /// site configuration.
    public var contentRoot: ContentRoot { configuration.contentRoot(path: contentPath) }

    public init(
        contentPath: String,
        templatesPath: String? = nil,
        publicPath: String? = nil,
        outputPath: String,
        search: Bool = true,
        searchRequired: Bool = false,
        baseURL: String? = nil,
        pagefindCommand: [String]? = nil,
        walkthroughCasesPath: String? = nil
    ) {
        self.walkthroughCasesPath = walkthroughCasesPath
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.publicPath = publicPath
        self.outputPath = outputPath
        self.search = search
        self.searchRequired = searchRequired
        self.baseURL = baseURL
        self.pagefindCommand = pagefindCommand
    }
}
