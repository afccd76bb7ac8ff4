import Foundation
import Parallelism
import Testing

@Suite("CoreLimit")
struct CoreLimitTests {
    /// The threads a body ran on.
    private final class Threads: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: Set<UInt> = []

        func note() {
            let id = UInt(pthread_self())
            lock.lock()
            seen.insert(id)
            lock.unlock()
        }

        var count: Int {
            lock.lock()
            defer { lock.unlock() }
            return seen.count
        }
    }

    @Test("a limit of one core runs every item on the calling thread, in order")
    func oneCore() async {
        let threads = Threads()
        let results = CoreLimit.$cores.withValue(1) {
            concurrentMap(count: 200) { index -> Int in
                threads.note()
                return index * 2
            }
        }
        #expect(results == (0..<200).map { $0 * 2 })
        #expect(threads.count == 1)

        let parallel = Threads()
        let mapped = await CoreLimit.$cores.withValue(1) {
            await parallelMap(count: 200) { index -> Int in
                parallel.note()
                return index + 1
            }
        }
        #expect(mapped == (0..<200).map { $0 + 1 })
        #expect(parallel.count == 1)
    }
}
