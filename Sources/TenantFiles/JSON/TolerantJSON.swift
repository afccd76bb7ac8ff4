import AccessEngine

/// Parses JSON as export tools and hand edits leave it, with the position of every value.
///
/// Accepted beyond strict JSON, because each occurs in real tenant exports: trailing commas
/// (left by text-filter edits), `//` and `/* */` comments, and duplicate keys, where the last
/// value wins as in JavaScript and PowerShell and each duplicate is reported as a warning naming
/// both positions. Everything else that is not JSON is an error at its line and column.
public struct TolerantJSON {
    /// Deepest nesting accepted; deeper input is an error rather than a stack overflow.
    public static let maximumDepth = 256

    public static let duplicateKey = "crosswalk.tenant.duplicate-key"

    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private(set) var diagnostics: [ImportDiagnostic] = []

    private init(_ text: String, file: String) {
        bytes = Array(text.utf8)
        self.file = file
    }

    /// Parses `text`; the warnings are the duplicate keys found.
    public static func parse(
        _ text: String, file: String
    ) throws(DocumentError) -> (value: DocumentValue, warnings: [ImportDiagnostic]) {
        var parser = TolerantJSON(text, file: file)
        try parser.skipBlanks()
        let value = try parser.value()
        try parser.skipBlanks()
        if parser.index < parser.bytes.count {
            throw parser.error("unexpected text after the JSON document")
        }
        return (value, parser.diagnostics)
    }

