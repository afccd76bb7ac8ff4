import Foundation

/// A folder beside the output that a build writes into, swapped in only when the build succeeded.
///
/// Readers of the output never see a half-written site: either the previous site stays, or the
/// new one replaces it with two renames.
struct StagingDirectory: Sendable {
    let output: URL
    let url: URL

    init(output path: String) throws {
        output = URL(fileURLWithPath: path).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        url = Self.temporaryFolders(forOutput: path).staging
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    func write(_ data: Data, to relativePath: String) throws {
        guard !InterruptedBuild.isStopping else { throw CancellationError() }
        let target = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    /// Copies every file of `folder` (recursively) into the staging folder.
    func copyContents(of folder: String, skipping skip: (String) -> Bool = { _ in false }) throws {
        let source = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
        guard let enumerator = FileManager.default.enumerator(at: source, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return }
        let prefix = source.path + "/"
        for case let file as URL in enumerator {
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            let resolved = file.resolvingSymlinksInPath().path
            guard resolved.hasPrefix(prefix) else { continue }
            let relative = String(file.path.dropFirst(prefix.count))
            guard !skip(relative) else { continue }
            try write(try Data(contentsOf: file), to: relative)
        }
    }

    /// Replaces the output with the staged site.
    func commit() throws {
        let manager = FileManager.default
        let previous = Self.temporaryFolders(forOutput: output.path).previous
        try? manager.removeItem(at: previous)
        if manager.fileExists(atPath: output.path) {
            try manager.moveItem(at: output, to: previous)
        }
        do {
            try manager.moveItem(at: url, to: output)
        } catch {
            if manager.fileExists(atPath: previous.path) { try? manager.moveItem(at: previous, to: output) }
            throw error
        }
        try? manager.removeItem(at: previous)
    }

    /// The folders a build of `output` by this process uses beside it: the staging folder and,
    /// for the moment of the swap, the previous site.
    static func temporaryFolders(forOutput path: String) -> (staging: URL, previous: URL) {
        let output = URL(fileURLWithPath: path).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        return (
            parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(pid)"),
            parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(pid)")
        )
    }

    func discard() {
        try? FileManager.default.removeItem(at: url)
    }
}
