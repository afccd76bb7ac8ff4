import Articles

/// Finds links to Markdown files that are not articles of the site. A warning, not an error:
/// guidance often links to documents published elsewhere under the same relative names.
struct LinkCheck {
    let root: ContentRoot
    let articlePaths: Set<String>

    func run(_ article: Article) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        article.document.forEach { node in
            guard case .link(let destination, _) = node.kind,
                  case .missing(let path) = ArticleLink(destination, from: article.path, root: root, articlePaths: articlePaths)
            else { return }
            diagnostics.append(Diagnostic(.brokenLink, .warning, at: node.location, "link to '\(path)', which is not an article of this site"))
        }
        return diagnostics
    }
}
