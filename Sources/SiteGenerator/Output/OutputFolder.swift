import Foundation

/// An already published site whose files are replaced one at a time.
///
/// Each file is written beside its target and renamed over it, so a server reading the folder
/// sees the old file or the new one, never a torn one. Paths are confined to the folder.
struct OutputFolder {
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

    private func confined(_ path: String) throws -> URL {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw CocoaError(.fileWriteNoPermission)
        }
        return url.appendingPathComponent(path)
    }
}
