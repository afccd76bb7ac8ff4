import Foundation
import Articles

/// GitHub Actions annotations. GitHub shows at most 10 error and 10 warning annotations per step,
/// so only the first ten of each become annotations; every diagnostic is then listed in a plain
/// summary so nothing is lost.
public struct GitHubReport: Sendable {
    public static let annotationLimit = 10

    public init() {}

    public func render(_ report: CheckReport) -> String {
        var output = ""
        var counts: [Diagnostic.Severity: Int] = [:]
        for diagnostic in report.diagnostics {
            counts[diagnostic.severity, default: 0] += 1
            guard counts[diagnostic.severity]! <= Self.annotationLimit else { continue }
            let command =
                switch diagnostic.severity {
                case .error: "error"
                case .warning: "warning"
                case .note: "notice"
                }
            let properties =
                "file=\(escapeProperty(diagnostic.location.file)),line=\(diagnostic.location.line),col=\(diagnostic.location.column),title=\(escapeProperty(diagnostic.id.rawValue))"
            let message = ([diagnostic.message] + diagnostic.notes).joined(separator: "\n")
            output += "::\(command) \(properties)::\(escapeData(message))\n"
        }
        for (severity, count) in counts.sorted(by: { $0.key > $1.key }) where count > Self.annotationLimit {
            output +=
                "::notice::\(count - Self.annotationLimit) more \(severity.rawValue)s are listed in the summary below\n"
        }
        output += "\n"
        for diagnostic in report.diagnostics { output += diagnostic.description + "\n" }
        return output + report.summary + "\n"
    }

    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
