import AccessEngine
import Articles

/// Checks an article against the evaluation engine: every support-matrix cell, every
/// method-table cell, every step table and every scenario block.
///
/// A table the checker does not recognise was never typed by the `Articles` layer and is not
/// checked; a typed table that cannot be bound or read is an error.
public struct ConsistencyChecker: Sendable {
    private let tenants: TenantCatalog
    private let answers: EngineAnswers
    private let links: LinkCheck

    /// The engine version a report names, so a page says what verified it.
    public static var engineVersion: String { AccessEngine.version }

    /// - Parameter articlePaths: the root-relative paths of every article of the site, so links
    ///   between articles can be checked.
    public init(contentRoot: ContentRoot, articlePaths: Set<String>) {
        tenants = TenantCatalog(contentRoot: contentRoot)
        answers = EngineAnswers.shared
        links = LinkCheck(root: contentRoot, articlePaths: articlePaths)
    }

    /// Works out the engine's answers for every control and method now (a few dozen probe
    /// evaluations, done once per process), so a caller can overlap them with reading articles
    /// instead of paying for them on one core at the first check.
    public static func prepareEngineAnswers() {
        _ = EngineAnswers.shared
    }

    public func check(_ article: Article) -> ArticleCheck {
        var items: [CheckedItem] = []
        var diagnostics = links.run(article)
        let written = ArticleDate(article)
        for (index, table) in article.tables.enumerated() {
            switch table {
            case .matrix(let matrix):
                MatrixCheck(matrix: matrix, tableIndex: index, answers: answers, written: written).run(
                    into: &items, diagnostics: &diagnostics)
            case .methods(let methods):
                MethodTableCheck(table: methods, tableIndex: index, answers: answers, written: written).run(
                    into: &items, diagnostics: &diagnostics)
            case .steps(let steps):
                StepTableCheck(table: steps, tableIndex: index).run(into: &items, diagnostics: &diagnostics)
            }
        }
        for scenario in article.scenarios {
            items.append(ScenarioCheck(scenario: scenario, tenants: tenants).run())
        }
        for placement in article.walkthroughs where FlowID(rawValue: placement.flow) == nil {
            diagnostics.append(
                Diagnostic(
                    .unknownWalkthroughFlow, at: placement.location,
                    "walkthrough of unknown flow '\(placement.flow)'; known flows: \(FlowID.allCases.map(\.rawValue).joined(separator: ", "))"
                ))
        }
        return ArticleCheck(articlePath: article.path, items: items, diagnostics: diagnostics)
    }
}
