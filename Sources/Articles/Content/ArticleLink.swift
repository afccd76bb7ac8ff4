/// What a link destination in an article points to, as far as the site is concerned.
///
/// Shared by the renderer (which rewrites links to pages) and the checker (which reports links to
/// articles that do not exist), so both read a link the same way.
public enum ArticleLink: Sendable, Equatable {
    /// Not a link to an article: another site, an anchor on the same page, an image, a file.
    case other
    /// Another article of the site (root-relative path) and the fragment to keep (`#x` or empty).
    case article(path: String, fragment: String)
    /// A link to a Markdown file that is not an article of the site.
    case missing(path: String)

    public init(_ destination: String, from file: String, root: ContentRoot, articlePaths: Set<String>) {
        // Every link of every article comes through here, for the check and again for the page;
        // the tests are on UTF-8 bytes, as the parts that matter (`#`, `/`, `.md`, schemes) are ASCII.
        let bytes = destination.utf8
        guard let first = bytes.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"),
            !destination.containsBytes("://"), !destination.hasPrefixIgnoringASCIICase("mailto:")
        else {
            self = .other
            return
        }
        let hash = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        guard destination[..<hash].hasSuffixBytes(".md") else {
            self = .other
            return
        }
        let path = String(destination[..<hash])
        guard case .inside(let resolved) = root.resolveLexically(path, from: file), articlePaths.contains(resolved)
        else {
            self = .missing(path: path)
            return
        }
        self = .article(path: resolved, fragment: String(destination[hash...]))
    }
}
