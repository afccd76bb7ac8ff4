extension MarkdownNode {
    /// The text a reader sees, without markup: used for table cells, headings and titles.
    public var plainText: String {
        var result = ""
        appendPlainText(to: &result)
        return result
    }

    private func appendPlainText(to result: inout String) {
        switch kind {
        case .text(let text), .code(let text):
            result += text
        case .softBreak, .lineBreak:
            result += " "
        case .htmlInline, .htmlBlock, .footnoteReference, .anchor:
            return
        default:
            children.forEachInPlace { $0.appendPlainText(to: &result) }
        }
    }

    /// Visits this node and all its descendants, parents before children.
    public func forEach(_ body: (borrowing MarkdownNode) throws -> Void) rethrows {
        try body(self)
        try children.forEachInPlace { try $0.forEach(body) }
    }
}

extension MarkdownNode {
    /// A link in a document: where it points and where it is written.
    public struct Link: Sendable {
        public var destination: String
        public var location: SourceLocation
    }

    /// Every link at or below this node, in document order.
    public var links: [Link] {
        var links: [Link] = []
        withUnsafePointer(to: self) { Self.collectLinks(below: $0, into: &links) }
        return links
    }

    /// Walks through pointers: handing each node to a closure, as `forEach` does, copies it
    /// (its strings, children and location) on every visit, which made the link check cost
    /// more than all the table checks together.
    private static func collectLinks(below node: UnsafePointer<MarkdownNode>, into links: inout [Link]) {
        if case .link(let destination, _) = node.pointee.kind {
            links.append(Link(destination: destination, location: node.pointee.location))
        }
        node.pointee.children.withUnsafeBufferPointer { children in
            guard let first = children.baseAddress else { return }
            for index in children.indices { collectLinks(below: first + index, into: &links) }
        }
    }
}

extension MarkdownNode {
    /// The inline content written back much as the author typed it (emphasis as `*`, code in
    /// backticks, links as their text, line breaks as `\n`): Learn's triple-colon lines are
    /// plain text to DocFX, but cmark-gfm has read markup into them.
    var sourceLikeText: String {
        var result = ""
        appendSourceLikeText(to: &result)
        return result
    }

    private func appendSourceLikeText(to result: inout String) {
        switch kind {
        case .text(let text), .htmlInline(let text): result += text
        case .code(let code): result += "`\(code)`"
        case .softBreak, .lineBreak: result += "\n"
        case .emphasis: result += "*"; children.forEachInPlace { $0.appendSourceLikeText(to: &result) }; result += "*"
        case .strong: result += "**"; children.forEachInPlace { $0.appendSourceLikeText(to: &result) }; result += "**"
        default: children.forEachInPlace { $0.appendSourceLikeText(to: &result) }
        }
    }
}
