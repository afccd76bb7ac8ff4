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
            output += diagnostic.formatted(color: color) + "\n"
        }
        return output + report.summary + "\n"
    }
}
