import Foundation

/// Cleans up after a build that is stopped from outside (Ctrl-C, `kill`).
///
/// The output is only ever replaced by two renames at the very end, so an interrupted build
/// has nothing to undo but its staging folder; and if it was stopped between the two renames,
/// the previous site is put back.
public enum InterruptedBuild {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var stopping = false
    nonisolated(unsafe) private static var children: [Int32: Process] = [:]

    /// Notes a helper process (the search indexer), so a stop ends it too instead of leaving it
    /// writing into a folder that is being removed.
    static func started(_ process: Process) {
        lock.lock()
        defer { lock.unlock() }
        children[process.processIdentifier] = process
    }

    static func finished(_ process: Process) {
        lock.lock()
        defer { lock.unlock() }
        children[process.processIdentifier] = nil
    }

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
        let running = Array(children.values)
        lock.unlock()
        for process in running where process.isRunning { process.terminate() }
        // Writes already past the check finish within moments; remove after them, and again in
        // case one re-created a folder while the first removal ran.
        usleep(20_000)
        let manager = FileManager.default
        let output = URL(fileURLWithPath: path).standardizedFileURL
        let (staging, previous) = StagingDirectory.temporaryFolders(forOutput: path)
        try? FileTree.remove(staging.path)
        usleep(5_000)
        try? FileTree.remove(staging.path)
        if manager.fileExists(atPath: previous.path) {
            if manager.fileExists(atPath: output.path) {
                try? FileTree.remove(previous.path)
            } else {
                try? manager.moveItem(at: previous, to: output)
            }
        }
    }
}
