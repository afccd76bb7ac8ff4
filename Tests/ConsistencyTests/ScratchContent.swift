import Articles
import Foundation
import TestSupport

/// A content root in a fresh temporary folder.
enum ScratchContent {
    static func make(_ files: [String: String]) throws -> ContentRoot {
        let url = Scratch.url("check")
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return ContentRoot(path: url.path)
    }
}
