import Articles
import Parallelism

/// The one path from a content folder to a checked report: read the Markdown, check every
/// article against the engine, gather the diagnostics. `crosswalk check`, full builds, the
/// preview server and the tests all go through here, so they cannot check differently.
public enum ContentCheck {
    /// What a content folder reads and checks to.
    public struct Result: Sendable {
        /// The articles that could be read, in path order.
        public var articles: [Article]
        public var report: CheckReport
    }

    /// Reads every article under `root` and checks each against the engine. The engine's
    /// answers for the support matrices are computed while the Markdown is read.
    public static func run(root: ContentRoot) async -> Result {
        async let answersPrepared: Void = ConsistencyChecker.prepareEngineAnswers()
        let (articles, diagnostics) = await ArticleReader(root: root).readAll()
        await answersPrepared
        let checks = await check(articles, root: root, knownPaths: Set(articles.map(\.path)))
        return Result(articles: articles, report: CheckReport(articles: checks, readingDiagnostics: diagnostics))
    }

    /// Reads and checks the one article at `path` (relative to `root`), with every article of
    /// the folder known for its links.
    public static func run(root: ContentRoot, article path: String) async -> Result {
        let single = ArticleReader(root: root).read(path)
        let articles = single.article.map { [$0] } ?? []
        let knownPaths = Set((try? root.articlePaths()) ?? [])
        let checks = await check(articles, root: root, knownPaths: knownPaths)
        return Result(articles: articles, report: CheckReport(articles: checks, readingDiagnostics: single.diagnostics))
    }

    /// Checks articles already read (the preview server rechecks only what changed), on every
    /// core. `knownPaths` are the articles links may point at.
    public static func check(_ articles: [Article], root: ContentRoot, knownPaths: Set<String>) async -> [ArticleCheck]
    {
        let checker = ConsistencyChecker(contentRoot: root, articlePaths: knownPaths)
        return await parallelMap(count: articles.count) { checker.check(articles[$0]) }
    }
}
