import Articles

/// Prints diagnostics as `path:line:column: severity: [id] message`, the form editors and CI
/// understand, with colour only on a terminal.
struct DiagnosticPrinter {
    var color = Terminal.usesColor

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            Terminal.printError(diagnostic.formatted(color: color))
        }
    }
}

extension DiagnosticPrinter {
    /// The diagnostics as plain lines, for places that are not a terminal (a page overlay).
    static func plainText(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { $0.formatted(color: false) }.joined(separator: "\n")
    }
}
