import Articles
import Consistency
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

@Suite("Report formats")
struct ReportFormatTests {
    /// A small report with one passing cell, one failing cell and one reading problem.
    static let report: CheckReport = {
        let mismatch = Diagnostic(
            .matrixCellMismatch, at: SourceLocation(file: "content/b2b.md", line: 22, column: 52),
            "'Require MFA' for B2B direct connect users: the table says supported, the engine says supported when mfa claims are trusted",
            notes: ["no inbound trust: blocked (directConnectMfaWithoutTrust)"]
        )
        let passing = CheckedItem(
            kind: .matrixCell, name: "Block access × B2B collaboration users",
            location: SourceLocation(file: "content/b2b.md", line: 20, column: 30), tableIndex: 0, failures: [])
        let failing = CheckedItem(
            kind: .matrixCell, name: "Require MFA × B2B direct connect users", location: mismatch.location,
            tableIndex: 0, failures: [mismatch])
        let reading = Diagnostic(
            .frontMatter, at: SourceLocation(file: "content/a.md", line: 2, column: 8),
            "invalid YAML: found <, \"a & b\"")
        return CheckReport(
            articles: [ArticleCheck(articlePath: "b2b.md", items: [passing, failing], diagnostics: [])],
            readingDiagnostics: [reading],
            engineVersion: "9.9.9"
        )
    }()

    @Test("each format renders as its golden file", arguments: ReportFormat.allCases)
    func golden(format: ReportFormat) throws {
        let rendered = format.render(Self.report)
        let extensionName = [
            "text": "txt", "github": "github.txt", "junit": "xml", "sarif": "sarif.json", "json": "json",
        ][format.rawValue]!
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden/report.\(extensionName)")
        if ProcessInfo.processInfo.environment["CROSSWALK_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(rendered == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test("JUnit and SARIF are well-formed documents")
    func wellFormed() throws {
        let junit = ReportFormat.junit.render(Self.report)
        let document = try XMLDocument(xmlString: junit)
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count == 3)
        let failures = try document.nodes(forXPath: "//testcase[failure]")
        #expect(failures.count == 2)
        let sarif =
            try JSONSerialization.jsonObject(with: Data(ReportFormat.sarif.render(Self.report).utf8)) as? [String: Any]
        #expect(sarif?["version"] as? String == "2.1.0")
        let results = ((sarif?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(results.count == 2)
    }

    @Test("GitHub annotations stop at ten per severity and the summary lists everything")
    func githubCap() {
        let many = (1...14).map { line in
            Diagnostic(.scenarioMismatch, at: SourceLocation(file: "c.md", line: line, column: 1), "mismatch \(line)")
        }
        let report = CheckReport(
            articles: [ArticleCheck(articlePath: "c.md", items: [], diagnostics: many)], readingDiagnostics: [])
        let output = ReportFormat.github.render(report)
        #expect(output.components(separatedBy: "\n").filter { $0.hasPrefix("::error ") }.count == 10)
        #expect(output.contains("::notice::4 more errors are listed in the summary below"))
        #expect(output.contains("c.md:14:1: error: [crosswalk.scenario.mismatch] mismatch 14"))
    }
}
