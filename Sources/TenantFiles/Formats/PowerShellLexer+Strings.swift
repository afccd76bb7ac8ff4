/// Quoted strings and here-strings: PowerShell's single-quoted (literal) and double-quoted
/// (expandable) forms, with typographic quotes accepted as PowerShell accepts them.
extension PowerShellLexer {
    enum QuoteKind {
        case single, double
    }

    /// PowerShell accepts typographic quotes as well as ASCII ones; text pasted through an
    /// editor that "smartens" quotes still reads.
    func quote(at offset: Int) -> (kind: QuoteKind, length: Int)? {
        guard let first = byte(at: offset) else { return nil }
        switch first {
        case PowerShellByte.singleQuote: return (.single, 1)
        case PowerShellByte.doubleQuote: return (.double, 1)
        case 0xE2 where byte(at: offset + 1) == 0x80:
            switch byte(at: offset + 2) {
            case 0x98, 0x99, 0x9A, 0x9B: return (.single, 3)
            case 0x9C, 0x9D, 0x9E: return (.double, 3)
            default: return nil
            }
        default: return nil
        }
    }

    /// `'text'`: no escapes but a doubled quote.
    mutating func readLiteralString(openingLength: Int) {
        let start = cursor
        advance(openingLength)
        let bodyStart = cursor
        var text: [UInt8] = []
        while index < bytes.count {
            if let closing = quote(at: index), closing.kind == .single {
                if let doubled = quote(at: index + closing.length), doubled.kind == .single {
                    text.append(contentsOf: bytes[index..<(index + closing.length)])
                    advance(closing.length + doubled.length)
                    continue
                }
                advance(closing.length)
                emit(.string(PowerShellString(literal: String(decoding: text, as: UTF8.self))), from: start)
                return
            }
            text.append(bytes[index])
            advance()
        }
        recoverFromOpenString(
            start: start, bodyStart: bodyStart,
            readSoFar: PowerShellString(literal: String(decoding: text, as: UTF8.self)))
    }

    /// `"text"`: backtick escapes, a doubled quote, and `$` references.
    mutating func readExpandableString(openingLength: Int) {
        let start = cursor
        advance(openingLength)
        let bodyStart = cursor
        let (segments, closed) = readExpandableBody(until: bytes.count, closesAtQuote: true)
        if closed {
            emit(.string(PowerShellString(segments: segments)), from: start)
        } else {
            recoverFromOpenString(start: start, bodyStart: bodyStart, readSoFar: PowerShellString(segments: segments))
        }
    }

    /// A string still open at the end of the file is reported; while recoveries last it is
    /// re-read as ending with its first line, so the blocks after it can still be read.
    private mutating func recoverFromOpenString(start: Cursor, bodyStart: Cursor, readSoFar: PowerShellString) {
        report("a string is never closed", at: start)
        guard recoveriesLeft > 0 else {
            emit(.string(readSoFar), from: start)
            return
        }
        recoveriesLeft -= 1
        restore(bodyStart)
        var text: [UInt8] = []
        while index < bytes.count, bytes[index] != PowerShellByte.newline {
            text.append(bytes[index])
            advance()
        }
        if text.last == PowerShellByte.carriageReturn { text.removeLast() }
        emit(.string(PowerShellString(literal: String(decoding: text, as: UTF8.self))), from: start)
    }

    /// Reads the inside of an expandable string up to `end`, stopping after the closing quote
    /// when `closesAtQuote` (here-strings end at a known offset instead).
    private mutating func readExpandableBody(
        until end: Int, closesAtQuote: Bool
    ) -> (segments: [PowerShellString.Segment], closed: Bool) {
        var segments: [PowerShellString.Segment] = []
        var literal: [UInt8] = []
        func flush() {
            if !literal.isEmpty {
                segments.append(.literal(String(decoding: literal, as: UTF8.self)))
                literal.removeAll()
            }
        }
        while index < end {
            let current = bytes[index]
            if closesAtQuote, let closing = quote(at: index), closing.kind == .double {
                if let doubled = quote(at: index + closing.length), doubled.kind == .double {
                    literal.append(contentsOf: bytes[index..<(index + closing.length)])
                    advance(closing.length + doubled.length)
                    continue
                }
                advance(closing.length)
                flush()
                return (segments, true)
            }
            if current == PowerShellByte.backtick, index + 1 < end {
                advance()
                appendEscape(to: &literal, end: end)
                continue
            }
            if current == PowerShellByte.dollar, let reference = readReference(until: end) {
                flush()
                segments.append(reference)
                continue
            }
            literal.append(current)
            advance()
        }
        flush()
        return (segments, false)
    }

