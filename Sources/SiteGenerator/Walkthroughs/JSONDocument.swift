/// A JSON value with ordered object members, for documents Crosswalk writes itself (synthesised
/// tenants and sign-ins). Member order is kept so that exported files read like the tenant files
/// an admin writes, and so two builds produce the same bytes.
public indirect enum JSONDocument: Sendable, Hashable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case array([JSONDocument])
    case object([(String, JSONDocument)])

    public static func == (lhs: JSONDocument, rhs: JSONDocument) -> Bool {
        lhs.text() == rhs.text()
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text())
    }

    /// Indented JSON text ending in a newline, as written to export files.
    public func text() -> String {
        var output = ""
        write(into: &output, indent: "")
        return output + "\n"
    }

    private func write(into output: inout String, indent: String) {
        switch self {
        case .string(let value): output += Self.quoted(value)
        case .number(let value): output += String(value)
        case .bool(let value): output += value ? "true" : "false"
        case .array(let items):
            if items.isEmpty {
                output += "[]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += indent + "  "
                item.write(into: &output, indent: indent + "  ")
                output += index + 1 < items.count ? ",\n" : "\n"
            }
            output += indent + "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += indent + "  " + Self.quoted(member.0) + ": "
                member.1.write(into: &output, indent: indent + "  ")
                output += index + 1 < members.count ? ",\n" : "\n"
            }
            output += indent + "}"
        }
    }

    /// A JSON string literal; only what JSON requires is escaped.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
