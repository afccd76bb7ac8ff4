/// The YAML block at the top of an article, between two `---` lines.
///
/// `title`, `description` and `ms.date` are what the site shows; every other key is kept as
/// metadata so templates can use it (`ms.topic`, `author`, `order`, ...).
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var description: String?
    /// The date as written (`ms.date: 02/05/2024`); published, never reinterpreted.
    public var date: String?
    /// The position in the course order; articles without one follow those with one, by title.
    public var order: Int?
    /// All scalar keys, including the ones above, as written.
    public var metadata: [String: String]

    public init(
        title: String? = nil,
        description: String? = nil,
        date: String? = nil,
        order: Int? = nil,
        metadata: [String: String] = [:]
    ) {
        self.title = title
        self.description = description
        self.date = date
        self.order = order
        self.metadata = metadata
    }
}
