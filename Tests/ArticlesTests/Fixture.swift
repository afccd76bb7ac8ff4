import Articles
import Foundation

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
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-articles-\(UUID().uuidString)")
        for (path, bytes) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
        return ContentRoot(path: url.path)
    }
}

extension Array where Element == Diagnostic {
    var ids: [String] { map(\.id.rawValue) }
}
