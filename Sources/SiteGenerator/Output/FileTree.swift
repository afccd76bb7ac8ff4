import Foundation

/// Removes a folder and everything in it with `unlinkat`, relative to open directory handles.
///
/// A rebuilt site replaces the previous one, which means deleting thousands of files on every
/// build; this is several times faster than `FileManager.removeItem`, which looks up every entry
/// by its full path. Symbolic links are removed, never followed.
enum FileTree {
    static func remove(_ path: String) throws {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { return }
            if errno == ENOTDIR || errno == ELOOP {
                guard unlink(path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                return
            }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        try removeContents(of: descriptor)
        guard rmdir(path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Empties the directory open as `descriptor` and closes it.
    private static func removeContents(of descriptor: Int32) throws {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            if unlinkat(descriptor, name, 0) == 0 { continue }
            guard errno == EISDIR || errno == EPERM else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            try removeContents(of: child)
            guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
    }
}
