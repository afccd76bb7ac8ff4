import AccessEngine

/// Reads one resource's properties for the Graph mapping and remembers which it read.
///
/// Only the properties that shape a Graph document are worth a warning when their value cannot
/// be known; remembering the ones the mapping consulted keeps that list and the mapping from
/// drifting apart. Credentials and other properties the mapping never asks for are never
/// reported.
struct DSCPropertyReader: Sendable {
    let resource: DSCResource
    let file: String
    /// The properties consulted, in the order first asked for.
    private(set) var consulted: [DSCProperty] = []

    init(resource: DSCResource, file: String) {
        self.resource = resource
        self.file = file
    }

    /// The property's value, whatever it is; `nil` when the block does not set it.
    mutating func value(_ name: String) -> DSCValue? {
        guard let property = resource.property(name) else { return nil }
        if !consulted.contains(where: { $0.name.caseInsensitiveEquals(property.name) }) {
            consulted.append(property)
        }
        return property.value
    }

    /// The property's value unless it is `$null` or the empty string exports write for unset.
    mutating func configured(_ name: String) -> DSCValue? {
        guard let value = value(name), !value.isBlank else { return nil }
        return value
    }

    /// A scalar property as Graph writes it.
    mutating func scalar(_ name: String) -> DocumentValue? {
        configured(name)?.document(in: file)
    }

    /// A scalar whose Graph spelling starts in lower case (`Hours` → `hours`,
    /// `MonitorOnly` → `monitorOnly`); values that are not known text stay as written.
    mutating func graphSpelling(_ name: String, lowercasedEntirely: Bool = false) -> DocumentValue? {
        guard let value = configured(name) else { return nil }
        guard let text = value.knownText else { return value.document(in: file) }
        let spelled = lowercasedEntirely ? text.lowercased() : text.graphCamelCase
        return DocumentValue(.string(spelled), location: value.position.document(in: file))
    }

    /// A list property: `@()` as an empty list, one value as a list of one.
    mutating func list(_ name: String) -> DocumentValue? {
        configured(name)?.list(in: file)
    }

    /// A boolean property; `"True"` and `"False"` written as strings read as booleans too.
    mutating func boolean(_ name: String) -> DocumentValue? {
        guard let value = configured(name) else { return nil }
        if let text = value.knownText?.lowercased(), text == "true" || text == "false" {
            return DocumentValue(.bool(text == "true"), location: value.position.document(in: file))
        }
        return value.document(in: file)
    }

    /// A fixed value Graph writes that DSC leaves implicit, placed at the resource's name.
    func implied(_ text: String) -> DocumentValue {
        DocumentValue(.string(text), location: resource.position.document(in: file))
    }

    /// Where the resource block starts, for the document as a whole.
    var location: DocumentPosition { resource.position.document(in: file) }

    /// The first unknowable part of each consulted property, in the order they were written.
    var unresolvedParts: [(property: DSCProperty, part: DSCUnresolvedPart)] {
        consulted.compactMap { property in property.value.firstUnresolved.map { (property, $0) } }
            .sorted { $0.part.position < $1.part.position }
    }
}
