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
            children.withUnsafeBufferPointer { children in
                for child in children.indices { children[child].appendPlainText(to: &result) }
            }
        }
    }

    /// Visits this node and all its descendants, parents before children.
    public func forEach(_ body: (MarkdownNode) throws -> Void) rethrows {
        try body(self)
        // Through the buffer children are borrowed in place; `for child in children` and even
        // `children[index]` copied each one, retaining its strings and children, on every visit.
        try children.withUnsafeBufferPointer { children in
            for child in children.indices { try children[child].forEach(body) }
        }
    }
}
