import Articles
import Consistency
import Foundation

/// The fixture content roots of this target, read and checked.
enum CheckFixture {
    static func root(_ name: String) -> ContentRoot {
        ContentRoot(path: Bundle.module.resourceURL!.appendingPathComponent("Fixtures/\(name)").path)
    }

    static func report(_ name: String) async -> CheckReport {
        let root = root(name)
        let (articles, diagnostics) = await ArticleReader(root: root).readAll()
        let checker = ConsistencyChecker(contentRoot: root, articlePaths: Set(articles.map(\.path)))
        return CheckReport(articles: articles.map(checker.check), readingDiagnostics: diagnostics)
    }
}

extension Diagnostic {
    /// `line:column id`, the form the tests compare.
    var place: String { "\(location.line):\(location.column) \(id.rawValue)" }
}
