import Foundation

/// An already published site whose files are replaced one at a time.
///
/// Each file is written beside its target and renamed over it, so a server reading the folder
/// sees the old file or the new one, never a torn one. Paths are confined to the folder.
struct OutputFolder: Sendable {
    let url: URL

    init(path: String) {
        url = URL(fileURLWithPath: path).standardizedFileURL
    }

    func replace(_ files: [(String, Data)], removing removed: [String]) throws {
        for (path, data) in files {
            let target = try confined(path)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target, options: .atomic)
        }
        for path in removed {
            try? FileManager.default.removeItem(at: try confined(path))
        }
    }

    fileprivate func confined(_ path: String) throws -> URL {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw CocoaError(.fileWriteNoPermission)
        }
        return url.appendingPathComponent(path)
    }
}

extension OutputFolder: PageOutput {
    /// Pages of one pass are written from several threads: two of them may create the same new
    /// folder at once, and the one that loses finds it there.
    func write(_ text: String, to relativePath: String) throws {
        let target = try confined(relativePath)
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
            else { throw error }
        }
        try Data(text.utf8).write(to: target, options: .atomic)
    }
}
