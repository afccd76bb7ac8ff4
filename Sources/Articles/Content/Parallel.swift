import Foundation

/// Runs `body` for every index in `0..<count` on all cores and returns the results in order.
///
/// Each core takes the next small run of indices from a shared cursor until none are left, so
/// a core slowed by other work on the machine takes fewer runs instead of holding everyone up
/// at the end, as fixed per-core slices would; runs are long enough that the cursor's lock is
/// taken a few dozen times per core, not once per item.
public func parallelMap<Result: Sendable>(
    count: Int,
    _ body: @escaping @Sendable (Int) -> Result
) async -> [Result] {
    guard count > 0 else { return [] }
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
    guard workers > 1 else { return (0..<count).map(body) }
    let cursor = WorkCursor(count: count, runLength: max(1, count / (workers * 32)))
    return await withTaskGroup(of: [(start: Int, results: [Result])].self) { group in
        for _ in 0..<workers {
            group.addTask {
                var runs: [(start: Int, results: [Result])] = []
                while let run = cursor.next() {
                    runs.append((run.lowerBound, run.map(body)))
                }
                return runs
            }
        }
        var runs: [(start: Int, results: [Result])] = []
        for await finished in group { runs += finished }
        runs.sort { $0.start < $1.start }
        var results: [Result] = []
        results.reserveCapacity(count)
        for run in runs { results += run.results }
        return results
    }
}

/// Hands out consecutive runs of `0..<count` to whichever worker asks next.
private final class WorkCursor: @unchecked Sendable {
    private let lock = NSLock()
    private var position = 0
    private let count: Int
    private let runLength: Int

    init(count: Int, runLength: Int) {
        self.count = count
        self.runLength = runLength
    }

    func next() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard position < count else { return nil }
        let run = position..<min(count, position + runLength)
        position = run.upperBound
        return run
    }
}

/// Destroys `values` on all cores and returns once every element is gone.
///
/// Hand over the last reference (`releaseInParallel(consume articles)`): a thousand parsed
/// articles are millions of small allocations, and letting them go at the end of a scope frees
/// them one by one on a single core after all other work is done. Elements still referenced
/// elsewhere simply outlive the call.
public func releaseInParallel<Element: Sendable>(_ values: consuming [Element]) async {
    let count = values.count
    guard count > 1 else { return }
    let storage = ReleaseBuffer<Element>(moving: consume values)
    _ = await parallelMap(count: count) { storage.destroy(at: $0) }
    storage.deallocate()
}

/// Elements copied out of an array so that disjoint ones can be destroyed from different threads.
private final class ReleaseBuffer<Element: Sendable>: @unchecked Sendable {
    private let elements: UnsafeMutableBufferPointer<Element>

    /// Takes over the array's elements; once the array itself is released, this is the only
    /// reference to them.
    init(moving values: consuming [Element]) {
        elements = .allocate(capacity: values.count)
        _ = elements.initialize(from: values)
    }

    /// Each index is destroyed exactly once, by one thread (`parallelMap` hands out disjoint runs).
    func destroy(at index: Int) {
        (elements.baseAddress! + index).deinitialize(count: 1)
    }

    func deallocate() {
        elements.deallocate()
    }
}
