import AccessEngine
import Foundation
import Yams

extension DocumentValue {
    /// Parses YAML (and therefore JSON) text with positions, reporting syntax errors at the line
    /// and column the parser stopped at.
    public static func parse(yaml text: String, file: String) throws(DocumentError) -> DocumentValue {
        let node: Node?
        do {
            // The encoding is named: Yams' default reads the whole environment on every call.
            node = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch let error as YamlError {
            throw DocumentError.malformed(error.problem, at: error.location(in: file))
        } catch {
            throw DocumentError.malformed("\(error)", at: DocumentPosition(file: file, line: 1, column: 1))
        }
        guard let node else { return DocumentValue(.null, location: DocumentPosition(file: file, line: 1, column: 1)) }
        return DocumentValue(node: node, file: file)
    }

    /// Converts a parsed YAML node; `lineOffset` shifts lines when the YAML sits inside another
    /// file (a scenario block in an article).
    public init(node: Node, file: String, lineOffset: Int = 0) {
        let location = node.mark.map { DocumentPosition(file: file, line: $0.line + lineOffset, column: $0.column) }
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            self.init(plain ? Self.plainScalar(scalar.string) : .string(scalar.string), location: location)
        case .sequence(let sequence):
            self.init(
                .array(sequence.map { DocumentValue(node: $0, file: file, lineOffset: lineOffset) }), location: location
            )
        case .mapping(let mapping):
            var members: [DocumentMember] = []
            for (key, value) in mapping {
                members.append(
                    DocumentMember(
                        key: key.string ?? "", value: DocumentValue(node: value, file: file, lineOffset: lineOffset)))
            }
            self.init(.object(members), location: location)
        case .alias:
            self.init(.null, location: location)
        }
    }
}

extension DocumentValue {
    /// Types an unquoted scalar the way JSON would, and nothing more: YAML 1.1's `yes`, `no`,
    /// `on` and `off` stay text (a country code `NO` is Norway), and numbers that would not
    /// print back the same (`007`, `1e3`) stay text so identifiers survive.
    static func plainScalar(_ text: String) -> Kind {
        switch text.lowercased() {
        case "null", "~", "": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        default:
            if let integer = Int(text), String(integer) == text { return .number(Double(integer)) }
            if let number = Double(text), String(number) == text { return .number(number) }
            return .string(text)
        }
    }
}

extension YamlError {
    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
            .composer(_, let problem, _, _):
            return problem
        default:
            return "\(self)"
        }
    }

    func location(in file: String) -> DocumentPosition {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return DocumentPosition(file: file, line: mark.line, column: mark.column)
        default:
            return DocumentPosition(file: file, line: 1, column: 1)
        }
    }
}
