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
    let workers = max(1, min(CoreLimit.available, count))
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
