import Articles
import Testing

/// The one line format every text output shares.
@Suite struct DiagnosticFormattingTests {
    let diagnostic = Diagnostic(
        "crosswalk.table.unknown-label", .warning, at: SourceLocation(file: "guides/mfa.md", line: 12, column: 3),
        "unknown method 'Texto'", notes: ["did you mean 'Text message'?", "labels are read case-insensitively"])

    @Test func plainTextIsTheCompilerFormWithIndentedNotes() {
        #expect(
            diagnostic.formatted(color: false) == """
                guides/mfa.md:12:3: warning: [crosswalk.table.unknown-label] unknown method 'Texto'
                    note: did you mean 'Text message'?
                    note: labels are read case-insensitively
                """)
    }

    @Test func colourWrapsOnlyTheLocationAndTheSeverity() {
        let line = diagnostic.formatted(color: true).split(separator: "\n")[0]
        #expect(
            line
                == "\u{1B}[1mguides/mfa.md:12:3:\u{1B}[0m \u{1B}[1;33mwarning:\u{1B}[0m [crosswalk.table.unknown-label] unknown method 'Texto'"
        )
        let error = Diagnostic("crosswalk.x", at: diagnostic.location, "m")
        #expect(error.formatted(color: true).contains("\u{1B}[1;31merror:"))
    }
}
