#if canImport(Glibc)
    import Glibc
#endif

/// The C allocator that serves this process, named by `crosswalk build --timings`.
///
/// On Linux the executable links mimalloc, which takes over `malloc` and `free` for the Swift
/// runtime, Foundation and cmark-gfm alike: a build allocates and frees millions of small blocks
/// on every core, and with glibc's allocator that was about a seventh of its processor time
/// (README, Performance). Timings only mean something next to the allocator they were taken
/// with, and a build linked without it would otherwise be slower without saying why.
enum Allocator {
    /// `mimalloc 2.0.9` when mimalloc serves `malloc`, else `the C library's malloc`.
    static var description: String {
        #if canImport(Glibc)
            // Looked up by name, so a build without mimalloc still runs and says so. A block from
            // `malloc` lies in mimalloc's heap only when mimalloc is the one answering `malloc`.
            let block = malloc(16)
            defer { free(block) }
            guard let version = dlsym(nil, "mi_version"), let isInHeap = dlsym(nil, "mi_is_in_heap_region"),
                unsafeBitCast(isInHeap, to: (@convention(c) (UnsafeRawPointer?) -> Bool).self)(block)
            else {
                return "the C library's malloc"
            }
            // mi_version() answers major * 100 + minor * 10 + patch.
            let number = Int(unsafeBitCast(version, to: (@convention(c) () -> Int32).self)())
            return "mimalloc \(number / 100).\(number / 10 % 10).\(number % 10)"
        #else
            return "the system's malloc"
        #endif
    }
}
