import Foundation

/// Cleans up after a build that is stopped from outside (Ctrl-C, `kill`).
///
/// The output is only ever replaced by two renames at the very end, so an interrupted build
/// has nothing to undo but its staging folder; and if it was stopped between the two renames,
/// the previous site is put back.
public enum InterruptedBuild {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var stopping = false

    /// True once a stop was asked for: staging writes fail from then on, so no worker re-creates
    /// the folder being removed.
    static var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    public static func cleanUp(output path: String) {
        lock.lock()
        stopping = true
        lock.unlock()
        // Writes already past the check finish within moments; remove after them, and again in
        // case one re-created a folder while the first removal ran.
        usleep(20_000)
        let manager = FileManager.default
        let output = URL(fileURLWithPath: path).standardizedFileURL
        let (staging, previous) = StagingDirectory.temporaryFolders(forOutput: path)
        try? manager.removeItem(at: staging)
        usleep(5_000)
        try? manager.removeItem(at: staging)
        if manager.fileExists(atPath: previous.path) {
            if manager.fileExists(atPath: output.path) {
                try? manager.removeItem(at: previous)
            } else {
                try? manager.moveItem(at: previous, to: output)
            }
        }
    }
}
