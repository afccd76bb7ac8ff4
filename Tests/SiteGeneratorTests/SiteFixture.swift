import Foundation
import TestSupport

/// Fixture content and scratch folders for site tests.
enum SiteFixture {
    static var fixtures: String { Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path }
    static var site: String { "\(fixtures)/site" }

    static func temporaryFolder() throws -> URL {
        let url = Scratch.url("site")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.appendingPathComponent("out")
    }

    /// Copies the fixture site to a scratch folder, applying `changes` (path → new text, or `nil` to delete).
    static func copyOfSite(changing changes: [String: String?] = [:]) throws -> URL {
        let url = Scratch.url("content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: site), to: url)
        for (path, text) in changes {
            let file = url.appendingPathComponent(path)
            if let text {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: file, atomically: true, encoding: .utf8)
            } else {
                try FileManager.default.removeItem(at: file)
            }
        }
        return url
    }

    static func read(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file below `folder`, relative and sorted.
    static func files(in folder: URL) throws -> [String] {
        let base = folder.resolvingSymlinksInPath().path + "/"
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: base + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }
}
