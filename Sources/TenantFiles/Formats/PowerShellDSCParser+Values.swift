/// Reading the inside of a block: `Name = value` properties, and values as DSC writes them —
/// strings, numbers, `$True`/`$False`/`$null`, variables, `@( )` arrays, `@{ }` hashtables,
/// CIM instances (`MSFT_Class { ... }`), parentheses and casts — with anything else kept as
/// the expression it was written as.
extension PowerShellDSCParser {
    /// `Name = value` lines up to the `}` that closes them (consumed).
    mutating func readProperties(
        depth: Int, openedAt opening: TextPosition, describedAs what: String
    ) throws(Failure) -> [DSCProperty] {
        var properties: [DSCProperty] = []
        while true {
            skip { $0 == .newline || $0 == .semicolon }
            guard index < tokens.count else {
                throw Failure("\(what) is never closed with '}'", at: opening)
            }
            let token = tokens[index]
            if token.kind == .closeBrace {
                index += 1
                return properties
            }
            if header(at: index) != nil {
                throw Failure(
                    "\(what) is not closed before the block that starts at line \(token.position.line)",
                    at: opening, resumeAt: index)
            }
            let name: String
            switch token.kind {
            case .word(let word): name = word
            case .string(let string): name = string.text
            default: throw Failure("expected a property name or '}', found \(token.summary)", at: token.position)
            }
            index += 1
            guard index < tokens.count, tokens[index].kind == .equals else {
                let found = index < tokens.count ? tokens[index].summary : "the end of the file"
                throw Failure("expected '=' after '\(name)', found \(found)", at: position(of: index))
            }
            index += 1
            skipNewlines()
            let value = try readValue(depth: depth, stopsAtComma: false)
            properties.append(DSCProperty(name: name, position: token.position, value: value))
        }
    }

    /// One value, or several joined by commas into an array; anything more on the line makes
    /// the whole an expression, kept as written.
    mutating func readValue(depth: Int, stopsAtComma: Bool) throws(Failure) -> DSCValue {
        let start = index
        var value = try readPrimary(depth: depth, stopsAtComma: stopsAtComma)
        if !stopsAtComma, index < tokens.count, tokens[index].kind == .comma {
            var items = [value]
            while index < tokens.count, tokens[index].kind == .comma {
                index += 1
                skipNewlines()
                items.append(try readPrimary(depth: depth + 1, stopsAtComma: true))
            }
            value = DSCValue(.array(items), at: value.position)
        }
        if !endsValue(at: index, stopsAtComma: stopsAtComma) {
            index = start
            return captureExpression(stopsAtComma: stopsAtComma)
        }
        return value
    }

    private mutating func readPrimary(depth: Int, stopsAtComma: Bool) throws(Failure) -> DSCValue {
        guard depth <= Self.maximumDepth else {
            throw Failure("values are nested more than \(Self.maximumDepth) levels deep", at: position(of: index))
        }
        guard index < tokens.count else {
            throw Failure("expected a value, found the end of the file", at: position(of: index))
        }
        let token = tokens[index]
        switch token.kind {
        case .string(let string):
            index += 1
            return DSCValue(.string(scope.resolve(string)), at: token.position)
        case .variable(let name):
            index += 1
            return variable(name, at: token.position)
        case .word(let word):
            if let number = Self.number(word) {
                index += 1
                return DSCValue(.number(number), at: token.position)
            }
            var brace = index + 1
            if brace < tokens.count, tokens[brace].isNewline { brace += 1 }
            if brace < tokens.count, tokens[brace].kind == .openBrace {
                index = brace + 1
                let properties = try readProperties(
                    depth: depth + 1, openedAt: tokens[brace].position, describedAs: "the instance of \(word)")
                return DSCValue(.instance(className: word, properties: properties), at: token.position)
            }
            index += 1
            return DSCValue(.expression(word), at: token.position)
        case .arrayStart:
            index += 1
            return try readArray(depth: depth + 1, openedAt: token.position)
        case .hashtableStart:
            index += 1
            let members = try readProperties(depth: depth + 1, openedAt: token.position, describedAs: "a hashtable")
            return DSCValue(.hashtable(members), at: token.position)
        case .openParen:
            index += 1
            skipNewlines()
            let inner = try readValue(depth: depth + 1, stopsAtComma: false)
            skipNewlines()
            guard index < tokens.count, tokens[index].kind == .closeParen else {
                throw Failure(
                    "expected ')' to close the '(' at line \(token.position.line), column \(token.position.column)",
                    at: position(of: index))
            }
            index += 1
            return inner
        case .subexpressionStart, .openBrace:
            return captureExpression(stopsAtComma: stopsAtComma)
        case .openBracket:
            return try readCast(depth: depth, stopsAtComma: stopsAtComma)
        default:
            throw Failure("expected a value, found \(token.summary)", at: token.position)
        }
    }

