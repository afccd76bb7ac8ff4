import Articles

/// A site's navigation from DocFX's `toc.yml`: named entries, each an article, another address
/// or a section of further entries, in the order readers should follow.
public struct TableOfContents: Sendable {
    public struct Entry: Sendable {
        public var name: String
        /// The article (root-relative path) the entry opens, if it is one.
        public var article: String?
        /// Any other address (`https://...`), kept as written.
        public var externalURL: String?
        /// Whether the section starts open (`expanded: true`).
        public var expanded: Bool
        public var children: [Entry]
    }

    public var entries: [Entry]

    /// Whether a content file is a TOC (`toc.yml`, in any folder); TOCs are not published.
    static func isTOCFile(_ path: String) -> Bool {
        path == "toc.yml" || path.hasSuffix("/toc.yml") || path == "toc.yaml" || path.hasSuffix("/toc.yaml")
    }

    /// Every article the entries open, depth first, each once: the reading order.
    public var articleOrder: [String] {
        var seen: Set<String> = []
        var order: [String] = []
        func visit(_ entries: [Entry]) {
            for entry in entries {
                if let article = entry.article, seen.insert(article).inserted { order.append(article) }
                visit(entry.children)
            }
        }
        visit(entries)
        return order
    }

    /// The entries from the top down to the first entry that opens `article` (inclusive).
    public func trail(to article: String) -> [Entry]? {
        func search(_ entries: [Entry], _ path: [Entry]) -> [Entry]? {
            for entry in entries {
                if entry.article == article { return path + [entry] }
                if let found = search(entry.children, path + [entry]) { return found }
            }
            return nil
        }
        return search(entries, [])
    }
}
