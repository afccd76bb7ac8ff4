import Articles
import Consistency
import Foundation
import Parallelism
import TenantFiles

/// Builds a site: reads every article, stops on any error, renders pages on all cores, writes
/// them to a staging folder and swaps it in.
public struct SiteBuilder: Sendable {
    public var options: SiteOptions

    public init(options: SiteOptions) {
        self.options = options
    }

    /// Reads every article and checks it against the engine, without writing anything. Any error
    /// — in the Markdown or a contradiction with the engine — fails: a site that contradicts the
    /// engine is never published.
    public func readArticles() async throws(BuildFailure) -> (articles: [Article], checks: CheckReport) {
        let root = options.contentRoot
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.resolvedURL.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw BuildFailure(diagnostics: [
                Diagnostic(
                    .unreadableFile, at: SourceLocation(file: options.contentPath, line: 1, column: 1),
                    "content folder does not exist")
            ])
        }
        let checked = await ContentCheck.run(root: root)
        let report = checked.report
        guard !report.fails(warningsAsErrors: options.warningsAsErrors) else {
            throw BuildFailure(diagnostics: report.diagnostics, warningsAsErrors: options.warningsAsErrors)
        }
        return (checked.articles, report)
    }

    /// Builds the whole site. On failure nothing at the output path changes.
    public func build(progress: (@Sendable (Int, Int) -> Void)? = nil) async throws(BuildFailure) -> BuildSummary {
        let (resolved, searchWarning) = try options.resolvingSearchIndexer()
        var summary = try await SiteBuilder(options: resolved).buildWithIndexerFound(progress: progress)
        if let searchWarning { summary.warnings.append(searchWarning) }
        return summary
    }

    /// ``build(progress:)`` once the search indexer is known (or search is off).
    private func buildWithIndexerFound(
        progress: (@Sendable (Int, Int) -> Void)?
    ) async throws(BuildFailure) -> BuildSummary {
        var timings = BuildTimings()
        let templates = try TemplateSet.load(from: options.templatesPath)
        let (articles, checks) = try await readArticles()
        timings.finish("read and check")
        // The What If pages need only the tenants: they are compiled while Pygments, in its own
        // process, colours the articles' code (reading and checking keep every core busy), on
        // one core then, leaving Pygments the other.
        let besidePygments = options.highlightCommand != nil
        async let compiledWhatIfPages = CoreLimit.$cores.withValue(besidePygments ? 1 : nil) {
            () -> (Result<[WhatIfPage], BuildFailure>, Duration) in
            let clock = ContinuousClock()
            let start = clock.now
            let pages = Result { () throws(BuildFailure) in try compileWhatIfPages() }
            return (pages, clock.now - start)
        }
        let highlighting = highlightCode(Set(articles.lazy.flatMap(\.codeSamples)))
        timings.finish("highlight code")
        let (compiled, whatIfDuration) = await compiledWhatIfPages
        let whatIfPages = try compiled.get()
        timings.finish("finish What If pages")
        timings.record(alongside: "What If pages", duration: whatIfDuration)
        let site = try prepare(
            articles: articles, checks: checks, templates: templates, whatIfPages: whatIfPages,
            highlighting: highlighting)
        timings.finish("prepare")
        try await publish(site, progress: progress, timings: &timings)
        if let path = options.walkthroughCasesPath {
            do {
                try WalkthroughCaseExport(folder: URL(fileURLWithPath: path)).write(
                    site.walkthroughs, pages: (site.model.home.map { [Page(article: $0)] } ?? []) + site.model.pages,
                    whatIf: site.whatIfPages)
            } catch {
                throw BuildFailure(diagnostics: [
                    Diagnostic(
                        .output, at: SourceLocation(file: path, line: 1, column: 1),
                        "cannot write the walkthrough cases: \(error.localizedDescription)")
                ])
            }
        }
        var tableCounts: [String: Int] = [:]
        for table in articles.flatMap(\.tables) { tableCounts[table.kindPluralName, default: 0] += 1 }
        var summary = BuildSummary(
            pageCount: site.model.pages.count + 2 + (site.whatIfPages.isEmpty ? 0 : 1),
            tableCounts: tableCounts,
            scenarioCount: articles.reduce(0) { $0 + $1.scenarios.count },
            checkCount: checks.itemCount,
            warnings: site.warnings,
            searchIndexed: options.search,
            walkthroughCount: site.walkthroughs.placementCount,
            walkthroughBytes: Dictionary(
                uniqueKeysWithValues: site.walkthroughs.compiled.map { ($0.key.rawValue, $0.value.payloadBytes) }),
            whatIfTenants: site.whatIfPages.count
        )
        if options.processExitsAfterBuild {
            RetainedUntilExit.keep((site, articles, checks))
        } else {
            // Everything the build read is freed on all cores: left to the end of this scope, a
            // thousand articles' trees and check reports were freed one node at a time on one core.
            _ = consume site
            await releaseInParallel(consume articles)
            let checkedArticles = (consume checks).articles
            await releaseInParallel(consume checkedArticles)
            timings.finish("release memory")
        }
        summary.timings = timings
        return summary
    }

    /// Everything a site's pages are rendered from, once the articles are read and checked.
    struct PreparedSite: Sendable {
        var model: SiteModel
        var renderer: PageRenderer
        var walkthroughs: WalkthroughSet
        var whatIfPages: [WhatIfPage]
        /// Warnings of the checks and of the What If pages.
        var warnings: [Diagnostic]
    }

    /// Whether a file of the content folder is copied to the site as it is: not an article or
    /// include, not data (``ContentRoot/isData(_:)``: `_`-prefixed, or the tenants), not the
    /// site configuration or a `toc.yml`.
    static func isPublishedAsIs(_ path: String, root: ContentRoot) -> Bool {
        !(path.hasSuffix(".md") || root.isData(path)
            || path == SiteConfiguration.fileName || path == ZonePivotGroups.fileName
            || TableOfContents.isTOCFile(path))
    }

    /// The site's fenced code coloured by Pygments, when highlighting is on.
    struct Highlighting: Sendable {
        /// The coloured HTML of each block, or why highlighting that was required failed
        /// (reported only once the checks' own warnings have been).
        var colouredCode: Result<[CodeSample: String], BuildFailure> = .success([:])
        var warnings: [Diagnostic] = []
    }

    /// Colours the code blocks `samples`. Colour is optional unless required: without Pygments
    /// the code is published plain, with a warning.
    func highlightCode(_ samples: Set<CodeSample>) -> Highlighting {
        guard let command = options.highlightCommand else { return Highlighting() }
        do {
            return Highlighting(colouredCode: .success(try CodeHighlighter(command: command).highlight(samples)))
        } catch  where !options.highlightRequired && !options.warningsAsErrors {
            return Highlighting(
                warnings: error.diagnostics.map {
                    Diagnostic($0.id, .warning, at: $0.location, $0.message + "; code is published without colour")
                })
        } catch {
            return Highlighting(colouredCode: .failure(error))
        }
    }

    /// Compiles the What If page of every tenant file in `_data/tenants/`.
    func compileWhatIfPages() throws(BuildFailure) -> [WhatIfPage] {
        guard options.whatIfPages else { return [] }
        var pages: [WhatIfPage] = []
        var diagnostics: [Diagnostic] = []
        // The same confinement as scenario tenants: a tenant file cannot make a build read
        // outside the content root.
        let root = options.contentRoot
        let loader = TenantLoader(access: .confined(to: [root.resolvedURL.path]))
        for path in TenantDirectory(contentRoot: options.contentPath, relativeFolder: root.tenantsFolder).paths {
            do {
                pages.append(try WhatIfPage.compile(tenantPath: path, loader: loader))
            } catch {
                diagnostics += error.diagnostics.filter { $0.severity == .error }.map(Diagnostic.init)
            }
        }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics: diagnostics.sorted()) }
        return pages
    }

    /// Compiles the walkthroughs and sets up the page renderer; shared by full builds and the
    /// preview server's incremental ones.
    func prepare(
        articles: [Article], checks: CheckReport, templates: TemplateSet, whatIfPages: [WhatIfPage],
        highlighting: Highlighting
    ) throws(BuildFailure) -> PreparedSite {
        var model = SiteModel(articles: articles)
        model.configuredTitle = options.configuration.title
        let root = options.contentRoot
        let (toc, tocDiagnostics) = TableOfContents.load(root: root, articlePaths: model.articlePaths)
        let (pivotGroups, pivotDiagnostics) = ZonePivotGroups.load(root: root)
        let navigationDiagnostics =
            tocDiagnostics + pivotDiagnostics + articles.flatMap { pivotGroups.check($0, root: root) }
        if navigationDiagnostics.contains(where: { $0.severity == .error }) {
            throw BuildFailure(diagnostics: navigationDiagnostics.sorted())
        }
        if let toc { model.navigate(by: toc) }
        var warnings =
            checks.diagnostics.filter { $0.severity == .warning } + whatIfPages.compactMap(\.budgetWarning)
            + whatIfPages.flatMap(\.importWarnings) + navigationDiagnostics
        if options.warningsAsErrors, !warnings.isEmpty {
            throw BuildFailure(diagnostics: warnings.sorted(), warningsAsErrors: true)
        }
        let (walkthroughs, walkthroughDiagnostics) = WalkthroughSet.compile(
            model.pages.map(\.article) + (model.home.map { [$0] } ?? []))
        guard walkthroughDiagnostics.isEmpty else {
            throw BuildFailure(diagnostics: (walkthroughDiagnostics + warnings).sorted())
        }
        var renderer = PageRenderer(
            templates: templates,
            model: model,
            links: LinkResolver(root: root, articlePaths: model.articlePaths),
            checks: checks,
            search: options.search
        )
        renderer.walkthroughs = walkthroughs
        renderer.hasWhatIf = !whatIfPages.isEmpty
        renderer.pivotGroups = pivotGroups
        renderer.highlighted = try highlighting.colouredCode.get()
        warnings += highlighting.warnings
        for (index, page) in whatIfPages.enumerated() {
            let name = URL(fileURLWithPath: page.file).deletingPathExtension().lastPathComponent
            renderer.whatIfTools[name] = PageRenderer.WhatIfTool(element: WhatIfPage.elementID(index), page: page)
        }
        return PreparedSite(
            model: model, renderer: renderer, walkthroughs: walkthroughs, whatIfPages: whatIfPages, warnings: warnings)
    }

    /// Renders every page into a staging folder beside the output, copies the assets, indexes
    /// for search and swaps the staging folder in. On any failure the output is untouched and
    /// the staging folder removed.
    func publish(
        _ site: PreparedSite, progress: (@Sendable (Int, Int) -> Void)?, timings: inout BuildTimings
    ) async throws(BuildFailure) {
        let model = site.model
        let staging: StagingDirectory
        do {
            staging = try StagingDirectory(output: options.outputPath)
        } catch {
            throw outputFailure(error)
        }
        do {
            try await writePages(.all(of: site), of: site, into: staging, progress: progress)
            timings.finish("render and write pages")
            try staging.write(Sitemap.xml(for: model, baseURL: options.baseURL), to: "sitemap.xml")
            if let publicPath = options.publicPath {
                try staging.copyContents(of: publicPath)
            } else {
                for asset in DefaultResources.assets { try staging.write(Data(asset.bytes), to: asset.path) }
            }
            let root = options.contentRoot
            try staging.copyContents(of: options.contentPath) { !Self.isPublishedAsIs($0, root: root) }
        } catch {
            staging.discard()
            throw outputFailure(error)
        }
        timings.finish("sitemap and assets")
        if options.search, let command = options.pagefindCommand {
            do {
                try SearchIndexer(command: command).index(site: staging.url)
            } catch {
                staging.discard()
                throw error
            }
            timings.finish("search index")
        }
        do {
            try staging.commit()
        } catch {
            staging.discard()
            throw outputFailure(error)
        }
        timings.finish("replace the output")
    }

    /// Renders the selected pages on every core and writes each as it is done; returns the
    /// paths written, in render order. Full builds and the preview server both come here.
    @discardableResult
    func writePages(
        _ selection: PageSelection, of site: PreparedSite, into output: some PageOutput,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> [String] {
        let model = site.model
        let renderer = site.renderer
        let whatIfPages = site.whatIfPages
        let jobs = selection.jobs
        let total = selection.articles.count
        let counter = ProgressCounter()
        let results = await parallelMap(count: jobs.count) { position -> (url: String, failure: String?) in
            let (html, url): (String, String)
            switch jobs[position] {
            case .article(let index):
                (html, url) = (renderer.renderArticle(at: index), model.pages[index].url)
                progress?(counter.increment(), total)
            case .index: (html, url) = (renderer.renderIndex(), "index.html")
            case .consistencyReport: (html, url) = (renderer.renderConsistencyReport(), ConsistencyPage.url)
            case .whatIf: (html, url) = (renderer.renderWhatIf(whatIfPages), "whatif.html")
            }
            do {
                try output.write(html, to: url)
                return (url, nil)
            } catch {
                return (url, "\(url): \(error.localizedDescription)")
            }
        }
        if let failure = results.compactMap(\.failure).first {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure])
        }
        return results.map(\.url)
    }

    func outputFailure(_ error: any Error) -> BuildFailure {
        BuildFailure(diagnostics: [
            Diagnostic(
                .output, at: SourceLocation(file: options.outputPath, line: 1, column: 1),
                "cannot write the site: \(error.localizedDescription)")
        ])
    }
}

/// Counts finished pages across threads for progress reports.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
