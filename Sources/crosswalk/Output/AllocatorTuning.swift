#if canImport(Glibc)
import Glibc
#endif

/// Settings for the C allocator in commands that run once over a whole content folder.
///
/// A build allocates and frees millions of small blocks on every core. By default glibc grows
/// each heap a little at a time and gives freed memory back to the system as soon as the top of
/// a heap is free, so the same pages are faulted in again and again; growing in 64 MiB steps
/// and keeping up to 512 MiB of free memory made a build of 1,000 articles about a tenth
/// faster (`make bench`). The memory goes back to the system when the command exits, moments
/// later. Not used by the long-running preview server.
enum AllocatorTuning {
    static func forBatchRun() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module does not export; it is
        // looked up by name, with the parameter numbers <malloc.h> gives.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThreshold: Int32 = -1, topPad: Int32 = -2
        _ = mallopt(topPad, 64 << 20)
        _ = mallopt(trimThreshold, 512 << 20)
        #endif
    }
}
