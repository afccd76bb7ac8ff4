/// Where a value came from in a source file, so that errors can point at it.
///
/// Positions are 1-based, as editors and compilers print them. The file is optional because
/// documents decoded from bare JSON text have no name.
public struct DocumentPosition: Sendable, Hashable, CustomStringConvertible {
    public var file: String?
    public var line: Int
    public var column: Int

    public init(file: String? = nil, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or `line:column` when the file is unknown.
    public var description: String {
        if let file { return "\(file):\(line):\(column)" }
        return "\(line):\(column)"
    }
}
