import Foundation

/// Finds a command that runs Pagefind, the search indexer, wherever the user installed it.
///
/// Looked for in this order, the first found wins:
/// 1. `CROSSWALK_PAGEFIND`, a command line (`npx pagefind`, `/opt/pagefind/pagefind`), taken as
///    given: the user chose it, so a wrong one is reported when it fails to run;
/// 2. `pagefind`, then `pagefind_extended`, on `PATH` (the npm package, a downloaded binary);
/// 3. `python3 -m pagefind`, when `python3` on `PATH` has the `pagefind` package with its binary;
/// 4. the site folder's `.venv` (what this repository's `scripts/setup` installs).
/// Nothing is looked up beside the `crosswalk` binary, so a copied binary behaves the same.
public struct SearchIndexerLookup: Sendable {
    /// The variable that names the command outright.
    public static let environmentVariable = "CROSSWALK_PAGEFIND"

    /// How to get an indexer, for the message shown when none was found.
    public static let installAdvice =
        "install Pagefind (`pip install 'pagefind[extended]'`, `npm install -g pagefind`, or a release binary on PATH), or name its command in \(environmentVariable)"

    public var environment: [String: String]
    /// The folder whose `.venv` is tried last (the site's folder: where `crosswalk` runs).
    public var workingDirectory: URL

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) {
        self.environment = environment
        self.workingDirectory = workingDirectory
    }

    /// The command to run (arguments follow it), or `nil` when no indexer is installed.
    public func find() -> [String]? {
        if let named = environment[Self.environmentVariable] {
            let command = named.split(whereSeparator: \.isWhitespace).map(String.init)
            if !command.isEmpty { return command }
        }
        for name in ["pagefind", "pagefind_extended"] {
            if let path = executable(named: name) { return [path] }
        }
        if let python = executable(named: "python3"), hasPagefind(python) {
            return [python, "-m", "pagefind"]
        }
        let venv = workingDirectory.appendingPathComponent(".venv/bin/python").path
        if FileManager.default.isExecutableFile(atPath: venv), hasPagefind(venv) {
            return [venv, "-m", "pagefind"]
        }
        return nil
    }

    /// The first executable file called `name` in the folders of `PATH`.
    func executable(named name: String) -> String? {
        let folders = (environment["PATH"] ?? "").split(separator: ":", omittingEmptySubsequences: false)
        for folder in folders {
            let directory = folder.isEmpty ? workingDirectory.path : String(folder)
            let path = URL(fileURLWithPath: directory, relativeTo: workingDirectory).appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: path)
            {
                return path
            }
        }
        return nil
    }

    /// Whether `python` can run `-m pagefind`: the package imports and finds its binary (asked
    /// through the package's own lookup, so a package installed without one is not taken).
    func hasPagefind(_ python: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            "-c", "import sys; from pagefind.service import get_executable; sys.exit(get_executable() is None)",
        ]
        process.environment = environment
        process.currentDirectoryURL = workingDirectory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
