import Articles
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
        try? FileTree.remove(url.path)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ text: String, to relativePath: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: relativePath) }
    }

    func write(_ data: Data, to relativePath: String) throws {
        try data.withUnsafeBytes { try write($0, to: relativePath) }
    }

    /// Writes with plain `open`/`write`: the staging folder is swapped in whole, so the per-file
    /// temporary copies and syncs of `Data.write` would only cost time. A missing folder is
    /// created on the first failure, not checked before every file.
    private func write(_ bytes: UnsafeRawBufferPointer, to relativePath: String) throws {
        guard !InterruptedBuild.isStopping else { throw CancellationError() }
        let path = url.appendingPathComponent(relativePath).path
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0, errno == ENOENT {
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            offset += written
        }
    }

    /// Copies every file of `folder` (recursively) into the staging folder.
    /// Hidden files are skipped, and symbolic links are followed only to files inside `folder`.
    func copyContents(of folder: String, skipping skip: (String) -> Bool = { _ in false }) throws {
        let source = ContentRoot(path: folder)
        for relative in source.scan().files.keys.sorted() where !skip(relative) {
            try write(try Data(contentsOf: source.resolvedURL.appendingPathComponent(relative)), to: relative)
        }
    }

    /// Replaces the output with the staged site.
    func commit() throws {
        let manager = FileManager.default
        let previous = Self.temporaryFolders(forOutput: output.path).previous
        try? FileTree.remove(previous.path)
        if manager.fileExists(atPath: output.path) {
            try manager.moveItem(at: output, to: previous)
        }
        do {
            try manager.moveItem(at: url, to: output)
        } catch {
            if manager.fileExists(atPath: previous.path) { try? manager.moveItem(at: previous, to: output) }
            throw error
        }
        try? FileTree.remove(previous.path)
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
        try? FileTree.remove(url.path)
    }
}
