/// A value the engine reads from one node of a document.
protocol DocumentReadable {
    init(reading reader: DocumentReader) throws(DocumentError)
}

/// A cursor over a ``DocumentValue`` that knows its dotted path, so every accessor can throw a
/// precise ``DocumentError``.
struct DocumentReader {
    let value: DocumentValue
    let path: String

    init(_ value: DocumentValue, path: String = "") {
        self.value = value
        self.path = path
    }

    var location: DocumentPosition? { value.location }

    func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The member `key` when present and configured; `null`, `[]` and `""` read as absent.
    func optional(_ key: String) throws(DocumentError) -> DocumentReader? {
        guard case .object = value.kind else {
            throw .wrongShape(expected: "an object", found: value, path: path)
        }
        guard let child = value[key], !child.isNotConfigured else { return nil }
        return DocumentReader(child, path: childPath(key))
    }

    /// The member `key` read as `type`, or `nil` when absent or not configured.
    func optional<Value: DocumentReadable>(
        _ key: String, as type: Value.Type
    ) throws(DocumentError) -> Value? {
        guard let child = try optional(key) else { return nil }
        return try Value(reading: child)
    }

    /// The member `key`, which must be present.
    func required(_ key: String) throws(DocumentError) -> DocumentReader {
        guard let child = try optional(key) else {
            throw .missingMember(path: childPath(key), at: location)
        }
        return child
    }

    func string() throws(DocumentError) -> String {
        switch value.kind {
        case .string(let text): return text
        case .number(let number):
            // Graph ids and codes are sometimes numbers; a whole number reads without ".0".
            // Values outside Int's range (1e300, which JSON allows) keep Double's spelling.
            if let whole = Int(exactly: number) { return String(whole) }
            return String(number)
        default: throw .wrongShape(expected: "a string", found: value, path: path)
        }
    }

    func bool() throws(DocumentError) -> Bool {
        switch value.kind {
        case .bool(let flag): return flag
        case .string(let text) where text.lowercased() == "true": return true
        case .string(let text) where text.lowercased() == "false": return false
        default: throw .wrongShape(expected: "true or false", found: value, path: path)
        }
    }

    func number() throws(DocumentError) -> Double {
        switch value.kind {
        case .number(let number): return number
        case .string(let text):
            if let number = Double(text.trimmingWhitespace()) { return number }
            throw .wrongShape(expected: "a number", found: value, path: path)
        default: throw .wrongShape(expected: "a number", found: value, path: path)
        }
    }

    /// A whole number: JSON's numbers are doubles, so 2.5 or 1e300 are wrong shapes here
    /// rather than values to round or truncate.
    func integer() throws(DocumentError) -> Int {
        guard let whole = Int(exactly: try number()) else {
            throw .wrongShape(expected: "a whole number", found: value, path: path)
        }
        return whole
    }

    /// The items of an array; a single value reads as a one-item array.
    func items() -> [DocumentReader] {
        if case .array(let values) = value.kind {
            return values.enumerated().map { DocumentReader($1, path: "\(path)[\($0)]") }
        }
        return [self]
    }

    /// The members of a Graph collection: one object, an array of objects, or a
    /// `{"value": [...]}` page as list responses return.
    func collection() throws(DocumentError) -> [DocumentReader] {
        if case .object = value.kind, let page = value["value"],
            case .array = page.kind
        {
            return DocumentReader(page, path: childPath("value")).items()
        }
        if case .object = value.kind, value["value"] != nil, value["@odata.context"] != nil {
            return []
        }
        return items()
    }

    /// Strings from an array, or from one comma-separated string.
    func strings() throws(DocumentError) -> [String] {
        if case .string(let text) = value.kind {
            return text.split(separator: ",").map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty }
        }
        var result: [String] = []
        for item in items() {
            if item.value.isNotConfigured { continue }
            result.append(try item.string())
        }
        return result
    }

    func vocabulary<V: DocumentVocabulary>(_ type: V.Type) throws(DocumentError) -> V {
        let text = try string()
        guard let member = V(caseInsensitive: text) else {
            throw .unknownValue(
                text, expected: V.expectedSpellings, path: path, at: location)
        }
        return member
    }

    /// Enum members from an array or a comma-separated string. `unknownFutureValue`, Graph's
    /// sentinel for members newer than the client, is skipped rather than rejected.
    func vocabularyList<V: DocumentVocabulary>(_ type: V.Type) throws(DocumentError) -> [V] {
        var result: [V] = []
        let sources: [DocumentReader] =
            if case .string = value.kind { [self] } else { items() }
        for source in sources {
            if source.value.isNotConfigured { continue }
            for text in try source.strings() {
                if text.lowercased() == "unknownfuturevalue" { continue }
                guard let member = V(caseInsensitive: text) else {
                    throw .unknownValue(
                        text, expected: V.expectedSpellings, path: path, at: source.location)
                }
                if !result.contains(where: { $0.rawValue == member.rawValue }) {
                    result.append(member)
                }
            }
        }
        return result
    }
}
