import Articles
import Consistency
import Foundation
import Parallelism

/// A site that rebuilds only what changed, for a preview server.
///
/// The first pass reads, checks and publishes everything atomically, like `SiteBuilder`. Later
/// passes compare file stamps (modification time and size) with the previous pass:
/// - an article is read again only when it or one of its includes changed;
/// - it is checked again when it was read again, when data under `_`-folders changed (tenants)
///   or when the set of articles changed (link checks);
/// - a page is rendered again when its article or its check changed, or everything is when the
///   templates or the list of titles (neighbour links) changed;
/// - changed files are replaced one by one with atomic renames, so a reader of the output never
///   sees a half-written page; assets are copied only when theirs changed.
/// Any error leaves the output exactly as it was. The search index is built on the first pass
/// only (Pagefind takes seconds); later passes leave it as it was.
public actor IncrementalSite {
    /// As given, until the first pass has looked for the search indexer.
    public private(set) var options: SiteOptions
    private let root: ContentRoot

    private var contentScan = FolderScan()
    private var templateScan = FolderScan()
    private var publicScan = FolderScan()
    private var scanned = false
    private var templates: TemplateSet?
    private var templateFailure: [Diagnostic] = []
    private var articles: [String: CachedArticle] = [:]
    private var checks: [String: ArticleCheck] = [:]
    private var dataKey: [String: FileStamp] = [:]
    private var layoutKey: [String] = []
    private var indexKey: [String] = []
    private var reportKey: [String] = []
    private var publishedPages: Set<String> = []
    /// The What If pages, compiled again only when data under `_`-folders changed.
    private var whatIfPages: [WhatIfPage]?
    private var published = false
    /// Set once the first pass looked for the search indexer; the warning, when none was found,
    /// goes with the first published site.
    private var searchResolved = false
    private var searchWarning: Diagnostic?

    private struct CachedArticle {
        var stamp: FileStamp
        /// The stamp of each include when the article was read (`nil`: it did not exist).
        var includes: [String: FileStamp?]
        var article: Article?
        var diagnostics: [Diagnostic]
    }

    public init(options: SiteOptions) {
        self.options = options
        self.root = options.contentRoot
    }

    /// Looks for changes and publishes them; cheap when nothing changed (one `stat` per file).
    public func update() async -> SiteUpdate {
        if !searchResolved {
            do {
                (options, searchWarning) = try options.resolvingSearchIndexer()
            } catch {
                return .failed(error.diagnostics)
            }
            searchResolved = true
        }
        let newContent = root.scan()
        let newTemplates = options.templatesPath.map { FolderScan(folder: $0) } ?? FolderScan()
        let newPublic = options.publicPath.map { FolderScan(folder: $0) } ?? FolderScan()
        if scanned, newContent == contentScan, newTemplates == templateScan, newPublic == publicScan {
            return .unchanged
        }
        let templatesChanged = !scanned || newTemplates != templateScan
        let publicChanged = !scanned || newPublic != publicScan
        let oldContent = contentScan
        contentScan = newContent
        templateScan = newTemplates
        publicScan = newPublic
        scanned = true

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.resolvedURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failed([Diagnostic(.unreadableFile, at: SourceLocation(file: options.contentPath, line: 1, column: 1), "content folder does not exist")])
        }
        if templatesChanged {
            do {
                templates = try TemplateSet.load(from: options.templatesPath)
                templateFailure = []
            } catch {
                templates = nil
                templateFailure = error.diagnostics
            }
        }
        guard let templates else { return .failed(templateFailure) }

        // Read what changed.
        let paths = newContent.files.keys.filter(ContentRoot.isArticle).sorted()
        let stale = paths.filter { path in
            guard let cached = articles[path], cached.stamp == newContent.files[path] else { return true }
            return cached.includes.contains { newContent.files[$0.key] != $0.value }
        }
        let reader = ArticleReader(root: root)
        let results = await parallelMap(count: stale.count) { reader.read(stale[$0]) }
        for (path, result) in zip(stale, results) {
            let includes = result.article?.includes ?? []
            articles[path] = CachedArticle(
                stamp: newContent.files[path]!,
                includes: Dictionary(uniqueKeysWithValues: includes.map { ($0, newContent.files[$0]) }),
                article: result.article,
                diagnostics: result.diagnostics
            )
            checks[path] = nil
        }
        let pathSet = Set(paths)
        for path in articles.keys where !pathSet.contains(path) {
            articles[path] = nil
            checks[path] = nil
        }

        // Check what changed.
        let newDataKey = newContent.files.filter { !$0.key.hasSuffix(".md") && $0.key.split(separator: "/").contains { $0.hasPrefix("_") } }
        let oldPathSet = Set(oldContent.files.keys.filter(ContentRoot.isArticle))
        let dataChanged = newDataKey != dataKey
        if dataChanged || oldPathSet != pathSet { checks.removeAll() }
        if dataChanged { whatIfPages = nil }
        dataKey = newDataKey
        let current = paths.compactMap { articles[$0]?.article }
        let unchecked = current.filter { checks[$0.path] == nil }
        let newChecks = await ContentCheck.check(unchecked, root: root, knownPaths: Set(current.map(\.path)))
        for check in newChecks { checks[check.articlePath] = check }

        var readingDiagnostics = root.refusedLinkWarnings(newContent)
        readingDiagnostics += paths.flatMap { articles[$0]?.diagnostics ?? [] }
        if paths.isEmpty {
            readingDiagnostics.append(Diagnostic(.unreadableFile, at: SourceLocation(file: root.displayPath, line: 1, column: 1), "no Markdown articles (*.md) in the content folder"))
        }
        let report = CheckReport(articles: current.compactMap { checks[$0.path] }, readingDiagnostics: readingDiagnostics)
        guard !report.fails(warningsAsErrors: false) else { return .failed(report.diagnostics) }

        // Render and write what changed.
        let builder = SiteBuilder(options: options)
        let whatIfChanged = whatIfPages == nil
        let site: SiteBuilder.PreparedSite
        do throws(BuildFailure) {
            let pages: [WhatIfPage]
            if let cached = whatIfPages { pages = cached } else { pages = try builder.compileWhatIfPages() }
            whatIfPages = pages
            site = try builder.prepare(articles: current, checks: report, templates: templates, whatIfPages: pages)
        } catch {
            return .failed(error.diagnostics)
        }
        let model = site.model
        let renderer = site.renderer
        let warnings = site.warnings
        // Every page shows the TOC's navigation, so a changed toc.yml re-renders them all.
        let tocStamps = newContent.files.filter { TableOfContents.isTOCFile($0.key) }.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" }
        let newLayoutKey = [model.siteTitle] + tocStamps + model.pages.map { $0.url + "\u{0}" + $0.article.title }
        // The index lists titles and descriptions and shows `index.md`; the report counts what
        // was checked on each page. Rendering either takes tens of milliseconds for a thousand
        // articles, so they are rendered only when what they show changed.
        let newIndexKey = newLayoutKey + model.pages.map { $0.article.frontMatter.description ?? "" }
            + [model.home.map { _ in articles["index.md"].map { "\($0.stamp)" } ?? "" } ?? "", "\(templateScan.files.sorted { $0.key < $1.key })"]
        let newReportKey = newLayoutKey + current.map { article in
            article.path + ":" + (checks[article.path]?.countsByKind ?? []).map(String.init).joined(separator: ",")
        }
        defer {
            layoutKey = newLayoutKey
            indexKey = newIndexKey
            reportKey = newReportKey
        }
        if !published {
            do {
                var timings = BuildTimings()
                try await builder.publish(site, progress: nil, timings: &timings)
            } catch {
                return .failed(error.diagnostics)
            }
            published = true
            publishedPages = Set(model.pages.map(\.url))
            return .published(PublishedChanges(
                changedFiles: [], articlesRead: stale.count, articlesChecked: unchecked.count,
                pagesRendered: model.pages.count, warnings: (warnings + [searchWarning].compactMap { $0 }).sorted(), isFullBuild: true
            ))
        }
        let everything = templatesChanged || newLayoutKey != layoutKey
        let rechecked = Set(unchecked.map(\.path))
        let indices = model.pages.indices.filter { everything || rechecked.contains(model.pages[$0].article.path) }
        let pages = await parallelMap(count: indices.count) { (model.pages[indices[$0]].url, renderer.renderArticle(at: indices[$0])) }
        var files: [(String, Data)] = pages.map { ($0.0, Data($0.1.utf8)) }
        if newIndexKey != indexKey { files.append(("index.html", Data(renderer.renderIndex().utf8))) }
        if newReportKey != reportKey { files.append((ConsistencyPage.url, Data(renderer.renderConsistencyReport().utf8))) }
        if newLayoutKey != layoutKey { files.append(("sitemap.xml", Data(Sitemap.xml(for: model, baseURL: options.baseURL).utf8))) }
        if !site.whatIfPages.isEmpty, whatIfChanged || everything {
            files.append(("whatif.html", Data(renderer.renderWhatIf(site.whatIfPages).utf8)))
        }
        if publicChanged, let publicFolder = options.publicPath {
            for (path, _) in newPublic.files.sorted(by: { $0.key < $1.key }) {
                guard let data = FileManager.default.contents(atPath: publicFolder + "/" + path) else { continue }
                files.append((path, data))
            }
        } else if publicChanged {
            files += DefaultResources.assets.map { ($0.path, Data($0.bytes)) }
        }
        for (path, stamp) in newContent.files.sorted(by: { $0.key < $1.key }) where oldContent.files[path] != stamp {
            guard SiteBuilder.isPublishedAsIs(path), let data = try? Data(root.read(path)) else { continue }
            files.append((path, data))
        }
        let newPages = Set(model.pages.map(\.url))
        let removed = publishedPages.subtracting(newPages).sorted()
        do {
            try OutputFolder(path: options.outputPath).replace(files, removing: removed)
        } catch {
            return .failed([SiteBuilder(options: options).outputFailure(error)].flatMap(\.diagnostics))
        }
        publishedPages = newPages
        return .published(PublishedChanges(
            changedFiles: files.map(\.0) + removed, articlesRead: stale.count, articlesChecked: unchecked.count,
            pagesRendered: indices.count, warnings: warnings, isFullBuild: false
        ))
    }
}
