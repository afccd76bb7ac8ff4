import Articles
import Consistency
import Foundation

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
        let root = ContentRoot(path: options.contentPath)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.resolvedURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BuildFailure(diagnostics: [Diagnostic(.unreadableFile, at: SourceLocation(file: options.contentPath, line: 1, column: 1), "content folder does not exist")])
        }
        let (articles, readingDiagnostics) = await ArticleReader(root: root).readAll()
        let checker = ConsistencyChecker(contentRoot: root, articlePaths: Set(articles.map(\.path)))
        let checks = await parallelMap(count: articles.count) { checker.check(articles[$0]) }
        let report = CheckReport(articles: checks, readingDiagnostics: readingDiagnostics)
        guard !report.fails(warningsAsErrors: false) else { throw BuildFailure(diagnostics: report.diagnostics) }
        return (articles, report)
    }

    /// Builds the whole site. On failure nothing at the output path changes.
    public func build(progress: (@Sendable (Int, Int) -> Void)? = nil) async throws(BuildFailure) -> BuildSummary {
        let templates = try TemplateSet.load(from: options.templatesPath)
        let (articles, checks) = try await readArticles()
        let root = ContentRoot(path: options.contentPath)
        let model = SiteModel(articles: articles)
        let renderer = PageRenderer(
            templates: templates,
            model: model,
            links: LinkResolver(root: root, articlePaths: model.articlePaths),
            checks: checks,
            search: options.search
        )
        try await publish(model: model, renderer: renderer, progress: progress)
        var tableCounts: [String: Int] = [:]
        for table in articles.flatMap(\.tables) { tableCounts[table.kindPluralName, default: 0] += 1 }
        return BuildSummary(
            pageCount: model.pages.count + 2,
            tableCounts: tableCounts,
            scenarioCount: articles.reduce(0) { $0 + $1.scenarios.count },
            checkCount: checks.items.count,
            warnings: checks.diagnostics.filter { $0.severity == .warning },
            searchIndexed: options.search
        )
    }

    /// Renders every page into a staging folder beside the output, copies the assets, indexes
    /// for search and swaps the staging folder in. On any failure the output is untouched and
    /// the staging folder removed.
    func publish(model: SiteModel, renderer: PageRenderer, progress: (@Sendable (Int, Int) -> Void)?) async throws(BuildFailure) {
        let staging: StagingDirectory
        do {
            staging = try StagingDirectory(output: options.outputPath)
        } catch {
            throw outputFailure(error)
        }
        do {
            let total = model.pages.count
            let counter = ProgressCounter()
            let failures = await parallelMap(count: total) { index -> String? in
                let html = renderer.renderArticle(at: index)
                defer { progress?(counter.increment(), total) }
                do {
                    try staging.write(html, to: model.pages[index].url)
                    return nil
                } catch {
                    return "\(model.pages[index].url): \(error.localizedDescription)"
                }
            }
            if let failure = failures.compactMap({ $0 }).first {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure])
            }
            try staging.write(renderer.renderIndex(), to: "index.html")
            try staging.write(renderer.renderConsistencyReport(), to: ConsistencyPage.url)
            try staging.write(Sitemap.xml(for: model, baseURL: options.baseURL), to: "sitemap.xml")
            try staging.copyContents(of: options.publicPath ?? DefaultResources.publicPath)
            try staging.copyContents(of: options.contentPath) { path in
                path.hasSuffix(".md") || path.split(separator: "/").contains { $0.hasPrefix("_") }
            }
        } catch {
            staging.discard()
            throw outputFailure(error)
        }
        if options.search {
            do {
                try SearchIndexer(command: options.pagefindCommand).index(site: staging.url)
            } catch {
                staging.discard()
                throw error
            }
        }
        do {
            try staging.commit()
        } catch {
            staging.discard()
            throw outputFailure(error)
        }
    }

    func outputFailure(_ error: any Error) -> BuildFailure {
        BuildFailure(diagnostics: [Diagnostic(.output, at: SourceLocation(file: options.outputPath, line: 1, column: 1), "cannot write the site: \(error.localizedDescription)")])
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
