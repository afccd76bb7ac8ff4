import Foundation

/// Scratch folders for tests. Every one lives under a single folder per test process, which is
/// removed when the process exits, so a run leaves nothing in the temporary directory even when a
/// test fails halfway or forgets to clean up.
public enum Scratch {
    /// `crosswalk-tests-PID` in the temporary directory, created once and registered for removal.
    public static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-tests-\(getpid())")
        try? FileManager.default.removeItem(at: root)  // a previous process with the same id
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-tests-\(getpid())")
            try? FileManager.default.removeItem(at: root)
        }
        return root
    }()

    /// A fresh, not yet existing path under ``root``; `label` says in a listing which test made it.
    public static func url(_ label: String) -> URL {
        root.appendingPathComponent("\(label)-\(UUID().uuidString)")
    }
}

extension Scratch {
    /// A new folder under ``root`` holding `files` (relative path → text).
    public static func folder(_ label: String, files: [String: String] = [:]) throws -> URL {
        let url = Scratch.url(label)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return url
    }
}
