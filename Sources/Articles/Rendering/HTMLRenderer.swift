/// Renders an article's document as safe HTML.
///
/// Raw HTML from the source never reaches the page (only `<a name>` anchors and `<br>` survive, as
/// fresh markup), dangerous link schemes are dropped, and images from other hosts become links,
/// so a page works under a strict Content-Security-Policy.
public struct HTMLRenderer: Sendable {
    /// Rewrites link destinations (for example `other.md#x` to `other.html#x`).
    public var resolveLink: @Sendable (String) -> String
    /// HTML placed around a typed table: `(before, after)`.
    public var decorateTable: @Sendable (Int) -> (before: String, after: String)
    /// The HTML for a scenario block.
    public var renderScenario: @Sendable (Int) -> String
    /// The HTML for a walkthrough placement.
    public var renderWalkthrough: @Sendable (String) -> String
    /// Titles of zone pivots by id, from the article's pivot group; others are shown by id.
    public var pivotTitles: [String: String] = [:]
    /// The question the pivot selector asks, from the article's pivot group.
    public var pivotPrompt: String?
    /// Highlighted HTML for a fenced code block (token spans, escaped), or `nil` to show it plain.
    public var highlightCode: @Sendable (CodeSample) -> String?

    public init(
        resolveLink: @escaping @Sendable (String) -> String = { $0 },
        decorateTable: @escaping @Sendable (Int) -> (before: String, after: String) = { _ in ("", "") },
        renderScenario: @escaping @Sendable (Int) -> String = { _ in "" },
        renderWalkthrough: @escaping @Sendable (String) -> String = { _ in "" },
        highlightCode: @escaping @Sendable (CodeSample) -> String? = { _ in nil }
    ) {
        self.highlightCode = highlightCode
        self.resolveLink = resolveLink
        self.decorateTable = decorateTable
        self.renderScenario = renderScenario
        self.renderWalkthrough = renderWalkthrough
    }

    public func render(_ document: MarkdownNode) -> String {
        var context = Context()
        document.children.forEachInPlace { child in
            if case .footnoteDefinition = child.kind { context.footnotes.append(child) }
        }
        var output = ""
        output.reserveCapacity(4096)
        document.children.forEachInPlace { block in
            if case .footnoteDefinition = block.kind { return }
            renderBlock(block, tight: false, context: &context, into: &output)
        }
        if !context.footnotes.isEmpty {
            output += "<section class=\"footnotes\" aria-label=\"Footnotes\">\n<ol>\n"
            for (index, definition) in context.footnotes.enumerated() {
                let id = index + 1
                output += "<li id=\"fn-\(id)\">\n"
                for block in definition.children { renderBlock(block, tight: false, context: &context, into: &output) }
                output +=
                    "<p><a href=\"#fnref-\(id)\" class=\"footnote-back\" aria-label=\"Back to reference\">↩</a></p>\n</li>\n"
            }
            output += "</ol>\n</section>\n"
        }
        return output
    }

    struct Context {
        /// Definitions in the order cmark-gfm numbers them (by first reference).
        var footnotes: [MarkdownNode] = []
        var referenced: Set<String> = []
        /// Numbers the complex images of a page, for the ids of their long descriptions.
        var figureCount = 0
    }

    // MARK: Blocks

