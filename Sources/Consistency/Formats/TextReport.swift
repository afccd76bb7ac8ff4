import Articles

/// Diagnostics one per line as compilers print them, then the summary.
public struct TextReport: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ report: CheckReport) -> String {
        var output = ""
        for diagnostic in report.diagnostics {
            output += line(for: diagnostic) + "\n"
            for note in diagnostic.notes { output += "    note: \(note)\n" }
        }
        return output + report.summary + "\n"
    }

    public func line(for diagnostic: Diagnostic) -> String {
        guard color else { return diagnostic.description }
        let code = switch diagnostic.severity {
        case .error: "31"
        case .warning: "33"
        case .note: "36"
        }
        return "\u{1B}[1m\(diagnostic.location):\u{1B}[0m \u{1B}[1;\(code)m\(diagnostic.severity.rawValue):\u{1B}[0m [\(diagnostic.id.rawValue)] \(diagnostic.message)"
    }
}
