import Articles
import Foundation

/// Highlights fenced code at build time with Pygments, so pages need no script to colour code
/// and show it coloured in light and dark (`highlight.css`).
///
/// One Python process highlights every distinct block of the site at once: starting Python once
/// per block would cost more than the rest of a build. A language Pygments does not know is
/// left plain; Learn's own names (`azurecli`, `azurepowershell`) are mapped to the shells they
/// are.
struct CodeHighlighter {
    /// The interpreter, run through `env` when it is not a path.
    let command: [String]

    /// Highlighted HTML (token spans, escaped) for each block Pygments could highlight.
    func highlight(_ blocks: Set<CodeSample>) throws(BuildFailure) -> [CodeSample: String] {
        guard !blocks.isEmpty else { return [:] }
        let ordered = blocks.sorted { ($0.language, $0.code) < ($1.language, $1.code) }
        let input: Data
        do {
            input = try JSONSerialization.data(withJSONObject: ordered.map { [$0.language, $0.code] })
        } catch {
            throw failure("cannot encode the code blocks: \(error.localizedDescription)")
        }
        let process = Process()
        let executable = command[0]
        process.executableURL = URL(fileURLWithPath: executable.contains("/") ? executable : "/usr/bin/env")
        process.arguments = (executable.contains("/") ? [] : [executable]) + command.dropFirst() + ["-c", Self.script]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw failure(
                "cannot run \(command.joined(separator: " ")) (\(error.localizedDescription)); install Pygments (Debian python3-pygments, or pip install pygments), or build with --no-highlight"
            )
        }
        InterruptedBuild.started(process)
        defer { InterruptedBuild.finished(process) }
        // Written from another thread: a large site's code fills the pipe before Python answers.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let answers = try? JSONSerialization.jsonObject(with: output) as? [Any], answers.count == ordered.count
        else {
            let message = String(decoding: errors, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw failure(
                "code highlighting failed (status \(process.terminationStatus)): \(message); install Pygments (Debian python3-pygments, or pip install pygments), or build with --no-highlight"
            )
        }
        var result: [CodeSample: String] = [:]
        for (block, answer) in zip(ordered, answers) {
            if let html = answer as? String { result[block] = html }
        }
        return result
    }

    private func failure(_ message: String) -> BuildFailure {
        BuildFailure(diagnostics: [
            Diagnostic(
                .highlight, at: SourceLocation(file: command.joined(separator: " "), line: 1, column: 1), message)
        ])
    }

    /// Reads `[[language, code], ...]` as JSON on standard input and writes, for each, the
    /// highlighted HTML without a wrapper, or `null` for a language Pygments does not know.
    static let script = #"""
        import json, sys
        from pygments import highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound
        ALIASES = {"azurecli": "bash", "azurecli-interactive": "bash", "azurepowershell": "powershell",
                   "azurepowershell-interactive": "powershell", "cmd": "batch", "kusto": "kql", "output": "text"}
        formatter = HtmlFormatter(nowrap=True)
        lexers = {}
        def lexer(name):
            name = ALIASES.get(name.lower(), name.lower())
            if name not in lexers:
                try:
                    lexers[name] = get_lexer_by_name(name, stripnl=False, ensurenl=False)
                except ClassNotFound:
                    lexers[name] = None
            return lexers[name]
        out = []
        for language, code in json.load(sys.stdin):
            found = lexer(language)
            out.append(None if found is None or found.name == "Text only" else highlight(code, found, formatter))
        json.dump(out, sys.stdout)
        """#
}
