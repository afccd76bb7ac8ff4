#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every regular file below a folder with its stamp, found with `readdir` and `stat`.
///
/// A preview server scans the content several times a second, so this avoids Foundation's
/// enumerator (an order of magnitude slower on Linux). Hidden entries are skipped; symbolic
/// links are followed only when `accept` allows their root-relative path, so a link can never
/// take a scan outside the folder or round a loop.
public struct FolderScan: Sendable, Equatable {
    /// Root-relative path (`/` separators) → stamp.
    public var files: [String: FileStamp] = [:]
    /// Symbolic links that were not followed, root-relative.
    public var refusedLinks: [String] = []

    public init() {}

    /// Scans `folder`; `accept` decides, for each symbolic link, whether it may be followed.
    public init(folder: String, accept: (String) -> Bool = { _ in false }) {
        scan(directory: folder, relative: "", accept: accept, depth: 0)
        refusedLinks.sort()
    }

    /// Deeper folders than this are not scanned: no real site nests so deep, and it bounds the
    /// work a hostile tree can cause.
    static let maximumDepth = 64

    private mutating func scan(directory: String, relative: String, accept: (String) -> Bool, depth: Int) {
        guard depth < Self.maximumDepth, let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            // Relative to the open folder: the kernel does not walk the whole path again for
            // every file, which was a third of a preview pass over a thousand articles.
            guard fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            var kind = info.st_mode & S_IFMT
            if kind == S_IFLNK {
                guard accept(child), fstatat(dirfd(handle), name, &info, 0) == 0 else {
                    refusedLinks.append(child)
                    continue
                }
                kind = info.st_mode & S_IFMT
                // A linked folder is listed but not entered: its files are reached by their own
                // paths only when they are inside the root, and loops are impossible.
                guard kind == S_IFREG else { continue }
            }
            if kind == S_IFREG {
                files[child] = FileStamp(info)
            } else if kind == S_IFDIR {
                scan(directory: directory + "/" + name, relative: child, accept: accept, depth: depth + 1)
            }
        }
    }
}
