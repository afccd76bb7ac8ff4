import Articles

/// The outcome of checking a set of articles: what was checked, and every problem found while
/// reading and checking them.
public struct CheckReport: Sendable {
    public let articles: [ArticleCheck]
    /// Problems found while reading (broken front matter, includes, unreadable tables).
    public var readingDiagnostics: [Diagnostic]
    public var engineVersion: String
    private let indexByPath: [String: Int]

    public init(
        articles: [ArticleCheck], readingDiagnostics: [Diagnostic],
        engineVersion: String = ConsistencyChecker.engineVersion
    ) {
        self.articles = articles.sorted { $0.articlePath < $1.articlePath }
        self.indexByPath = Dictionary(
            self.articles.enumerated().map { ($1.articlePath, $0) }, uniquingKeysWith: { first, _ in first })
        self.readingDiagnostics = readingDiagnostics.sorted()
        self.engineVersion = engineVersion
    }

    public var items: [CheckedItem] { articles.flatMap(\.items) }

    /// How many items were checked, without gathering them into one array.
    public var itemCount: Int { articles.reduce(0) { $0 + $1.items.count } }

    /// The checks of the article at `path` (root-relative), found without a scan.
    public func article(at path: String) -> ArticleCheck? {
        indexByPath[path].map { articles[$0] }
    }

    /// Every diagnostic, sorted by place.
    public var diagnostics: [Diagnostic] {
        (readingDiagnostics + articles.flatMap(\.allDiagnostics)).sorted()
    }

    /// Whether the report fails a build: any error, or any warning when warnings count as errors.
    public func fails(warningsAsErrors: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || (warningsAsErrors && $0.severity == .warning) }
    }

    /// `N checks, N failed` for summaries.
    public var summary: String {
        let failed = items.filter { !$0.passed }.count
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return
            "\(items.count) checks, \(failed) failed; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") (engine \(engineVersion))"
    }
}
