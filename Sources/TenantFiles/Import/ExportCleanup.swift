import AccessEngine

/// Brings an object exported by any tool back to Graph's own shape, so the engine's decoder
/// reads it as if it came from Graph.
///
/// - Graph PowerShell SDK objects keep properties newer than the SDK in `AdditionalProperties`:
///   they are merged into the object (the typed property wins when both are set).
/// - `@odata` annotations other than `@odata.type` (`@odata.context`, `@odata.id`,
///   `builtInControls@odata.type`) and `#microsoft.graph.*` action members are dropped.
///
/// - Objects whose members are all null or empty (the SDK writes every sub-object) are null:
///   not configured.
///
/// Keys keep their case: the engine compares member names without case, so the SDK's
/// PascalCase (`Conditions.Users.IncludeUsers`) reads like Graph's camelCase.
enum ExportCleanup {
    static func clean(_ value: DocumentValue, depth: Int = 0) -> DocumentValue {
        guard depth < TolerantJSON.maximumDepth else { return value }
        switch value.kind {
        case .array(let items):
            return DocumentValue(.array(items.map { clean($0, depth: depth + 1) }), location: value.location)
        case .object(let members):
            var kept: [DocumentMember] = []
            var additional: [DocumentMember] = []
            for member in members {
                let key = member.key
                if key.lowercased() == "additionalproperties" {
                    additional += clean(member.value, depth: depth + 1).members
                    continue
                }
                if key.hasPrefix("#") || (key.contains("@odata.") && key.lowercased() != "@odata.type") { continue }
                kept.append(DocumentMember(key: key, value: clean(member.value, depth: depth + 1)))
            }
            var result = DocumentValue(.object(kept), location: value.location)
            for member in additional where member.key.lowercased() != "@odata.context" {
                if let existing = result[member.key], !existing.isNotConfigured { continue }
                result.set(member.key, member.value)
            }
            // The SDK writes every sub-object, with nulls when it is not configured.
            if result.members.allSatisfy({ $0.value.isNotConfigured }) {
                return DocumentValue(.null, location: value.location)
            }
            return result
        default:
            return value
        }
    }
}
