import Articles

/// Finds links to Markdown files that are not articles of the site. A warning, not an error:
/// guidance often links to documents published elsewhere under the same relative names.
struct LinkCheck {
    let root: ContentRoot
    let articlePaths: Set<String>

    func run(_ article: Article) -> [Diagnostic] {
        article.document.links.compactMap { link in
            guard
                case .missing(let path) = ArticleLink(
                    link.destination, from: article.path, root: root, articlePaths: articlePaths)
            else {
                return nil
            }
            return Diagnostic(
                .brokenLink, .warning, at: link.location, "link to '\(path)', which is not an article of this site")
        }
    }
}
