import CCmarkGFM

/// Parses CommonMark with the GitHub extensions through cmark-gfm.
///
/// Safe mode is a property of rendering, not parsing: raw HTML is kept in the tree so the Learn
/// dialect (anchors, directives) can be read from it, and the renderer decides what reaches a page.
public struct MarkdownParser: Sendable {
    public init() {
        Self.registerExtensions
    }

    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()
    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Parses `text`; locations name `file`, and lines are shifted by `lineOffset` (used when a
    /// front matter block was cut off the top).
    public func parse(_ text: String, file: String, lineOffset: Int = 0) -> MarkdownNode {
        parseLimited(text, file: file, lineOffset: lineOffset).document
    }

    /// How deeply blocks and inlines may nest. cmark-gfm builds any depth without recursion, but
    /// every later walk over the tree (dialect, checks, rendering) is recursive; a hostile file of
    /// 100,000 `>` would overflow the stack. Real guidance stays below ten.
    public static let maximumDepth = 100

    /// Like `parse`, but also says where the tree was cut because it nested deeper than
    /// `maximumDepth` (the deeper content is dropped).
    public func parseLimited(
        _ text: String, file: String, lineOffset: Int = 0
    ) -> (document: MarkdownNode, cutAt: SourceLocation?) {
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else {
            return (MarkdownNode(.document, location: SourceLocation(file: file, line: 1, column: 1)), nil)
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            return (MarkdownNode(.document, location: SourceLocation(file: file, line: 1, column: 1)), nil)
        }
        defer { cmark_node_free(root) }
        var converter = NodeConverter(file: file, lineOffset: lineOffset)
        let document = converter.convert(root, depth: 0)
        return (document, converter.cutAt)
    }
}

/// Converts cmark's C tree into `MarkdownNode` values.
private struct NodeConverter {
    let file: String
    let lineOffset: Int
    /// The first node whose children were dropped for nesting too deeply.
    private(set) var cutAt: SourceLocation?

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    mutating func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        let location = SourceLocation(file: file, line: max(line, 1) + lineOffset, column: max(column, 1))
        var children: [MarkdownNode] = []
        if depth >= MarkdownParser.maximumDepth, cmark_node_first_child(node) != nil {
            if cutAt == nil { cutAt = location }
        } else {
            // Counting first lets the array be allocated once rather than grown while appending.
            var count = 0
            var child = cmark_node_first_child(node)
            while let current = child {
                count += 1
                child = cmark_node_next(current)
            }
            children.reserveCapacity(count)
            child = cmark_node_first_child(node)
            while let current = child {
                children.append(convert(current, depth: depth + 1))
                child = cmark_node_next(current)
            }
        }
        return MarkdownNode(kind(of: node), children: children, location: location)
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)), id: "")
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0
            )
        case CMARK_NODE_ITEM:
            if string(cmark_node_get_type_string(node)) == "tasklist" {
                return .item(task: cmark_gfm_extensions_get_tasklist_item_checked(node) ? .done : .open)
            }
            return .item(task: nil)
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(
                info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: return .footnoteDefinition
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_FOOTNOTE_REFERENCE: return .footnoteReference(number: string(cmark_node_get_literal(node)))
        default:
            return extensionKind(of: node)
        }
    }

    private func extensionKind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch string(cmark_node_get_type_string(node)) {
        case "table":
            let count = Int(cmark_gfm_extensions_get_table_columns(node))
            let raw = cmark_gfm_extensions_get_table_alignments(node)
            let alignments: [MarkdownNode.TableAlignment] = (0..<count).map { index in
                switch raw?[index] {
                case UInt8(ascii: "l"): .left
                case UInt8(ascii: "c"): .center
                case UInt8(ascii: "r"): .right
                default: .none
                }
            }
            return .table(alignments: alignments)
        case "table_header": return .tableRow(isHeader: true)
        case "table_row": return .tableRow(isHeader: false)
        case "table_cell": return .tableCell
        case "strikethrough": return .strikethrough
        default: return .text("")
        }
    }
}
