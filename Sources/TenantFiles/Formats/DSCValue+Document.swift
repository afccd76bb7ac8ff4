import AccessEngine

extension DSCValue {
    /// The value in Graph's JSON shape at its place in `file`: CIM instances and hashtables
    /// become objects with Graph's camelCase keys, and what could not be known (an undefined
    /// variable, an expression) stays as the text that was written.
    func document(in file: String) -> DocumentValue {
        let location = position.document(in: file)
        switch kind {
        case .string(let string): return DocumentValue(.string(string.text), location: location)
        case .number(let number): return DocumentValue(.number(number), location: location)
        case .bool(let flag): return DocumentValue(.bool(flag), location: location)
        case .null: return DocumentValue(.null, location: location)
        case .variable(let name): return DocumentValue(.string("$" + name), location: location)
        case .expression(let text): return DocumentValue(.string(text), location: location)
        case .array(let items): return DocumentValue(.array(items.map { $0.document(in: file) }), location: location)
        case .instance(_, let properties), .hashtable(let properties):
            let members = properties.map {
                DocumentMember(key: $0.name.graphCamelCase, value: $0.value.document(in: file))
            }
            return DocumentValue(.object(members), location: location)
        }
    }

    /// The value as a list: an array item by item, anything else as a list of one.
    func list(in file: String) -> DocumentValue {
        if case .array = kind { return document(in: file) }
        return DocumentValue(.array([document(in: file)]), location: position.document(in: file))
    }

    /// The text of a scalar as PowerShell would write it; `nil` for arrays, instances and
    /// hashtables.
    var scalarText: String? {
        switch kind {
        case .variable(let name): "$" + name
        case .expression(let text): text
        default: DSCVariableScope.text(of: kind)
        }
    }

    /// `$null`, or the empty string exports write for a property that is not set.
    var isBlank: Bool {
        switch kind {
        case .null: true
        case .string(let string): string.segments.isEmpty || string.text.isEmpty
        default: false
        }
    }

    /// A string with no unresolved references, which is the only kind of value whose text is
    /// known for certain.
    var knownText: String? {
        guard case .string(let string) = kind, string.firstReference == nil else { return nil }
        return string.text
    }

    /// The first part of the value the reader could not know, searched in written order.
    var firstUnresolved: DSCUnresolvedPart? {
        switch kind {
        case .string(let string):
            return string.firstReference.map { .variable($0, at: position) }
        case .variable(let name):
            return .variable("$" + name, at: position)
        case .expression(let text):
            return .expression(text, at: position)
        case .array(let items):
            for item in items {
                if let found = item.firstUnresolved { return found }
            }
            return nil
        case .instance(_, let properties), .hashtable(let properties):
            for property in properties {
                if let found = property.value.firstUnresolved { return found }
            }
            return nil
        case .number, .bool, .null:
            return nil
        }
    }
}

/// Something in a value that only running the configuration would tell.
enum DSCUnresolvedPart: Sendable, Hashable {
    /// A `$variable` (or a reference inside a string) that the file does not define.
    case variable(String, at: TextPosition)
    /// A command, operator or script block that is not run.
    case expression(String, at: TextPosition)

    var position: TextPosition {
        switch self {
        case .variable(_, let position), .expression(_, let position): position
        }
    }
}