    /// `@( ... )`: items separated by commas, semicolons or line breaks.
    private mutating func readArray(depth: Int, openedAt opening: TextPosition) throws(Failure) -> DSCValue {
        var items: [DSCValue] = []
        while true {
            skip { $0 == .newline || $0 == .semicolon || $0 == .comma }
            guard index < tokens.count else {
                throw Failure("an array opened with '@(' is never closed with ')'", at: opening)
            }
            let token = tokens[index]
            switch token.kind {
            case .closeParen:
                index += 1
                return DSCValue(.array(items), at: opening)
            case .closeBrace, .closeBracket:
                throw Failure(
                    "expected ')' to close the array at line \(opening.line), column \(opening.column), found \(token.summary)",
                    at: token.position)
            default:
                if header(at: index) != nil {
                    throw Failure(
                        "an array opened with '@(' is not closed before the block that starts at line \(token.position.line)",
                        at: opening, resumeAt: index)
                }
                items.append(try readValue(depth: depth, stopsAtComma: true))
            }
        }
    }

    /// `[type]value`: the cast is stepped over and the value after it read.
    private mutating func readCast(depth: Int, stopsAtComma: Bool) throws(Failure) -> DSCValue {
        let start = index
        var brackets = 0
        repeat {
            guard index < tokens.count, !tokens[index].isNewline else {
                throw Failure("a type name opened with '[' is never closed with ']'", at: tokens[start].position)
            }
            if tokens[index].kind == .openBracket { brackets += 1 }
            if tokens[index].kind == .closeBracket { brackets -= 1 }
            index += 1
        } while brackets > 0
        if endsValue(at: index, stopsAtComma: stopsAtComma) {
            return DSCValue(.expression(text(from: start, to: index)), at: tokens[start].position)
        }
        return try readPrimary(depth: depth + 1, stopsAtComma: stopsAtComma)
    }

    /// Everything up to the end of the value, brackets balanced, kept as written. A group left
    /// open stops before the next resource block rather than swallowing it.
    private mutating func captureExpression(stopsAtComma: Bool) -> DSCValue {
        let start = index
        var depth = 0
        scan: while index < tokens.count {
            let token = tokens[index]
            if depth == 0 {
                switch token.kind {
                case .newline, .semicolon, .closeBrace, .closeParen, .closeBracket: break scan
                case .comma where stopsAtComma: break scan
                default: break
                }
            }
            if token.opensGroup {
                depth += 1
            } else if token.closesGroup {
                depth -= 1
            } else if token.isNewline, header(at: index + 1) != nil {
                break scan
            }
            index += 1
        }
        return DSCValue(.expression(text(from: start, to: index)), at: position(of: start))
    }

    private func variable(_ name: String, at position: TextPosition) -> DSCValue {
        switch name.lowercased() {
        case "true": return DSCValue(.bool(true), at: position)
        case "false": return DSCValue(.bool(false), at: position)
        case "null": return DSCValue(.null, at: position)
        default:
            return DSCValue(scope.value(of: name) ?? .variable(name), at: position)
        }
    }
}
