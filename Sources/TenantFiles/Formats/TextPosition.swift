import AccessEngine

/// A line and column in a configuration's text, 1-based as editors count them (columns count
/// Unicode characters, not bytes), kept small until a file name makes it a ``DocumentPosition``.
struct TextPosition: Sendable, Hashable, Comparable {
    var line: Int
    var column: Int

    static let start = TextPosition(line: 1, column: 1)

    /// The engine's position type, so errors found later point into the `.ps1` file.
    func document(in file: String) -> DocumentPosition {
        DocumentPosition(file: file, line: line, column: column)
    }

    static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// Text that cannot be read as part of a resource block, with where the reader noticed it.
struct DSCSyntaxProblem: Sendable, Hashable, Error {
    var message: String
    var position: TextPosition
}
