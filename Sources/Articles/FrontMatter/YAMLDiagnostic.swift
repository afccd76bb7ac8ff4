import Yams

/// Turns Yams errors and node marks into positions in the enclosing file.
///
/// YAML found inside a Markdown file (front matter, scenario blocks) starts at some line of that
/// file; `firstLine` is that line, so errors point into the Markdown file, not into the snippet.
public enum YAMLDiagnostic {
    public static func location(of node: Node, file: String, firstLine: Int, columnOffset: Int = 0) -> SourceLocation {
        let line = node.mark?.line ?? 1
        let column = node.mark?.column ?? 1
        return SourceLocation(file: file, line: firstLine + line - 1, column: column + columnOffset)
    }

    public static func diagnostic(
        for error: any Error,
        id: DiagnosticID,
        file: String,
        firstLine: Int,
        columnOffset: Int = 0
    ) -> Diagnostic {
        var line = 1
        var column = 1
        var message = "\(error)"
        if let yamlError = error as? YamlError {
            switch yamlError {
            case let .scanner(context, problem, mark, _),
                let .parser(context, problem, mark, _),
                let .composer(context, problem, mark, _):
                line = mark.line
                column = mark.column
                message = context.map { "\(problem) (\($0.text))" } ?? problem
            case let .duplicatedKeysInMapping(duplicates, context):
                line = context.mark.line
                column = context.mark.column
                message = "duplicate key \(duplicates.joined(separator: ", "))"
            case let .reader(problem, _, _, _):
                message = problem
            default:
                break
            }
        }
        let location = SourceLocation(file: file, line: firstLine + line - 1, column: column + columnOffset)
        return Diagnostic(id, at: location, "invalid YAML: \(message)")
    }
}