    func renderBlock(_ node: MarkdownNode, tight: Bool, context: inout Context, into output: inout String) {
        switch node.kind {
        case .paragraph:
            if tight {
                renderInlines(node.children, context: &context, into: &output)
                output += "\n"
            } else {
                output += "<p>"
                renderInlines(node.children, context: &context, into: &output)
                output += "</p>\n"
            }
        case .heading(let level, let id):
            output += "<h\(level) id=\"\(id.htmlEscaped)\">"
            renderInlines(node.children, context: &context, into: &output)
            output += "</h\(level)>\n"
        case .blockQuote:
            output += "<blockquote>\n"
            renderBlocks(node.children, context: &context, into: &output)
            output += "</blockquote>\n"
        case .list(let ordered, let start, let isTight):
            let tag = ordered ? "ol" : "ul"
            let startAttribute = ordered && start != 1 ? " start=\"\(start)\"" : ""
            let hasTasks = node.children.contains { if case .item(task: .some) = $0.kind { true } else { false } }
            output += "<\(tag)\(startAttribute)\(hasTasks ? " class=\"task-list\"" : "")>\n"
            node.children.forEachInPlace { renderItem($0, tight: isTight, context: &context, into: &output) }
            output += "</\(tag)>\n"
        case .item:
            renderItem(node, tight: tight, context: &context, into: &output)
        case .codeBlock(let info, let literal):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            if !language.isEmpty, let highlighted = highlightCode(CodeSample(language: language, code: literal)) {
                output +=
                    "<pre class=\"highlight\"><code class=\"language-\(language.htmlEscaped)\">\(highlighted)</code></pre>\n"
            } else {
                let classAttribute = language.isEmpty ? "" : " class=\"language-\(language.htmlEscaped)\""
                output += "<pre><code\(classAttribute)>\(literal.htmlEscaped)</code></pre>\n"
            }
        case .htmlBlock(let html):
            if let name = AnchorHTML.name(in: html) { output += "<a id=\"\(name.htmlEscaped)\"></a>\n" }
        case .thematicBreak:
            output += "<hr>\n"
        case .table(let alignments):
            renderTable(node, alignments: alignments, context: &context, into: &output)
        case .callout(let kind):
            output +=
                "<div class=\"alert alert-\(kind.rawValue)\" role=\"note\">\n<p class=\"alert-title\">\(kind.title)</p>\n"
            renderBlocks(node.children, context: &context, into: &output)
            output += "</div>\n"
        case .videoCard(let url):
            if URLSafety.isSafe(url) {
                output +=
                    "<p class=\"video-card\"><a href=\"\(url.htmlEscaped)\" rel=\"noopener noreferrer\">Watch the video</a> <span class=\"video-host\">\(Self.host(of: url).htmlEscaped)</span></p>\n"
            }
        case .checklist:
            output += "<div class=\"checklist\">\n"
            renderBlocks(node.children, context: &context, into: &output)
            output += "</div>\n"
        case .anchor(let name):
            output += "<a id=\"\(name.htmlEscaped)\"></a>\n"
        case .typedTable(let index):
            let decoration = decorateTable(index)
            output += decoration.before
            renderBlocks(node.children, context: &context, into: &output)
            output += decoration.after
        case .scenario(let index):
            output += renderScenario(index)
        case .walkthrough(let flow):
            output += renderWalkthrough(flow)
        case .missingInclude, .figure, .tabSet, .tab, .zone, .row, .column, .styledDiv:
            renderLearnBlock(node, context: &context, into: &output)
        case .document, .footnoteDefinition, .tableRow, .tableCell:
            renderBlocks(node.children, context: &context, into: &output)
        default:
            renderInlines([node], context: &context, into: &output)
        }
    }

    func renderBlocks(_ nodes: [MarkdownNode], context: inout Context, into output: inout String) {
        nodes.forEachInPlace { renderBlock($0, tight: false, context: &context, into: &output) }
    }

    private func renderItem(_ item: MarkdownNode, tight: Bool, context: inout Context, into output: inout String) {
        if case .item(task: .some(let state)) = item.kind {
            output += "<li class=\"task\"><input type=\"checkbox\" disabled\(state == .done ? " checked" : "")> "
        } else {
            output += "<li>"
        }
        item.children.forEachInPlace { renderBlock($0, tight: tight, context: &context, into: &output) }
        output += "</li>\n"
    }

    private func renderTable(
        _ table: MarkdownNode, alignments: [MarkdownNode.TableAlignment], context: inout Context,
        into output: inout String
    ) {
        output += "<div class=\"table-wrap\">\n<table>\n"
        var rowIndex = 0
        table.children.forEachInPlace { row in
            defer { rowIndex += 1 }
            let isHeader = rowIndex == 0
            if rowIndex == 0 { output += "<thead>\n" } else if rowIndex == 1 { output += "<tbody>\n" }
            output += "<tr>"
            var columnIndex = 0
            row.children.forEachInPlace { cell in
                defer { columnIndex += 1 }
                output += isHeader ? "<th scope=\"col\"" : "<td"
                switch columnIndex < alignments.count ? alignments[columnIndex] : .none {
                case .left: output += " class=\"align-left\""
                case .center: output += " class=\"align-center\""
                case .right: output += " class=\"align-right\""
                case .none: break
                }
                output += ">"
                renderInlines(cell.children, context: &context, into: &output)
                output += isHeader ? "</th>" : "</td>"
            }
            output += "</tr>\n"
            if rowIndex == 0 { output += "</thead>\n" }
        }
        if table.children.count > 1 { output += "</tbody>\n" }
        output += "</table>\n</div>\n"
    }

    // MARK: Inlines

    func renderInlines(_ nodes: [MarkdownNode], context: inout Context, into output: inout String) {
        nodes.forEachInPlace { renderInline($0, context: &context, into: &output) }
    }

    private func renderInline(_ node: MarkdownNode, context: inout Context, into output: inout String) {
        switch node.kind {
        case .text(let text): output += text.htmlEscaped
        case .code(let code): output += "<code>\(code.htmlEscaped)</code>"
        case .softBreak: output += "\n"
        case .lineBreak: output += "<br>\n"
        case .emphasis: wrap("em", node, context: &context, into: &output)
        case .strong: wrap("strong", node, context: &context, into: &output)
        case .strikethrough: wrap("del", node, context: &context, into: &output)
        case .htmlInline(let html):
            if let name = AnchorHTML.name(in: html) {
                output += "<a id=\"\(name.htmlEscaped)\"></a>"
            } else if html.lowercased().hasPrefix("<br") {
                output += "<br>"
            }
        case .link(let destination, let title):
            if URLSafety.isSafe(destination) {
                let href = resolveLink(destination)
                let titleAttribute = title.isEmpty ? "" : " title=\"\(title.htmlEscaped)\""
                output += "<a href=\"\(href.htmlEscaped)\"\(titleAttribute)>"
                renderInlines(node.children, context: &context, into: &output)
                output += "</a>"
            } else {
                renderInlines(node.children, context: &context, into: &output)
            }
        case .image(let source, let title):
            let alt = node.plainText.htmlEscaped
            if !URLSafety.isSafe(source) {
                output += alt
            } else if URLSafety.isExternal(source) {
                output +=
                    "<a href=\"\(source.htmlEscaped)\" class=\"external-image\">\(alt.isEmpty ? "Image" : alt)</a>"
            } else {
                let titleAttribute = title.isEmpty ? "" : " title=\"\(title.htmlEscaped)\""
                output +=
                    "<img src=\"\(resolveLink(source).htmlEscaped)\" alt=\"\(alt)\"\(titleAttribute) loading=\"lazy\">"
            }
        case .footnoteReference(let number):
            // cmark-gfm gives a reference the number of its definition.
            let number = number.htmlEscaped
            let isFirst = context.referenced.insert(number).inserted
            let idAttribute = isFirst ? " id=\"fnref-\(number)\"" : ""
            output += "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\"\(idAttribute)>\(number)</a></sup>"
        default:
            renderBlock(node, tight: false, context: &context, into: &output)
        }
    }

    private func wrap(_ tag: String, _ node: MarkdownNode, context: inout Context, into output: inout String) {
        output += "<\(tag)>"
        renderInlines(node.children, context: &context, into: &output)
        output += "</\(tag)>"
    }

    private static func host(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "" }
        return String(url[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }
}
