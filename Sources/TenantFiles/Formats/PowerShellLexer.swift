/// Splits PowerShell text into tokens without running any of it.
///
/// It knows the parts of the language that DSC configurations are written in: comments,
/// quoted strings and here-strings (with backtick escapes and `$variable` references),
/// variables with member paths, barewords and the punctuation of hashtables, arrays and CIM
/// instances. Every step moves forward through the bytes; the one place it looks back, a string
/// left open at the end of the file, is bounded by ``maximumRecoveries``.
struct PowerShellLexer {
    /// How many strings left open at the end of the file are re-read as ending with their line,
    /// so one stray quote does not hide the rest of the configuration. Each re-read costs one
    /// pass over the rest of the text, hence the bound.
    static let maximumRecoveries = 8

    // The reading state, shared with the string readers in PowerShellLexer+Strings.swift.
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var column = 1
    var tokens: [PowerShellToken] = []
    var problems: [DSCSyntaxProblem] = []
    var recoveriesLeft = maximumRecoveries
    /// The offset of each `(` that is closed, mapped to its `)`, computed on first use: it makes
    /// finding the end of a `$( ... )` inside a string a lookup rather than a scan.
    var matchingParentheses: [Int: Int]?
    /// The last search for the `}` that ends `${name}`: a later search starting inside the same
    /// stretch stops at the same place, so repeated searches stay linear.
    var braceSearch: (from: Int, stop: Int)?

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The tokens of `text` and the problems found on the way (strings and comments never
    /// closed); `source` is the text's bytes, which token ranges index.
    static func tokenize(
        _ text: String
    ) -> (tokens: [PowerShellToken], problems: [DSCSyntaxProblem], source: [UInt8]) {
        var lexer = PowerShellLexer(text)
        lexer.run()
        return (lexer.tokens, lexer.problems, lexer.bytes)
    }

    // MARK: - Moving through the text

    struct Cursor {
        var index: Int
        var line: Int
        var column: Int
    }

    var cursor: Cursor { Cursor(index: index, line: line, column: column) }
    var position: TextPosition { TextPosition(line: line, column: column) }

    mutating func restore(_ saved: Cursor) {
        index = saved.index
        line = saved.line
        column = saved.column
    }

    /// Steps over one byte; columns count characters, so UTF-8 continuation bytes add none.
    mutating func advance(_ count: Int = 1) {
        guard count > 0 else { return }
        for _ in 0..<count where index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == PowerShellByte.newline {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
    }

    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    mutating func emit(_ kind: PowerShellToken.Kind, from start: Cursor) {
        tokens.append(
            PowerShellToken(
                kind: kind, position: TextPosition(line: start.line, column: start.column),
                bytes: start.index..<index))
    }

    mutating func report(_ message: String, at start: Cursor) {
        problems.append(
            DSCSyntaxProblem(message: message, position: TextPosition(line: start.line, column: start.column)))
    }

    // MARK: - The main loop

    private mutating func run() {
        while index < bytes.count {
            let start = cursor
            let current = bytes[index]
            switch current {
            case PowerShellByte.newline:
                advance()
                if let last = tokens.last, !last.isNewline { emit(.newline, from: start) }
            case PowerShellByte.space, PowerShellByte.tab, PowerShellByte.carriageReturn, 0x0B, 0x0C:
                advance()
            case PowerShellByte.hash:
                skipLineComment()
            case PowerShellByte.lessThan where byte(at: index + 1) == PowerShellByte.hash:
                skipBlockComment()
            case PowerShellByte.backtick where isLineContinuation():
                advance(byte(at: index + 1) == PowerShellByte.carriageReturn ? 3 : 2)
            case PowerShellByte.dollar:
                readVariable()
            case PowerShellByte.at:
                readAtSign()
            case PowerShellByte.openBrace: punctuation(.openBrace)
            case PowerShellByte.closeBrace: punctuation(.closeBrace)
            case PowerShellByte.openParen: punctuation(.openParen)
            case PowerShellByte.closeParen: punctuation(.closeParen)
            case PowerShellByte.openBracket: punctuation(.openBracket)
            case PowerShellByte.closeBracket: punctuation(.closeBracket)
            case PowerShellByte.equals: punctuation(.equals)
            case PowerShellByte.semicolon: punctuation(.semicolon)
            case PowerShellByte.comma: punctuation(.comma)
            case 0xC2 where byte(at: index + 1) == 0xA0:  // no-break space
                advance(2)
            case 0xEF where byte(at: index + 1) == 0xBB && byte(at: index + 2) == 0xBF:  // byte order mark
                advance(3)
            default:
                if let quote = quote(at: index) {
                    if quote.kind == .single {
                        readLiteralString(openingLength: quote.length)
                    } else {
                        readExpandableString(openingLength: quote.length)
                    }
                } else {
                    readWord()
                }
            }
        }
    }

    private mutating func punctuation(_ kind: PowerShellToken.Kind) {
        let start = cursor
        advance()
        emit(kind, from: start)
    }

    private func isLineContinuation() -> Bool {
        let next = byte(at: index + 1)
        return next == PowerShellByte.newline
            || (next == PowerShellByte.carriageReturn && byte(at: index + 2) == PowerShellByte.newline)
    }

    // MARK: - Comments

    private mutating func skipLineComment() {
        while index < bytes.count, bytes[index] != PowerShellByte.newline { advance() }
    }

    private mutating func skipBlockComment() {
        let start = cursor
        advance(2)
        while index < bytes.count {
            if bytes[index] == PowerShellByte.hash, byte(at: index + 1) == PowerShellByte.greaterThan {
                advance(2)
                return
            }
            advance()
        }
        report("a block comment opened with '<#' is never closed with '#>'", at: start)
    }

    // MARK: - Words and variables

    private func endsWord(_ offset: Int) -> Bool {
        switch bytes[offset] {
        case PowerShellByte.space, PowerShellByte.tab, PowerShellByte.carriageReturn, PowerShellByte.newline, 0x0B,
            0x0C,
            PowerShellByte.openBrace, PowerShellByte.closeBrace, PowerShellByte.openParen, PowerShellByte.closeParen,
            PowerShellByte.openBracket, PowerShellByte.closeBracket, PowerShellByte.equals, PowerShellByte.semicolon,
            PowerShellByte.comma:
            return true
        default:
            return quote(at: offset) != nil
        }
    }

    /// A bareword; a backtick escapes the character after it, as in PowerShell.
    mutating func readWord() {
        let start = cursor
        var text: [UInt8] = []
        repeat {
            if bytes[index] == PowerShellByte.backtick, let next = byte(at: index + 1), next != PowerShellByte.newline {
                text.append(next)
                advance(2)
            } else {
                text.append(bytes[index])
                advance()
            }
        } while index < bytes.count && !endsWord(index)
        emit(.word(String(decoding: text, as: UTF8.self)), from: start)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= PowerShellByte.lowerA && byte <= PowerShellByte.lowerZ)
            || (byte >= PowerShellByte.upperA && byte <= PowerShellByte.upperZ)
            || (byte >= PowerShellByte.zero && byte <= PowerShellByte.nine) || byte == PowerShellByte.underscore
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        isNameByte(byte) && !(byte >= PowerShellByte.zero && byte <= PowerShellByte.nine)
    }

    /// The end of a variable name starting at `offset`: letters, digits and `_`, with one
    /// `scope:` prefix (`env:`, `script:`), or one of the automatic `$?`, `$^`, `$$`.
    func nameEnd(from offset: Int) -> Int {
        guard let first = byte(at: offset) else { return offset }
        if first == 0x3F || first == 0x5E || first == PowerShellByte.dollar { return offset + 1 }
        var end = offset
        while let next = byte(at: end), Self.isNameByte(next) { end += 1 }
        if end > offset, byte(at: end) == PowerShellByte.colon, let after = byte(at: end + 1), Self.isNameStart(after) {
            end += 1
            while let next = byte(at: end), Self.isNameByte(next) { end += 1 }
        }
        return end
    }

    /// The `}` ending `${name}`, if it comes before the end of the line.
    mutating func closingBrace(from offset: Int) -> Int? {
        var stop: Int
        if let search = braceSearch, offset >= search.from, offset <= search.stop {
            stop = search.stop
        } else {
            stop = offset
            while stop < bytes.count, bytes[stop] != PowerShellByte.closeBrace, bytes[stop] != PowerShellByte.newline {
                stop += 1
            }
            braceSearch = (offset, stop)
        }
        return stop < bytes.count && bytes[stop] == PowerShellByte.closeBrace ? stop : nil
    }

    /// `$name`, `$name.Member.Path`, `${name}` or the start of a `$( ... )` subexpression.
    private mutating func readVariable() {
        let start = cursor
        if byte(at: index + 1) == PowerShellByte.openParen {
            advance(2)
            emit(.subexpressionStart, from: start)
            return
        }
        if byte(at: index + 1) == PowerShellByte.openBrace, let close = closingBrace(from: index + 2) {
            let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            advance(close + 1 - index)
            emit(.variable(name), from: start)
            return
        }
        var end = nameEnd(from: index + 1)
        guard end > index + 1 else {
            readWord()
            return
        }
        while byte(at: end) == PowerShellByte.dot, let next = byte(at: end + 1), Self.isNameStart(next) {
            end += 1
            while let following = byte(at: end), Self.isNameByte(following) { end += 1 }
        }
        let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        advance(end - index)
        emit(.variable(name), from: start)
    }

    /// `@(`, `@{`, a here-string, or a word starting with `@` (splatting).
    private mutating func readAtSign() {
        let start = cursor
        switch byte(at: index + 1) {
        case PowerShellByte.openParen:
            advance(2)
            emit(.arrayStart, from: start)
        case PowerShellByte.openBrace:
            advance(2)
            emit(.hashtableStart, from: start)
        case PowerShellByte.singleQuote, PowerShellByte.doubleQuote:
            if let contentStart = hereStringContentStart() {
                readHereString(contentStart: contentStart)
            } else {
                readWord()
            }
        default:
            readWord()
        }
    }
}
