import Articles

/// Prints diagnostics as `path:line:column: severity: [id] message`, the form editors and CI
/// understand, with colour only on a terminal.
struct DiagnosticPrinter {
    var color = Terminal.usesColor

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            Terminal.printError(line(for: diagnostic))
            for note in diagnostic.notes { Terminal.printError("    note: \(note)") }
        }
    }

    func line(for diagnostic: Diagnostic) -> String {
        guard color else { return diagnostic.description }
        let code: String
        switch diagnostic.severity {
        case .error: code = "31"
        case .warning: code = "33"
        case .note: code = "36"
        }
        return "\u{1B}[1m\(diagnostic.location):\u{1B}[0m \u{1B}[1;\(code)m\(diagnostic.severity.rawValue):\u{1B}[0m [\(diagnostic.id.rawValue)] \(diagnostic.message)"
    }
}

extension DiagnosticPrinter {
    /// The diagnostics as plain lines, for places that are not a terminal (a page overlay).
    static func plainText(_ diagnostics: [Diagnostic]) -> String {
        let printer = DiagnosticPrinter(color: false)
        return diagnostics.map { diagnostic in
            ([printer.line(for: diagnostic)] + diagnostic.notes.map { "    note: \($0)" }).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
