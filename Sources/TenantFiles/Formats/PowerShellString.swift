/// The text of a quoted PowerShell string with the variables it refers to.
///
/// A double-quoted (expandable) string such as `"admin@$OrganizationName"` is only known once
/// its variables are; the references are kept apart from the literal text so the reader can
/// substitute the ones the file defines and report the ones it cannot.
struct PowerShellString: Sendable, Hashable {
    enum Segment: Sendable, Hashable {
        case literal(String)
        /// `$name` or `${name}` (`variable` is the name), or a `$( ... )` subexpression
        /// (`variable` is `nil`); `written` is the reference as it appears in the file.
        case reference(variable: String?, written: String)
    }

    var segments: [Segment]

    init(segments: [Segment]) {
        self.segments = segments
    }

    /// A string with no references, as single-quoted strings always are.
    init(literal text: String) {
        segments = [.literal(text)]
    }

    /// The text with escapes resolved and unresolved references as they were written.
    var text: String {
        var result = ""
        for segment in segments {
            switch segment {
            case .literal(let text): result += text
            case .reference(_, let written): result += written
            }
        }
        return result
    }

    /// The first reference still in the string, as written; `nil` once all are resolved.
    var firstReference: String? {
        for case .reference(_, let written) in segments { return written }
        return nil
    }
}
