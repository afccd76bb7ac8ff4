import Parallelism
import Foundation
import Testing

@Suite("concurrentMap")
struct ConcurrentMapTests {
    @Test("results come back in index order, whatever the count", arguments: [0, 1, 2, 7, 342, 4_099])
    func order(count: Int) {
        let results = concurrentMap(count: count) { String($0 * 3) }
        #expect(results == (0..<count).map { String($0 * 3) })
    }

    @Test("every index is run exactly once, even when some items are much slower")
    func eachIndexOnce() {
        let counter = IndexCounter(count: 300)
        let results = concurrentMap(count: 300) { index -> Int in
            if index % 30 == 0 { Thread.sleep(forTimeInterval: 0.002) }
            counter.insert(index)
            return index
        }
        #expect(results == Array(0..<300))
        #expect(counter.counts == Array(repeating: 1, count: 300))
    }
}
