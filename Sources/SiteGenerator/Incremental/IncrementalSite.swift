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
    /// Code blocks coloured by earlier passes, and every block they sent to Pygments (those it
    /// left plain too): a pass starts Pygments only for blocks it has not seen.
    private var colouredCode: [CodeSample: String] = [:]
    private var codeSent: Set<CodeSample> = []
    /// What the pages of the last pass showed, to know which to render again.
    private var keys: PageKeys?
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
    /// The phases: scan the folders, read again what changed, check again what that affects,
    /// render the pages whose inputs changed, write them in place.
    public func update() async -> SiteUpdate {
        if !searchResolved {
            do {
                (options, searchWarning) = try options.resolvingSearchIndexer()
            } catch {
                return .failed(error.diagnostics)
            }
            searchResolved = true
        }
        guard let scan = scanFolders() else { return .unchanged }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.resolvedURL.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            return .failed([
                Diagnostic(
                    .unreadableFile, at: SourceLocation(file: options.contentPath, line: 1, column: 1),
                    "content folder does not exist")
            ])
        }
        if scan.templatesChanged {
            do {
                templates = try TemplateSet.load(from: options.templatesPath)
                templateFailure = []
            } catch {
                templates = nil
                templateFailure = error.diagnostics
            }
        }
        guard let templates else { return .failed(templateFailure) }

        let paths = contentScan.files.keys.filter(ContentRoot.isArticle).sorted()
        let reread = await reread(paths)
        let current = paths.compactMap { articles[$0]?.article }
        let rechecked = await recheck(current, paths: paths, previous: scan.previousContent)
        let report = CheckReport(
            articles: current.compactMap { checks[$0.path] }, readingDiagnostics: readingDiagnostics(paths))
        guard !report.fails(warningsAsErrors: false) else { return .failed(report.diagnostics) }

        let builder = SiteBuilder(options: options)
        let whatIfChanged = whatIfPages == nil
        let site: SiteBuilder.PreparedSite
        do throws(BuildFailure) {
            let pages: [WhatIfPage]
            if let cached = whatIfPages { pages = cached } else { pages = try builder.compileWhatIfPages() }
            whatIfPages = pages
            site = try builder.prepare(
                articles: current, checks: report, templates: templates, whatIfPages: pages,
                highlighting: highlightCode(of: current, with: builder))
        } catch {
            return .failed(error.diagnostics)
        }
        let keys = PageKeys(
            site: site, current: current, checks: checks, content: contentScan, templates: templateScan,
            home: articles["index.md"]?.stamp)
        defer { self.keys = keys }

        if !published {
            do {
                var timings = BuildTimings()
                try await builder.publish(site, progress: nil, timings: &timings)
            } catch {
                return .failed(error.diagnostics)
            }
            published = true
            publishedPages = Set(site.model.pages.map(\.url))
            return .published(
                PublishedChanges(
                    changedFiles: [], articlesRead: reread.count, articlesChecked: rechecked.count,
                    pagesRendered: site.model.pages.count,
                    warnings: (site.warnings + [searchWarning].compactMap { $0 }).sorted(), isFullBuild: true
                ))
        }
        let layoutChanged = keys.layout != self.keys?.layout
        let selection = selection(
            site, keys: keys, templatesChanged: scan.templatesChanged, layoutChanged: layoutChanged,
            rechecked: Set(rechecked.map(\.path)), whatIfChanged: whatIfChanged)
        var files = changedAssets(scan)
        if layoutChanged {
            files.append(("sitemap.xml", Data(Sitemap.xml(for: site.model, baseURL: options.baseURL).utf8)))
        }
        let newPages = Set(site.model.pages.map(\.url))
        let removed = publishedPages.subtracting(newPages).sorted()
        let written: [String]
        do {
            let folder = OutputFolder(path: options.outputPath)
            written = try await builder.writePages(selection, of: site, into: folder)
            try folder.replace(files, removing: removed)
        } catch {
            return .failed([builder.outputFailure(error)].flatMap(\.diagnostics))
        }
        publishedPages = newPages
        return .published(
            PublishedChanges(
                changedFiles: written + files.map(\.0) + removed, articlesRead: reread.count,
                articlesChecked: rechecked.count, pagesRendered: selection.articles.count, warnings: site.warnings,
                isFullBuild: false
            ))
    }

    /// What the scan found changed since the last pass; `nil` when nothing did.
    private struct Scan {
        var templatesChanged: Bool
        var publicChanged: Bool
        var previousContent: FolderScan
    }

    /// Scans the content, templates and public folders and keeps the new scans.
    private func scanFolders() -> Scan? {
        let newContent = root.scan()
        let newTemplates = options.templatesPath.map { FolderScan(folder: $0) } ?? FolderScan()
        let newPublic = options.publicPath.map { FolderScan(folder: $0) } ?? FolderScan()
        if scanned, newContent == contentScan, newTemplates == templateScan, newPublic == publicScan {
            return nil
        }
        let scan = Scan(
            templatesChanged: !scanned || newTemplates != templateScan,
            publicChanged: !scanned || newPublic != publicScan,
            previousContent: contentScan)
        contentScan = newContent
        templateScan = newTemplates
        publicScan = newPublic
        scanned = true
        return scan
    }

    /// Reads again every article that changed, or one of whose includes did; forgets removed
    /// ones. Returns the paths read.
    private func reread(_ paths: [String]) async -> [String] {
        let stale = paths.filter { path in
            guard let cached = articles[path], cached.stamp == contentScan.files[path] else { return true }
            return cached.includes.contains { contentScan.files[$0.key] != $0.value }
        }
        let reader = ArticleReader(root: root)
        let results = await parallelMap(count: stale.count) { reader.read(stale[$0]) }
        for (path, result) in zip(stale, results) {
            let includes = result.article?.includes ?? []
            articles[path] = CachedArticle(
                stamp: contentScan.files[path]!,
                includes: Dictionary(uniqueKeysWithValues: includes.map { ($0, contentScan.files[$0]) }),
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
        return stale
    }

    /// The colours of `articles`' code, sending Pygments only the blocks no earlier pass sent.
    /// Blocks of a pass that failed or warned count as not sent, so the next pass tries, and
    /// reports, again.
    private func highlightCode(of articles: [Article], with builder: SiteBuilder) -> SiteBuilder.Highlighting {
        let new = Set(articles.lazy.flatMap(\.codeSamples)).subtracting(codeSent)
        var highlighting = builder.highlightCode(new)
        guard case .success(let coloured) = highlighting.colouredCode else { return highlighting }
        colouredCode.merge(coloured) { $1 }
        if highlighting.warnings.isEmpty { codeSent.formUnion(new) }
        highlighting.colouredCode = .success(colouredCode)
        return highlighting
    }

    /// Checks again the articles without a check: those read again, or all of them when the
    /// site's data (tenants, ``ContentRoot/isData(_:)``) or the set of articles (link checks)
    /// changed. Returns them.
    private func recheck(_ current: [Article], paths: [String], previous: FolderScan) async -> [Article] {
        let newDataKey = contentScan.files.filter { !$0.key.hasSuffix(".md") && root.isData($0.key) }
        let oldPathSet = Set(previous.files.keys.filter(ContentRoot.isArticle))
        let dataChanged = newDataKey != dataKey
        if dataChanged || oldPathSet != Set(paths) { checks.removeAll() }
        if dataChanged { whatIfPages = nil }
        dataKey = newDataKey
        let unchecked = current.filter { checks[$0.path] == nil }
        let newChecks = await ContentCheck.check(unchecked, root: root, knownPaths: Set(current.map(\.path)))
        for check in newChecks { checks[check.articlePath] = check }
        return unchecked
    }

    private func readingDiagnostics(_ paths: [String]) -> [Diagnostic] {
        var diagnostics = root.refusedLinkWarnings(contentScan)
        diagnostics += paths.flatMap { articles[$0]?.diagnostics ?? [] }
        if paths.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .unreadableFile, at: SourceLocation(file: root.displayPath, line: 1, column: 1),
                    "no Markdown articles (*.md) in the content folder"))
        }
        return diagnostics
    }

    /// The pages whose inputs changed, and the index, report and What If page when what they
    /// show changed.
    private func selection(
        _ site: SiteBuilder.PreparedSite, keys: PageKeys, templatesChanged: Bool, layoutChanged: Bool,
        rechecked: Set<String>, whatIfChanged: Bool
    ) -> PageSelection {
        let pages = site.model.pages
        // Every page shows the templates and the layout (navigation, site title).
        let everything = templatesChanged || layoutChanged
        // Rendering the index or the report takes tens of milliseconds for a thousand articles:
        // only when what they show changed. Both show the layout too.
        return PageSelection(
            articles: pages.indices.filter { everything || rechecked.contains(pages[$0].article.path) },
            index: layoutChanged || keys.index != self.keys?.index,
            consistencyReport: layoutChanged || keys.report != self.keys?.report,
            whatIf: !site.whatIfPages.isEmpty && (whatIfChanged || everything))
    }

    /// The assets (when the public folder changed) and the content files published as they are
    /// (images, downloads) that changed.
    private func changedAssets(_ scan: Scan) -> [(String, Data)] {
        var files: [(String, Data)] = []
        if scan.publicChanged, let publicFolder = options.publicPath {
            for (path, _) in publicScan.files.sorted(by: { $0.key < $1.key }) {
                guard let data = FileManager.default.contents(atPath: publicFolder + "/" + path) else { continue }
                files.append((path, data))
            }
        } else if scan.publicChanged {
            files += DefaultResources.assets.map { ($0.path, Data($0.bytes)) }
        }
        for (path, stamp) in contentScan.files.sorted(by: { $0.key < $1.key })
        where scan.previousContent.files[path] != stamp {
            guard SiteBuilder.isPublishedAsIs(path, root: root), let data = try? Data(root.read(path)) else { continue }
            files.append((path, data))
        }
        return files
    }
}
