import Articles

/// The whole report as JSON: every checked item with its outcome, and every diagnostic.
public struct JSONReport: Sendable {
    public init() {}

    private struct Document: Encodable {
        var engineVersion: String
        var passed: Bool
        var checks: Int
        var failed: Int
        var items: [Item]
        var diagnostics: [Entry]
    }

    private struct Item: Encodable {
        var kind: String
        var name: String
        var file: String
        var line: Int
        var column: Int
        var passed: Bool
    }

    private struct Entry: Encodable {
        var id: String
        var severity: String
        var file: String
        var line: Int
        var column: Int
        var message: String
        var notes: [String]
    }

    public func render(_ report: CheckReport) -> String {
        let items = report.items.map {
            Item(
                kind: $0.kind.rawValue, name: $0.name, file: $0.location.file, line: $0.location.line,
                column: $0.location.column, passed: $0.passed)
        }
        let entries = report.diagnostics.map {
            Entry(
                id: $0.id.rawValue, severity: $0.severity.rawValue, file: $0.location.file, line: $0.location.line,
                column: $0.location.column, message: $0.message, notes: $0.notes)
        }
        return StableJSON.encode(
            Document(
                engineVersion: report.engineVersion,
                passed: !report.fails(warningsAsErrors: false),
                checks: items.count,
                failed: items.filter { !$0.passed }.count,
                items: items,
                diagnostics: entries
            ))
    }
}
