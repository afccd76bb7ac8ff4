/// The variables a configuration gives plain values to, so that `$OrganizationName` or
/// `$ConfigurationData.NonNodeData.TenantId` read as those values when the same file says what
/// they are (exports often keep `ConfigurationData` in a separate `.psd1`, which is not read).
///
/// Only scalars are kept — strings whose own references are resolved, numbers, booleans and
/// `$null` — and hashtables are kept as the dotted paths to their scalars. A substituted value
/// therefore never adds nesting to the value it lands in, which keeps every tree the parser
/// builds within its depth limit.
struct DSCVariableScope: Sendable {
    /// Lowercased variable name → lowercased member path (empty for the variable itself) → value.
    private var variables: [String: [String: DSCValue.Kind]] = [:]

    /// Records `$name = value`; a value that is not plain, or not fully resolved, makes the
    /// variable unknown again rather than leaving an older value in place.
    mutating func assign(_ name: String, _ value: DSCValue) {
        var paths: [String: DSCValue.Kind] = [:]
        Self.collect(value, path: "", into: &paths, depth: 0)
        variables[name.lowercased()] = paths.isEmpty ? nil : paths
    }

    mutating func forget(_ name: String) {
        variables[name.lowercased()] = nil
    }

    /// The value of `$name` or `$name.Member.Path`, when the file gave it one.
    func value(of reference: String) -> DSCValue.Kind? {
        let lowered = reference.lowercased()
        let root: Substring
        let path: Substring
        if let dot = lowered.firstIndex(of: ".") {
            root = lowered[..<dot]
            path = lowered[lowered.index(after: dot)...]
        } else {
            root = lowered[...]
            path = ""
        }
        return variables[String(root)]?[String(path)]
    }

    /// The string with the references this scope knows replaced by their text.
    func resolve(_ string: PowerShellString) -> PowerShellString {
        guard string.firstReference != nil else { return string }
        var segments: [PowerShellString.Segment] = []
        for segment in string.segments {
            if case .reference(let name?, _) = segment, let value = value(of: name), let text = Self.text(of: value) {
                segments.append(.literal(text))
            } else {
                segments.append(segment)
            }
        }
        return PowerShellString(segments: segments)
    }

    /// How PowerShell writes a scalar into a string: `True`, `5`, and nothing for `$null`.
    static func text(of kind: DSCValue.Kind) -> String? {
        switch kind {
        case .string(let string): string.text
        case .number(let number): Int(exactly: number).map(String.init) ?? String(number)
        case .bool(let flag): flag ? "True" : "False"
        case .null: ""
        default: nil
        }
    }

    private static func collect(_ value: DSCValue, path: String, into paths: inout [String: DSCValue.Kind], depth: Int)
    {
        guard depth <= PowerShellDSCParser.maximumDepth else { return }
        switch value.kind {
        case .string(let string) where string.firstReference == nil:
            paths[path] = value.kind
        case .number, .bool, .null:
            paths[path] = value.kind
        case .hashtable(let members):
            for member in members {
                let key = member.name.lowercased()
                collect(member.value, path: path.isEmpty ? key : "\(path).\(key)", into: &paths, depth: depth + 1)
            }
        default:
            break
        }
    }
}
