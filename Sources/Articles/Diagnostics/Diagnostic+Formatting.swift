extension Diagnostic {
    /// The diagnostic as compilers print it, `path:line:column: severity: [id] message`, then
    /// each note indented on its own line: the form editors jump from and CI annotates. Every
    /// text output (the terminal, `check --format text`, the preview's error overlay) goes
    /// through here, so they cannot drift apart.
    ///
    /// - Parameter color: bold location and a severity colour (ANSI), for terminals only.
    public func formatted(color: Bool) -> String {
        var text: String
        if color {
            let code =
                switch severity {
                case .error: "31"
                case .warning: "33"
                case .note: "36"
                }
            text =
                "\u{1B}[1m\(location):\u{1B}[0m \u{1B}[1;\(code)m\(severity.rawValue):\u{1B}[0m "
                + "[\(id.rawValue)] \(message)"
        } else {
            text = description
        }
        for note in notes { text += "\n    note: \(note)" }
        return text
    }
}
