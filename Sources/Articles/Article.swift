/// A guidance article: its front matter, its Markdown with the Learn dialect interpreted, and
/// everything Crosswalk can check or play in it.
public struct Article: Sendable {
    /// The path inside the content root, with `/` separators (`guides/mfa.md`).
    public var path: String
    public var frontMatter: FrontMatter
    /// The document, with includes expanded and dialect nodes in place.
    public var document: MarkdownNode
    public var headings: [Heading]
    /// Typed tables in document order; `MarkdownNode.Kind.typedTable(index:)` points here.
    public var tables: [TypedTable]
    /// Scenario blocks in document order; `MarkdownNode.Kind.scenario(index:)` points here.
    public var scenarios: [ScenarioBlock]
    public var walkthroughs: [WalkthroughPlacement]
    /// Root-relative paths of the files this article includes, directly or not.
    public var includes: [String]
    /// Fenced code blocks that name a language, in document order, for build-time highlighting.
    public var codeSamples: [CodeSample] = []
    /// Zone pivots in document order.
    public var zones: [ZonePlacement] = []

    /// The title from front matter, else the first top-level heading, else the file name.
    public var title: String {
        if let title = frontMatter.title, !title.isEmpty { return title }
        if let heading = headings.first(where: { $0.level == 1 }) { return heading.text }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
