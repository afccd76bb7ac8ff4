import Foundation

/// Facts about where output goes, so that colour and progress appear only for a person.
enum Terminal {
    /// True when standard error is a terminal and not in CI (`CI=true`), and `NO_COLOR` is unset.
    static var isInteractive: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let ci = environment["CI"], !ci.isEmpty, ci != "0", ci.lowercased() != "false" { return false }
        return isatty(STDERR_FILENO) == 1
    }

    static var usesColor: Bool {
        isInteractive && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