    /// The character after a backtick: PowerShell's escapes, or the character itself.
    private mutating func appendEscape(to literal: inout [UInt8], end: Int) {
        let escaped = bytes[index]
        let replacement: UInt8? =
            switch escaped {
            case PowerShellByte.zero: 0x00
            case 0x61: 0x07  // a
            case 0x62: 0x08  // b
            case 0x65: 0x1B  // e
            case 0x66: 0x0C  // f
            case 0x6E: PowerShellByte.newline  // n
            case 0x72: PowerShellByte.carriageReturn  // r
            case 0x74: PowerShellByte.tab  // t
            case 0x76: 0x0B  // v
            default: nil
            }
        if let replacement {
            literal.append(replacement)
            advance()
            return
        }
        // Copy the whole escaped character, however many bytes it takes.
        literal.append(escaped)
        advance()
        while index < end, bytes[index] & 0xC0 == 0x80 {
            literal.append(bytes[index])
            advance()
        }
    }

    /// A `$name`, `${name}` or `$( ... )` inside an expandable string, or `nil` when the `$`
    /// is just a dollar sign. Member paths are not part of a reference in a string.
    private mutating func readReference(until end: Int) -> PowerShellString.Segment? {
        let start = index
        switch byte(at: index + 1) {
        case PowerShellByte.openParen:
            let close = matchingParenthesis(of: index + 1)
            guard close >= 0, close < end else { return nil }
            advance(close + 1 - index)
            return .reference(variable: nil, written: String(decoding: bytes[start..<index], as: UTF8.self))
        case PowerShellByte.openBrace:
            guard let close = closingBrace(from: index + 2), close < end else { return nil }
            let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            advance(close + 1 - index)
            return .reference(variable: name, written: String(decoding: bytes[start..<index], as: UTF8.self))
        default:
            let nameEnd = min(nameEnd(from: index + 1), end)
            guard nameEnd > index + 1 else { return nil }
            let name = String(decoding: bytes[(index + 1)..<nameEnd], as: UTF8.self)
            advance(nameEnd - index)
            return .reference(variable: name, written: "$" + name)
        }
    }

    private mutating func matchingParenthesis(of offset: Int) -> Int {
        if matchingParentheses == nil {
            var matches: [Int: Int] = [:]
            var open: [Int] = []
            for (position, byte) in bytes.enumerated() {
                if byte == PowerShellByte.openParen {
                    open.append(position)
                } else if byte == PowerShellByte.closeParen, let opening = open.popLast() {
                    matches[opening] = position
                }
            }
            matchingParentheses = matches
        }
        return matchingParentheses?[offset] ?? -1
    }

    // MARK: Here-strings

    /// Where the text of a here-string begins: `@"` or `@'` must end its line.
    func hereStringContentStart() -> Int? {
        var offset = index + 2
        while let next = byte(at: offset), next == PowerShellByte.space || next == PowerShellByte.tab { offset += 1 }
        if byte(at: offset) == PowerShellByte.carriageReturn { offset += 1 }
        return byte(at: offset) == PowerShellByte.newline ? offset + 1 : nil
    }

    /// `@" ... "@` or `@' ... '@`, ending at a line that starts with the closing pair.
    mutating func readHereString(contentStart: Int) {
        let start = cursor
        let quoteByte = bytes[index + 1]
        var terminator: Int?
        var lineStart = contentStart
        while lineStart < bytes.count {
            if bytes[lineStart] == quoteByte, byte(at: lineStart + 1) == PowerShellByte.at {
                terminator = lineStart
                break
            }
            while lineStart < bytes.count, bytes[lineStart] != PowerShellByte.newline { lineStart += 1 }
            lineStart += 1
        }
        var contentEnd = terminator.map { $0 == contentStart ? $0 : $0 - 1 } ?? bytes.count
        if contentEnd > contentStart, bytes[contentEnd - 1] == PowerShellByte.carriageReturn { contentEnd -= 1 }
        advance(contentStart - index)
        let text: PowerShellString
        if quoteByte == PowerShellByte.doubleQuote {
            text = PowerShellString(segments: readExpandableBody(until: contentEnd, closesAtQuote: false).segments)
        } else {
            text = PowerShellString(literal: String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self))
            advance(contentEnd - index)
        }
        if let terminator {
            advance(terminator + 2 - index)
        } else {
            advance(bytes.count - index)
            report("a here-string is never closed: its closing quote and '@' must start a line", at: start)
        }
        emit(.string(text), from: start)
    }
}
