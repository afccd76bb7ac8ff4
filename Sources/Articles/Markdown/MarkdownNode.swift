/// A node of a parsed Markdown document, with the place in the source it came from.
///
/// cmark-gfm's tree is converted into these values once, so every later stage (the Learn dialect,
/// table extraction, rendering) works on plain Swift values that are `Sendable` and can be
/// processed on any thread.
public struct MarkdownNode: Sendable {
    public var kind: Kind
    public var children: [MarkdownNode]
    public var location: SourceLocation

    public init(_ kind: Kind, children: [MarkdownNode] = [], location: SourceLocation) {
        self.kind = kind
        self.children = children
        self.location = location
    }

    /// Every kind of node: CommonMark, the GitHub extensions, and the Microsoft Learn dialect
    /// once it has been interpreted.
    public enum Kind: Sendable {
        case document
        case paragraph
        case heading(level: Int, id: String)
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item(task: TaskState?)
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case thematicBreak
        case table(alignments: [TableAlignment])
        case tableRow(isHeader: Bool)
        case tableCell
        case footnoteDefinition

        case text(String)
        case code(String)
        case htmlInline(String)
        case softBreak
        case lineBreak
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        /// A footnote reference; cmark-gfm numbers it after its definition.
        case footnoteReference(number: String)

        // The Microsoft Learn dialect, interpreted.
        case callout(CalloutKind)
        case videoCard(url: String)
        case checklist
        case anchor(name: String)
        case scenario(index: Int)
        case typedTable(index: Int)
        case walkthrough(flow: String)
        /// An include that could not be read, shown as a visible placeholder naming it.
        case missingInclude(reference: String)
        /// `:::image:::`; the children are the long description of a complex image.
        case figure(LearnImage)
        /// A tab set; the children are `.tab` nodes. `index` numbers the sets of a page.
        case tabSet(index: Int)
        /// One tab; the children are its content.
        case tab(TabLabel)
        /// `::: zone pivot="a,b"` … `::: zone-end`; the children are shown for those pivots.
        case zone(pivots: [String], headingLevel: Int)
        /// `:::row:::` … `:::row-end:::`; the children are `.column` nodes.
        case row
        /// `:::column span="n":::` … `:::column-end:::`.
        case column(span: Int)
        /// `> [!div class="nextstepaction"]` and `> [!div class="op_single_selector"]`.
        case styledDiv(DivClass)
    }

    public enum TaskState: Sendable { case open, done }

    public enum TableAlignment: Sendable { case none, left, center, right }
}

/// The kinds of Learn alert (`> [!NOTE]`), in the order of increasing urgency.
public enum CalloutKind: String, Sendable, CaseIterable {
    case note, tip, important, caution, warning

    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
