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
