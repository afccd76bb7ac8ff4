import ArgumentParser
import Articles
import Foundation
import SiteGenerator

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static site from Markdown guidance.",
        discussion: """
            Reads every article in the content folder, stops on any error (printing all of them as \
            path:line:column), renders the pages with the templates, copies the assets and indexes \
            the pages for search. The output folder is replaced only when the whole build succeeded. \
            Settings come from crosswalk.yml in the content folder when it has one; options given \
            here override it.
            """
    )

    @OptionGroup var folders: SiteFolderOptions

    @Flag(
        inversion: .prefixedNo, exclusivity: .exclusive,
        help: ArgumentHelp(
            "Build the search index, failing when no indexer is found (--search), or do not (--no-search).",
            discussion:
                "By default the index is built when Pagefind is found (CROSSWALK_PAGEFIND, PATH, python3, .venv), and the site goes without search, with a warning, when it is not."
        ))
    var search: Bool?

    @Option(help: "The site's public address, used for absolute URLs in sitemap.xml.")
    var baseURL: String?

    @Option(
        name: .customLong("export-walkthrough-cases"),
        help: ArgumentHelp(
            "Also write the tenant and sign-in of every walkthrough combination to this folder, for checking pages against `crosswalk whatif`.",
            valueName: "folder"))
    var walkthroughCases: String?

    @Flag(
        inversion: .prefixedNo,
        help: ArgumentHelp(
            "Colour fenced code at build time with Pygments, failing when it cannot run (--highlight), or do not (--no-highlight).",
            discussion:
                "By default code is coloured when Pygments can run (python3 with pygments), and published plain, with a warning, when it cannot; crosswalk.yml's highlight sets the default."
        ))
    var highlight: Bool?

    @Flag(
        help: "Treat warnings (a missing include or image, a header that is not valid YAML, a broken link) as errors.")
    var warningsAsErrors = false

    @Flag(help: "Print how long each phase of the build took.")
    var timings = false

    func run() async throws {
        let configuration = try folders.configuration()
        let searchMode = SearchMode(flag: search, configured: configuration.search)
        var options = try folders.siteOptions(
            configuration, search: searchMode != .off, searchRequired: searchMode == .required)
        options.baseURL = baseURL ?? configuration.baseURL
        options.walkthroughCasesPath = walkthroughCases
        options.processExitsAfterBuild = true
        options.warningsAsErrors = warningsAsErrors
        switch highlight ?? configuration.highlight {
        case false?: options.highlightCommand = nil
        case true?: options.highlightRequired = true
        case nil: break
        }
        let output = options.outputPath
        let interruption = InterruptHandler { InterruptedBuild.cleanUp(output: output) }
        defer { interruption.remove() }
        let interactive = Terminal.isInteractive
        let clock = ContinuousClock()
        let start = clock.now
        let startProcessorTime = BuildTimings.processorTime()
        let summary: BuildSummary
        do {
            summary = try await SiteBuilder(options: options).build(progress: interactive ? Self.showProgress : nil)
        } catch {
            if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            DiagnosticPrinter().print(error.diagnostics)
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            Terminal.printError(
                "error: build failed with \(errors) error\(errors == 1 ? "" : "s"); \(output) was left unchanged")
            throw ExitCode(1)
        }
        if interactive { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        DiagnosticPrinter().print(summary.warnings)
        let elapsed = clock.now - start
        print(Self.summaryLine(summary, elapsed: elapsed, output: output))
        if timings {
            print(
                Self.timingLines(
                    summary.timings, elapsed: elapsed, processorTime: BuildTimings.processorTime() - startProcessorTime)
            )
            print("  allocator: \(Allocator.description)")
        }
    }

    /// One line per phase with its wall time and processor time (all threads), then what the
    /// phases do not account for (starting up, releasing what is left, exit) and the total.
    static func timingLines(_ timings: BuildTimings, elapsed: Duration, processorTime: Duration) -> String {
        let phaseProcessorTime = timings.phases.reduce(Duration.zero) { $0 + $1.processorTime }
        let rows =
            timings.phases.map { ($0.name, $0.duration, $0.processorTime) }
            + [
                ("other", elapsed - timings.total, processorTime - phaseProcessorTime),
                ("total", elapsed, processorTime),
            ]
        let alongside = timings.alongside.map { ("  beside: " + $0.name, $0.duration) }
        let width = (rows.map(\.0.count) + alongside.map(\.0.count)).max() ?? 0
        let header = "  " + "phase".padding(toLength: width, withPad: " ", startingAt: 0) + "       wall        cpu"
        return
            ([header]
            + rows.map { name, wall, processor in
                "  " + name.padding(toLength: width, withPad: " ", startingAt: 0)
                    + String(format: " %7.1f ms %7.1f ms", wall.milliseconds, processor.milliseconds)
            }
            + alongside.map { name, wall in
                "  " + name.padding(toLength: width, withPad: " ", startingAt: 0)
                    + String(format: " %7.1f ms", wall.milliseconds)
            }).joined(separator: "\n")
    }

    static func summaryLine(_ summary: BuildSummary, elapsed: Duration, output: String) -> String {
        let tables = summary.tableCounts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        let tableText = tables.isEmpty ? "no typed tables" : tables.joined(separator: ", ")
        let warnings =
            summary.warnings.isEmpty
            ? "" : ", \(summary.warnings.count) warning\(summary.warnings.count == 1 ? "" : "s")"
        return
            "Built \(summary.pageCount) pages (\(tableText), \(summary.scenarioCount) scenarios, \(summary.checkCount) checks passed\(walkthroughText(summary))\(warnings)) in \(String(format: "%.2f", elapsed.milliseconds / 1000)) s → \(output)/"
    }

    /// `, 2 walkthroughs (largest 9.1 KB of 64 KB)`, or nothing for a site without any.
    static func walkthroughText(_ summary: BuildSummary) -> String {
        let count = summary.walkthroughCount
        guard count > 0 else { return "" }
        let noun = ", \(count) walkthrough\(count == 1 ? "" : "s")"
        let largest = String(format: "%.1f", Double(summary.largestWalkthroughBytes) / 1024)
        return "\(noun) (largest \(largest) KB of \(CompiledWalkthrough.byteBudget / 1024) KB)"
    }

    @Sendable static func showProgress(done: Int, total: Int) {
        guard done == total || done % 25 == 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[KRendering pages \(done)/\(total)".utf8))
    }
}
