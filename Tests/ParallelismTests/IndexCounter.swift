import Foundation

/// Counts how often each index was run, from any thread.
final class IndexCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int]

    init(count: Int) {
        storage = Array(repeating: 0, count: count)
    }

    func insert(_ index: Int) {
        lock.lock()
        storage[index] += 1
        lock.unlock()
    }

    var counts: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
