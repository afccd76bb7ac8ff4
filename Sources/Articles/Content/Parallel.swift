import Foundation

/// Runs `body` for every index in `0..<count` on all cores and returns the results in order.
///
/// Work is split into one contiguous slice per core; pages are similar in size, so slices finish
/// at about the same time without the overhead of a task per page.
public func parallelMap<Result: Sendable>(
    count: Int,
    _ body: @escaping @Sendable (Int) -> Result
) async -> [Result] {
    guard count > 0 else { return [] }
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
    let sliceSize = (count + workers - 1) / workers
    return await withTaskGroup(of: (Int, [Result]).self) { group in
        for worker in 0..<workers {
            let start = worker * sliceSize
            let end = min(count, start + sliceSize)
            guard start < end else { continue }
            group.addTask { (worker, (start..<end).map(body)) }
        }
        var slices = [[Result]](repeating: [], count: workers)
        for await (worker, results) in group { slices[worker] = results }
        return slices.flatMap { $0 }
    }
}
