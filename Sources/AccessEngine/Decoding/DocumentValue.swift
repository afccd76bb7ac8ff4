/// A JSON- or YAML-shaped tree whose nodes remember where they were written.
///
/// The engine decodes configuration from this tree instead of from `Codable` so that every
/// error can name the exact line and column, whatever parser produced the tree (the command-line
/// tool converts YAML nodes; ``DocumentValue/init(jsonData:)`` handles bare JSON).
public struct DocumentValue: Sendable, Hashable {
    /// The shape of a node.
    public indirect enum Kind: Sendable, Hashable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([DocumentValue])
        /// Members in the order they were written; duplicate keys keep the first occurrence
        /// when read.
        case object([DocumentMember])
    }

    public var kind: Kind
    public var location: DocumentPosition?

    public init(_ kind: Kind, location: DocumentPosition? = nil) {
        self.kind = kind
        self.location = location
    }
}

/// One `key: value` pair of an object node.
public struct DocumentMember: Sendable, Hashable {
    public var key: String
    public var value: DocumentValue

    public init(key: String, value: DocumentValue) {
        self.key = key
        self.value = value
    }
}

extension DocumentValue {
    /// A short name of the node's shape, used in error messages.
    var shapeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// `null`, an empty array and an empty string all mean "not configured" in Graph exports.
    public var isNotConfigured: Bool {
        switch kind {
        case .null: true
        case .array(let items): items.isEmpty
        case .string(let text): text.isEmpty
        default: false
        }
    }

    /// The member named `key`, compared exactly first and then case-insensitively, because
    /// hand-written tenant files are not always careful with the case of Graph's names.
    public subscript(key: String) -> DocumentValue? {
        guard case .object(let members) = kind else { return nil }
        if let exact = members.first(where: { $0.key == key }) { return exact.value }
        let lowered = key.lowercased()
        return members.first(where: { $0.key.lowercased() == lowered })?.value
    }
}
