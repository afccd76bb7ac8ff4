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
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("/"),
              !destination.containsBytes("://"), !destination.lowercased().hasPrefix("mailto:") else {
            self = .other
            return
        }
        let hash = destination.firstIndex(of: "#") ?? destination.endIndex
        let path = String(destination[..<hash])
        let fragment = String(destination[hash...])
        guard path.hasSuffix(".md") else {
            self = .other
            return
        }
        guard case .inside(let resolved) = root.resolveLexically(path, from: file), articlePaths.contains(resolved) else {
            self = .missing(path: path)
            return
        }
        self = .article(path: resolved, fragment: fragment)
    }
}
