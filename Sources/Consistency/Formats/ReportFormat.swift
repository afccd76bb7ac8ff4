import Articles

/// The formats `crosswalk check` writes, for people and for CI systems.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `path:line:column: error: [id] message`, colour only on a terminal.
    case text
    /// GitHub Actions workflow commands (`::error file=...`), capped as GitHub caps them.
    case github
    /// JUnit XML: one test case per checked cell, row, step table and scenario.
    case junit
    /// SARIF 2.1.0 for code-scanning tools.
    case sarif
    /// The report as JSON, with sorted keys.
    case json

    public func render(_ report: CheckReport, color: Bool = false) -> String {
        switch self {
        case .text: TextReport(color: color).render(report)
        case .github: GitHubReport().render(report)
        case .junit: JUnitReport().render(report)
        case .sarif: SARIFReport().render(report)
        case .json: JSONReport().render(report)
        }
    }
}
