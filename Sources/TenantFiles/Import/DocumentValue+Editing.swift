import AccessEngine
import Foundation

extension DocumentValue {
    /// The members of an object, or none.
    var members: [DocumentMember] {
        if case .object(let members) = kind { return members }
        return []
    }

    /// The items of an array, or none.
    var items: [DocumentValue] {
        if case .array(let items) = kind { return items }
        return []
    }

    var text: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    /// Whether the object has a configured member named `key`, compared without case.
    func has(_ key: String) -> Bool {
        guard let value = self[key] else { return false }
        return !value.isNotConfigured
    }

    /// Replaces the member named `key` (compared without case, keeping the spelling found), or
    /// appends it.
    mutating func set(_ key: String, _ value: DocumentValue) {
        guard case .object(var members) = kind else { return }
        let lowered = key.lowercased()
        if let index = members.firstIndex(where: { $0.key.lowercased() == lowered }) {
            members[index].value = value
        } else {
            members.append(DocumentMember(key: key, value: value))
        }
        kind = .object(members)
    }

    /// Changes the member named `key` in place when it exists.
    mutating func update(
        _ key: String, _ change: (inout DocumentValue) throws(ImportFailure) -> Void
    ) throws(ImportFailure) {
        guard case .object(var members) = kind else { return }
        let lowered = key.lowercased()
        guard let index = members.firstIndex(where: { $0.key.lowercased() == lowered }) else { return }
        try change(&members[index].value)
        kind = .object(members)
    }

    /// The strings of a list (or of one comma-free string), skipping anything else.
    var strings: [String] {
        switch kind {
        case .string(let text): return text.isEmpty ? [] : [text]
        case .array(let items): return items.compactMap(\.text)
        default: return []
        }
    }

    /// The entries of a list as values with their positions: the items of an array, or the parts
    /// of one comma-separated string (Microsoft365DSC and hand edits write lists that way).
    var entries: [DocumentValue] {
        guard let text else { return items }
        return text.split(separator: ",").map {
            DocumentValue(.string(String($0).trimmingCharacters(in: .whitespaces)), location: location)
        }
    }

    /// `@odata.type`'s last component, lower-cased (`ipnamedlocation`), or "".
    var odataType: String {
        guard let type = self["@odata.type"]?.text else { return "" }
        return String(type.split(separator: ".").last ?? "").lowercased()
    }
}
