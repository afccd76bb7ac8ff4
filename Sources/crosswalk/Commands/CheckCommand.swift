import ArgumentParser
import Articles
import Consistency
import SiteGenerator
import Foundation

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that the guidance agrees with the evaluation engine.",
        discussion: """
            Reads the articles and checks every support-matrix cell, method-table cell, step table \
            and scenario block against the engine. Exit status: 0 consistent, 1 something in the \
            content is wrong, 2 the check could not run.
            """
    )

    @Argument(help: "Content folders, or single articles (default: content).")
    var paths: [String] = []

    @Option(help: "Report format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Flag(help: "Fail on warnings as well as errors.")
    var warningsAsErrors = false

    func run() async throws {
        var articleChecks: [ArticleCheck] = []
        var reading: [Diagnostic] = []
        for path in paths.isEmpty ? ["content"] : paths {
            let (root, only) = try Self.target(of: path)
            let result =
                if let only { await ContentCheck.run(root: root, article: only) } else {
                    await ContentCheck.run(root: root)
                }
            articleChecks += result.report.articles
            reading += result.report.readingDiagnostics
        }
        let report = CheckReport(articles: articleChecks, readingDiagnostics: reading)
        let color = output == nil && format == .text && Terminal.usesColor
        let text = format.render(report, color: color)
        if let output {
            do {
                try text.write(toFile: output, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError("cannot write '\(output)': \(error.localizedDescription)")
            }
            print(report.summary)
        } else {
            print(text, terminator: "")
        }
        if report.fails(warningsAsErrors: warningsAsErrors) { throw ExitCode(1) }
    }

    /// A folder is a content root; a Markdown file is checked alone, within its folder.
    static func target(of path: String) throws -> (ContentRoot, String?) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ValidationError("'\(path)' does not exist")
        }
        if isDirectory.boolValue {
            return (try SiteFolderOptions.configuration(contentPath: path).contentRoot(path: path), nil)
        }
        let url = URL(fileURLWithPath: path)
        let folder = (path as NSString).deletingLastPathComponent
        let root = folder.isEmpty ? "." : folder
        return (try SiteFolderOptions.configuration(contentPath: root).contentRoot(path: root), url.lastPathComponent)
    }
}

extension ReportFormat: ExpressibleByArgument {}
