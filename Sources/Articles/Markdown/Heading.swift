/// A heading of an article, for the table of contents and for binding tables to flows.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    public var id: String
    public var location: SourceLocation
}
