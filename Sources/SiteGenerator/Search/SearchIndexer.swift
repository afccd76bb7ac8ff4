import Articles
import Foundation

/// Builds the Pagefind full-text index over the written pages.
struct SearchIndexer {
    let command: [String]

    func index(site: URL) throws(BuildFailure) {
        let process = Process()
        let executable = command[0]
        process.executableURL = URL(fileURLWithPath: executable.contains("/") ? executable : "/usr/bin/env")
        process.arguments =
            (executable.contains("/") ? [] : [executable]) + command.dropFirst() + ["--site", site.path, "--silent"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let location = SourceLocation(file: command.joined(separator: " "), line: 1, column: 1)
        do {
            try process.run()
        } catch {
            throw BuildFailure(diagnostics: [
                Diagnostic(
                    .search, at: location,
                    "cannot run the search indexer (\(error.localizedDescription)); check \(SearchIndexerLookup.environmentVariable) and PATH, or build with --no-search"
                )
            ])
        }
        InterruptedBuild.started(process)
        defer { InterruptedBuild.finished(process) }
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw BuildFailure(diagnostics: [
                Diagnostic(
                    .search, at: location, "search indexing failed (status \(process.terminationStatus)): \(message)")
            ])
        }
    }
}
