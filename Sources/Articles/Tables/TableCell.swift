/// One cell of a Markdown table: the text a reader sees and where it is in the source.
public struct TableCell: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// The text folded for comparing labels: lower case, single spaces, no emphasis markers.
    public var normalized: String { Self.normalize(text) }

    public static func normalize(_ text: String) -> String {
        text.lowercased()
            .replacing("*", with: "")
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }
}
