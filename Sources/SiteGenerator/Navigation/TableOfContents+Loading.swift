import AccessEngine
import Articles
import Foundation
import Yams

extension TableOfContents {
    /// The keys DocFX gives TOC entries that Crosswalk reads or may pass over.
    static let keys = [
        "name", "href", "items", "expanded", "displayName", "topicHref", "uid", "tocHref", "homepage",
        "maintainContext",
    ]

    /// Reads `toc.yml` at the root of `root`, following entries whose `href` is another
    /// `toc.yml`. `nil` when the site has none: pages then follow the course order. An entry
    /// naming an article that does not exist is a warning at its line; a file that cannot be
    /// read as a TOC is an error.
    public static func load(
        root: ContentRoot, articlePaths: Set<String>
    ) -> (toc: TableOfContents?, diagnostics: [Diagnostic]) {
        guard FileManager.default.fileExists(atPath: root.resolvedURL.path + "/toc.yml") else { return (nil, []) }
        var loader = Loader(root: root, articlePaths: articlePaths)
        let entries = loader.entries(ofFile: "toc.yml")
        return (TableOfContents(entries: entries), loader.diagnostics)
    }

    private struct Loader {
        let root: ContentRoot
        let articlePaths: Set<String>
        var diagnostics: [Diagnostic] = []
        var stack: [String] = []

        init(root: ContentRoot, articlePaths: Set<String>) {
            self.root = root
            self.articlePaths = articlePaths
        }

        mutating func entries(ofFile path: String) -> [Entry] {
            let file = root.displayPath(of: path)
            guard !stack.contains(path), stack.count < 8 else {
                diagnostics.append(
                    Diagnostic(
                        .tocInvalid, at: SourceLocation(file: file, line: 1, column: 1),
                        "TOC files include each other: \((stack + [path]).joined(separator: " → "))"))
                return []
            }
            stack.append(path)
            defer { stack.removeLast() }
            let node: Node?
            do {
                let bytes = try root.read(path)
                node = try YAMLText.compose(String(decoding: bytes, as: UTF8.self), resolver: .basic)
            } catch let error as YamlError {
                diagnostics.append(YAMLDiagnostic.diagnostic(for: error, id: .tocInvalid, file: file, firstLine: 1))
                return []
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .tocInvalid, at: SourceLocation(file: file, line: 1, column: 1), "cannot read the TOC file"))
                return []
            }
            // DocFX accepts a top-level list of entries or a mapping with `items`.
            guard let node else { return [] }
            if let list = node.sequence { return entries(in: list, file: path) }
            if let items = node.mapping?["items"]?.sequence { return entries(in: items, file: path) }
            diagnostics.append(
                Diagnostic(
                    .tocInvalid, at: YAMLDiagnostic.location(of: node, file: file, firstLine: 1),
                    "a TOC is a list of entries, or a mapping with 'items'"))
            return []
        }

        private mutating func entries(in list: Node.Sequence, file: String) -> [Entry] {
            list.compactMap { entry(from: $0, file: file) }
        }

        private mutating func entry(from node: Node, file: String) -> Entry? {
            let display = root.displayPath(of: file)
            let location = YAMLDiagnostic.location(of: node, file: display, firstLine: 1)
            guard let mapping = node.mapping else {
                diagnostics.append(
                    Diagnostic(.tocInvalid, at: location, "a TOC entry is a mapping with 'name' and 'href' or 'items'"))
                return nil
            }
            for key in mapping.keys.compactMap(\.string) where !TableOfContents.keys.contains(key) {
                let hint = Suggestion.nearest(to: key, in: TableOfContents.keys).map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.append(
                    Diagnostic(.tocInvalid, .warning, at: location, "unknown TOC key '\(key)' is ignored\(hint)"))
            }
            guard let name = mapping["name"]?.string, !name.isEmpty else {
                diagnostics.append(Diagnostic(.tocInvalid, at: location, "a TOC entry needs a 'name'"))
                return nil
            }
            var entry = Entry(
                name: name, article: nil, externalURL: nil,
                expanded: mapping["expanded"]?.string?.lowercased() == "true", children: [])
            if let href = mapping["href"]?.string, !href.isEmpty {
                let hrefLocation =
                    mapping["href"].map { YAMLDiagnostic.location(of: $0, file: display, firstLine: 1) } ?? location
                if href.contains("://") || href.hasPrefix("mailto:") {
                    entry.externalURL = URLSafety.isSafe(href) ? href : nil
                } else if case .inside(let path) = root.resolveLexically(
                    String(href.prefix { $0 != "#" && $0 != "?" }), from: file)
                {
                    if TableOfContents.isTOCFile(path) {
                        entry.children = entries(ofFile: path)
                    } else {
                        let article = path.hasSuffix("/") || path.isEmpty ? path + "index.md" : path
                        if articlePaths.contains(article) {
                            entry.article = article
                        } else {
                            diagnostics.append(
                                Diagnostic(
                                    .tocMissingArticle, .warning, at: hrefLocation,
                                    "TOC entry '\(name)' points to '\(href)', which is not an article of this site"))
                        }
                    }
                } else {
                    diagnostics.append(
                        Diagnostic(
                            .tocMissingArticle, .warning, at: hrefLocation,
                            "TOC entry '\(name)' points outside the content folder: '\(href)'"))
                }
            }
            if let items = mapping["items"]?.sequence {
                entry.children += entries(in: items, file: file)
            }
            return entry
        }
    }
}