    /// Whether `text` looks like JSON rather than YAML: its first meaningful character opens an
    /// object or an array.
    public static func looksLikeJSON(_ text: String) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }

    private var position: DocumentPosition {
        DocumentPosition(file: file, line: line, column: index - lineStart + 1)
    }

    private func error(_ message: String) -> DocumentError {
        .malformed("invalid JSON: \(message)", at: position)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance() {
        if bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    private mutating func skipBlanks() throws(DocumentError) {
        while let byte = current {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                advance()
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                while let next = current, next != 0x0A { advance() }
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                let start = position
                advance()
                advance()
                while true {
                    guard let next = current else {
                        throw .malformed("invalid JSON: unterminated comment", at: start)
                    }
                    if next == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                        advance()
                        advance()
                        break
                    }
                    advance()
                }
            default:
                return
            }
        }
    }

    private mutating func value() throws(DocumentError) -> DocumentValue {
        let start = position
        guard let byte = current else { throw error("unexpected end of the document") }
        switch byte {
        case UInt8(ascii: "{"): return try object(start)
        case UInt8(ascii: "["): return try array(start)
        case UInt8(ascii: "\""): return DocumentValue(.string(try string()), location: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return DocumentValue(.number(try number()), location: start)
        default:
            for (word, kind) in [("true", DocumentValue.Kind.bool(true)), ("false", .bool(false)), ("null", .null)]
            where bytes[index...].starts(with: word.utf8) {
                for _ in 0..<word.utf8.count { advance() }
                return DocumentValue(kind, location: start)
            }
            throw error("unexpected character '\(Unicode.Scalar(byte))'")
        }
    }

    private mutating func enter() throws(DocumentError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nested deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func object(_ start: DocumentPosition) throws(DocumentError) -> DocumentValue {
        try enter()
        advance()
        var members: [DocumentMember] = []
        var keyPositions: [String: (index: Int, position: DocumentPosition)] = [:]
        try skipBlanks()
        while current != UInt8(ascii: "}") {
            guard current == UInt8(ascii: "\"") else { throw error("expected a quoted key or '}'") }
            let keyPosition = position
            let key = try string()
            try skipBlanks()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
            advance()
            try skipBlanks()
            let member = DocumentMember(key: key, value: try value())
            if let earlier = keyPositions[key] {
                diagnostics.append(
                    ImportDiagnostic(
                        Self.duplicateKey, .warning, at: keyPosition, in: file,
                        "key \"\(key)\" appears twice in one object (first at line \(earlier.position.line), column \(earlier.position.column)); the last value is used"
                    ))
                members[earlier.index] = member
                keyPositions[key] = (earlier.index, keyPosition)
            } else {
                keyPositions[key] = (members.count, keyPosition)
                members.append(member)
            }
            try skipBlanks()
            if current == UInt8(ascii: ",") {
                advance()
                try skipBlanks()
            } else if current != UInt8(ascii: "}") {
                throw error(current == nil ? "unexpected end of the document inside an object" : "expected ',' or '}'")
            }
        }
        advance()
        depth -= 1
        return DocumentValue(.object(members), location: start)
    }

    private mutating func array(_ start: DocumentPosition) throws(DocumentError) -> DocumentValue {
        try enter()
        advance()
        var items: [DocumentValue] = []
        try skipBlanks()
        while current != UInt8(ascii: "]") {
            guard current != nil else { throw error("unexpected end of the document inside an array") }
            items.append(try value())
            try skipBlanks()
            if current == UInt8(ascii: ",") {
                advance()
                try skipBlanks()
            } else if current != UInt8(ascii: "]") {
                throw error(current == nil ? "unexpected end of the document inside an array" : "expected ',' or ']'")
            }
        }
        advance()
        depth -= 1
        return DocumentValue(.array(items), location: start)
    }

    private mutating func string() throws(DocumentError) -> String {
        let start = position
        advance()
        var utf8: [UInt8] = []
        while true {
            guard let byte = current else { throw .malformed("invalid JSON: unterminated string", at: start) }
            if byte == UInt8(ascii: "\"") {
                advance()
                break
            }
            if byte == 0x0A { throw .malformed("invalid JSON: unterminated string", at: start) }
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                advance()
                continue
            }
            advance()
            guard let escape = current else { throw .malformed("invalid JSON: unterminated string", at: start) }
            let simple: UInt8? =
                switch escape {
                case UInt8(ascii: "\""): UInt8(ascii: "\"")
                case UInt8(ascii: "\\"): UInt8(ascii: "\\")
                case UInt8(ascii: "/"): UInt8(ascii: "/")
                case UInt8(ascii: "b"): 0x08
                case UInt8(ascii: "f"): 0x0C
                case UInt8(ascii: "n"): 0x0A
                case UInt8(ascii: "r"): 0x0D
                case UInt8(ascii: "t"): 0x09
                default: nil
                }
            if let simple {
                utf8.append(simple)
                advance()
                continue
            }
            guard escape == UInt8(ascii: "u") else { throw error("unknown escape '\\\(Unicode.Scalar(escape))'") }
            advance()
            let unit = try hexUnit()
            var scalar = Unicode.Scalar(unit)
            if (0xD800...0xDBFF).contains(unit), current == UInt8(ascii: "\\"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "u")
            {
                advance()
                advance()
                let low = try hexUnit()
                if (0xDC00...0xDFFF).contains(low) {
                    scalar = Unicode.Scalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00))
                } else {
                    utf8.append(contentsOf: "\u{FFFD}".utf8)
                    scalar = Unicode.Scalar(low)
                }
            }
            // Unpaired surrogates cannot be text; they become the replacement character.
            utf8.append(contentsOf: String(Character(scalar ?? "\u{FFFD}")).utf8)
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private mutating func hexUnit() throws(DocumentError) -> UInt16 {
        guard index + 4 <= bytes.count,
            let value = UInt16(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
        else { throw error("a \\u escape needs four hexadecimal digits") }
        for _ in 0..<4 { advance() }
        return value
    }

    private mutating func number() throws(DocumentError) -> Double {
        let first = index
        while let byte = current,
            byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        {
            advance()
        }
        let text = String(decoding: bytes[first..<index], as: UTF8.self)
        guard let number = Double(text) else {
            index = first
            throw error("'\(text)' is not a number")
        }
        return number
    }
}
