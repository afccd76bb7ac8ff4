/// One lexical unit of PowerShell text: just enough of the language to find resource blocks and
/// read the values DSC configurations assign in them.
struct PowerShellToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A bare word: a resource or class name, a property name, a number, a command or
        /// parameter.
        case word(String)
        /// A quoted string or here-string, escapes resolved.
        case string(PowerShellString)
        /// `$name`, with any `.member` path, without the `$` (`ConfigurationData.NonNodeData.X`).
        case variable(String)
        case openBrace, closeBrace
        case openParen, closeParen
        case openBracket, closeBracket
        /// `@(`
        case arrayStart
        /// `@{`
        case hashtableStart
        /// `$(`
        case subexpressionStart
        case equals, semicolon, comma
        /// One or more line breaks; PowerShell ends statements and separates array items at them.
        case newline
    }

    var kind: Kind
    var position: TextPosition
    /// The token's bytes in the source, so an expression can be kept as it was written.
    var bytes: Range<Int>

    /// How the token reads in a message.
    var summary: String {
        switch kind {
        case .word(let word): "'\(word.prefix(40))'"
        case .string: "a string"
        case .variable(let name): "'$\(name.prefix(40))'"
        case .openBrace: "'{'"
        case .closeBrace: "'}'"
        case .openParen: "'('"
        case .closeParen: "')'"
        case .openBracket: "'['"
        case .closeBracket: "']'"
        case .arrayStart: "'@('"
        case .hashtableStart: "'@{'"
        case .subexpressionStart: "'$('"
        case .equals: "'='"
        case .semicolon: "';'"
        case .comma: "','"
        case .newline: "the end of the line"
        }
    }

    var isNewline: Bool { kind == .newline }

    /// Brackets that open a group the parser must find the end of.
    var opensGroup: Bool {
        switch kind {
        case .openBrace, .openParen, .openBracket, .arrayStart, .hashtableStart, .subexpressionStart: true
        default: false
        }
    }

    var closesGroup: Bool {
        switch kind {
        case .closeBrace, .closeParen, .closeBracket: true
        default: false
        }
    }
}
