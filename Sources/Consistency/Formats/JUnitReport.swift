import Articles
import Foundation

/// JUnit XML, one `testsuite` per article and one `testcase` per checked item, with `file` and
/// `line` so CI can link each failure to its cell. Reading problems are a suite of their own.
public struct JUnitReport: Sendable {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        let failures = report.items.filter { !$0.passed }.count + (report.readingDiagnostics.isEmpty ? 0 : 1)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml +=
            "<testsuites name=\"crosswalk check\" tests=\"\(report.items.count + (report.readingDiagnostics.isEmpty ? 0 : 1))\" failures=\"\(failures)\">\n"
        if !report.readingDiagnostics.isEmpty {
            xml += "  <testsuite name=\"reading\" tests=\"1\" failures=\"1\">\n"
            let first = report.readingDiagnostics[0].location
            xml +=
                "    <testcase classname=\"reading\" name=\"articles can be read\" file=\"\(first.file.xmlEscaped)\" line=\"\(first.line)\">\n"
            xml += failureElement(report.readingDiagnostics)
            xml += "    </testcase>\n  </testsuite>\n"
        }
        for article in report.articles {
            let failed = article.items.filter { !$0.passed }.count
            xml +=
                "  <testsuite name=\"\(article.articlePath.xmlEscaped)\" tests=\"\(article.items.count)\" failures=\"\(failed)\">\n"
            for item in article.items {
                xml +=
                    "    <testcase classname=\"\(article.articlePath.xmlEscaped).\(item.kind.rawValue)\" name=\"\(item.name.xmlEscaped)\" file=\"\(item.location.file.xmlEscaped)\" line=\"\(item.location.line)\""
                let errors = item.failures.filter { $0.severity == .error }
                if errors.isEmpty {
                    xml += "/>\n"
                } else {
                    xml += ">\n" + failureElement(errors) + "    </testcase>\n"
                }
            }
            if !article.diagnostics.isEmpty {
                xml +=
                    "    <system-err>\(article.diagnostics.map(\.description).joined(separator: "\n").xmlEscaped)</system-err>\n"
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    private func failureElement(_ diagnostics: [Diagnostic]) -> String {
        let message = diagnostics.map(\.message).joined(separator: "; ")
        let body = diagnostics.map { ([$0.description] + $0.notes.map { "  \($0)" }).joined(separator: "\n") }.joined(
            separator: "\n")
        return
            "      <failure type=\"\(diagnostics[0].id.rawValue.xmlEscaped)\" message=\"\(message.xmlEscaped)\">\(body.xmlEscaped)</failure>\n"
    }
}

extension String {
    /// Escaped for XML text and attributes; characters XML 1.0 cannot carry are dropped.
    var xmlEscaped: String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
