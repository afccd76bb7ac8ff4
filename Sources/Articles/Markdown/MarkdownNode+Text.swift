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
            for index in children.indices { children[index].appendPlainText(to: &result) }
        }
    }

    /// Visits this node and all its descendants, parents before children.
    public func forEach(_ body: (MarkdownNode) throws -> Void) rethrows {
        try body(self)
        // Indices, not `for child in`, so children are borrowed rather than copied.
        for index in children.indices { try children[index].forEach(body) }
    }
}
