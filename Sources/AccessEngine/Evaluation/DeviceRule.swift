/// A parsed device filter rule (`device.trustType -eq "ServerAD" -and (...)`), evaluated against
/// the sign-in's `deviceInfo`. Values compare without case, as Entra does.
indirect enum DeviceRule: Sendable, Hashable {
    case comparison(property: String, op: Operator, values: [String])
    case and(DeviceRule, DeviceRule)
    case or(DeviceRule, DeviceRule)

    enum Operator: String, Sendable, Hashable, CaseIterable {
        case eq = "-eq"
        case ne = "-ne"
        case startsWith = "-startswith"
        case notStartsWith = "-notstartswith"
        case endsWith = "-endswith"
        case notEndsWith = "-notendswith"
        case contains = "-contains"
        case notContains = "-notcontains"
        case `in` = "-in"
        case notIn = "-notin"
    }

    /// Properties are looked up lowercased; an absent property reads as the empty string.
    func matches(_ properties: [String: String]) -> Bool {
        switch self {
        case .and(let lhs, let rhs): return lhs.matches(properties) && rhs.matches(properties)
        case .or(let lhs, let rhs): return lhs.matches(properties) || rhs.matches(properties)
        case .comparison(let property, let op, let values):
            let actual = (properties[property] ?? "").lowercased()
            let first = values.first ?? ""
            switch op {
            case .eq: return actual == first
            case .ne: return actual != first
            case .startsWith: return actual.hasPrefix(first)
            case .notStartsWith: return !actual.hasPrefix(first)
            case .endsWith: return actual.hasSuffix(first)
            case .notEndsWith: return !actual.hasSuffix(first)
            case .contains: return actual.contains(first)
            case .notContains: return !actual.contains(first)
            case .in: return values.contains(actual)
            case .notIn: return !values.contains(actual)
            }
        }
    }
}

extension DeviceRule {
    /// Parses rule text; `-and` binds tighter than `-or`, parentheses group.
    init(parsing text: String) throws(DocumentError) {
        var parser = DeviceRuleParser(tokens: try DeviceRuleParser.tokenize(text), text: text)
        self = try parser.parseOr()
        guard parser.position == parser.tokens.count else {
            throw parser.failure("unexpected '\(parser.tokens[parser.position])'")
        }
    }
}

private struct DeviceRuleParser {
    let tokens: [String]
    let text: String
    var position = 0

    init(tokens: [String], text: String) {
        self.tokens = tokens
        self.text = text
    }

    func failure(_ detail: String) -> DocumentError {
        .malformed("device filter rule \"\(text)\": \(detail)", at: nil)
    }

    static func tokenize(_ text: String) throws(DocumentError) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if quoted {
                current.append(character)
                if character == "\"" {
                    tokens.append(current)
                    current = ""
                    quoted = false
                }
            } else if character == "\"" {
                if !current.isEmpty { tokens.append(current) }
                current = "\""
                quoted = true
            } else if "()[],".contains(character) || character.isWhitespace {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                if !character.isWhitespace { tokens.append(String(character)) }
            } else {
                current.append(character)
            }
        }
        if quoted {
            throw .malformed("device filter rule \"\(text)\": unterminated string", at: nil)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    mutating func next() -> String? {
        guard position < tokens.count else { return nil }
        defer { position += 1 }
        return tokens[position]
    }

    func peek() -> String? { position < tokens.count ? tokens[position].lowercased() : nil }

    mutating func parseOr() throws(DocumentError) -> DeviceRule {
        var rule = try parseAnd()
        while peek() == "-or" {
            position += 1
            rule = .or(rule, try parseAnd())
        }
        return rule
    }

    mutating func parseAnd() throws(DocumentError) -> DeviceRule {
        var rule = try parsePrimary()
        while peek() == "-and" {
            position += 1
            rule = .and(rule, try parsePrimary())
        }
        return rule
    }

    mutating func parsePrimary() throws(DocumentError) -> DeviceRule {
        guard let token = next() else { throw failure("unexpected end") }
        if token == "(" {
            let inner = try parseOr()
            guard next() == ")" else { throw failure("missing ')'") }
            return inner
        }
        let lowered = token.lowercased()
        guard lowered.hasPrefix("device.") else {
            throw failure("expected device.<property>, found '\(token)'")
        }
        let property = String(lowered.dropFirst("device.".count))
        guard let opText = next(), let op = DeviceRule.Operator(rawValue: opText.lowercased())
        else {
            throw failure("expected an operator such as -eq after device.\(property)")
        }
        var values: [String] = []
        if peek() == "[" {
            position += 1
            while let token = next(), token != "]" {
                if token != "," { values.append(Self.unquote(token)) }
            }
        } else {
            guard let value = next() else { throw failure("missing value") }
            values.append(Self.unquote(value))
        }
        return .comparison(property: property, op: op, values: values)
    }

    static func unquote(_ token: String) -> String {
        var value = Substring(token)
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
            value = value.dropFirst().dropLast()
        }
        return value.lowercased()
    }
}
