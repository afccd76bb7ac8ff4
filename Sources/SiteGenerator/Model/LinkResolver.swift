import Articles

/// Rewrites links between articles to links between pages, and finds the ones that lead nowhere.
///
/// `~/guides/mfa.md#x` (Learn's root-relative form) and `../guides/mfa.md#x` both become a link
/// relative to the current page, so the site works wherever it is hosted.
struct LinkResolver: Sendable {
    let root: ContentRoot
    let articlePaths: Set<String>

    enum Target: Equatable {
        case unchanged
        case page(path: String, fragment: String)
        case missing(path: String)
    }

    func target(of destination: String, from file: String) -> Target {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("/"),
              !destination.contains("://"), !destination.lowercased().hasPrefix("mailto:") else { return .unchanged }
        let (path, fragment) = Self.split(destination)
        guard path.hasSuffix(".md") else { return .unchanged }
        guard case .inside(let resolved) = root.resolveLexically(path, from: file) else { return .missing(path: path) }
        return articlePaths.contains(resolved) ? .page(path: resolved, fragment: fragment) : .missing(path: path)
    }

    func resolve(_ destination: String, from page: Page) -> String {
        switch target(of: destination, from: page.article.path) {
        case .page(let path, let fragment):
            let url = path == "index.md" ? "index.html" : Page.url(forArticle: path)
            return page.root + url + fragment
        case .unchanged, .missing:
            if destination.hasPrefix("~/") { return page.root + destination.dropFirst(2) }
            return destination
        }
    }

    /// Warnings for links to articles that do not exist.
    func check(_ article: Article) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        article.document.forEach { node in
            guard case .link(let destination, _) = node.kind,
                  case .missing(let path) = target(of: destination, from: article.path)
            else { return }
            diagnostics.append(Diagnostic(.brokenLink, .warning, at: node.location, "link to '\(path)', which is not an article of this site"))
        }
        return diagnostics
    }

    private static func split(_ destination: String) -> (String, String) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, "") }
        return (String(destination[..<hash]), String(destination[hash...]))
    }
}
