import Articles
import Foundation
import TestSupport

/// Access to the fixture folders of this test target.
enum Fixture {
    static var folder: String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path
    }

    static func root(_ name: String) -> ContentRoot {
        ContentRoot(path: "\(folder)/\(name)")
    }

    static func read(_ path: String, in rootName: String) -> (article: Article?, diagnostics: [Diagnostic]) {
        ArticleReader(root: root(rootName)).read(path)
    }

    /// A fresh temporary folder holding the given files (path → bytes).
    static func temporaryRoot(_ files: [String: [UInt8]]) throws -> ContentRoot {
        let url = Scratch.url("articles")
        for (path, bytes) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
        return ContentRoot(path: url.path)
    }
}

extension Fixture {
    /// Reads `markdown` as the article at `path` of a fresh root that also holds `files`.
    static func article(
        _ markdown: String, at path: String = "page.md", files: [String: String] = [:]
    ) throws -> (Article, [Diagnostic]) {
        var all = files.mapValues { Array($0.utf8) }
        all[path] = Array(markdown.utf8)
        let (article, diagnostics) = ArticleReader(root: try temporaryRoot(all)).read(path)
        guard let article else { throw CocoaError(.fileReadUnknown) }
        return (article, diagnostics)
    }
}

extension Array where Element == Diagnostic {
    var ids: [String] { map(\.id.rawValue) }
}
