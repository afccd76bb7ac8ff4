import AccessEngine

/// A Graph object put together member by member from DSC properties. Members without a value
/// are left out, and an object with no members is not written at all, so a policy that never
/// mentions session controls has no `sessionControls`, as Graph would return it.
struct GraphObjectBuilder: Sendable {
    private(set) var members: [DocumentMember] = []

    var isEmpty: Bool { members.isEmpty }

    mutating func add(_ key: String, _ value: DocumentValue?) {
        guard let value else { return }
        members.append(DocumentMember(key: key, value: value))
    }

    mutating func add(_ key: String, _ object: GraphObjectBuilder) {
        add(key, object.document)
    }

    /// The object, placed where the earliest of its members was written; `nil` when it has
    /// none. DSC writes the members of one Graph object as separate properties, in any order.
    var document: DocumentValue? {
        guard !members.isEmpty else { return nil }
        let earliest = members.compactMap(\.value.location).min { ($0.line, $0.column) < ($1.line, $1.column) }
        return DocumentValue(.object(members), location: earliest)
    }

    /// The object at `location`, even when empty.
    func document(at location: DocumentPosition) -> DocumentValue {
        DocumentValue(.object(members), location: location)
    }
}
