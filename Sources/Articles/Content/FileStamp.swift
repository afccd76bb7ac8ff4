#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a file looked like when it was last seen: its modification time and size.
///
/// Two equal stamps mean "not saved since" for every editor in practice; comparing them is what
/// lets a preview server skip re-reading the files nobody touched.
public struct FileStamp: Sendable, Hashable {
    public var seconds: Int
    public var nanoseconds: Int
    public var size: Int

    public init(seconds: Int, nanoseconds: Int, size: Int) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.size = size
    }

    init(_ info: stat) {
        #if canImport(Darwin)
            seconds = Int(info.st_mtimespec.tv_sec)
            nanoseconds = Int(info.st_mtimespec.tv_nsec)
        #else
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
        #endif
        size = Int(info.st_size)
    }
}
