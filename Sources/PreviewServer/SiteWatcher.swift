import Articles
import Foundation
import SiteGenerator

/// Polls the site's folders and publishes each change.
///
/// Polling with file stamps works the same on every system and costs one `stat` per file per
/// pass (about a millisecond for a thousand articles), so a short interval keeps the time from
/// saving to reloading low without a platform-specific file watcher.
public struct SiteWatcher: Sendable {
    let site: IncrementalSite
    let broadcaster: ReloadBroadcaster
    let interval: Duration
    let output: String
    /// Prints diagnostics for the person running the server (the command's printer, with
    /// colour on a terminal).
    let printDiagnostics: @Sendable ([Diagnostic]) -> Void

    public init(
        site: IncrementalSite, broadcaster: ReloadBroadcaster, interval: Duration, output: String,
        printDiagnostics: @escaping @Sendable ([Diagnostic]) -> Void
    ) {
        self.site = site
        self.broadcaster = broadcaster
        self.interval = interval
        self.output = output
        self.printDiagnostics = printDiagnostics
    }

    /// One pass: rebuilds what changed, tells open pages, and reports in the terminal.
    @discardableResult
    public func pass() async -> SiteUpdate {
        let clock = ContinuousClock()
        let start = clock.now
        let update = await site.update()
        let elapsed = clock.now - start
        switch update {
        case .unchanged:
            break
        case .published(let changes):
            printDiagnostics(changes.warnings)
            let milliseconds = Int(elapsed.milliseconds.rounded())
            if changes.isFullBuild {
                ServeOutput.line("Built \(changes.pagesRendered) pages into \(output)/ in \(milliseconds) ms")
            } else {
                ServeOutput.line(
                    "Rebuilt in \(milliseconds) ms: \(changes.articlesRead) read, \(changes.articlesChecked) checked, \(changes.pagesRendered) pages rendered, \(changes.changedFiles.count) files written"
                )
            }
            broadcaster.send(.reload(files: changes.changedFiles))
        case .failed(let diagnostics):
            printDiagnostics(diagnostics)
            let errors = diagnostics.filter { $0.severity == .error }.count
            FileHandle.standardError.write(
                Data(
                    "error: rebuild failed with \(errors) error\(errors == 1 ? "" : "s"); still serving the last good build\n"
                        .utf8))
            broadcaster.send(
                .failed(diagnostics: diagnostics.map { $0.formatted(color: false) }.joined(separator: "\n")))
        }
        return update
    }

    /// Passes until the task is cancelled.
    public func run() async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            await pass()
        }
    }
}

/// Lines for the person running the server, written at once even when standard output is a pipe.
public enum ServeOutput {
    public static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
