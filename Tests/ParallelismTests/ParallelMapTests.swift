import Parallelism
import Foundation
import Testing

@Suite("parallelMap")
struct ParallelMapTests {
    @Test("results come back in index order, whatever the count", arguments: [0, 1, 2, 7, 64, 1_000, 4_099])
    func order(count: Int) async {
        let results = await parallelMap(count: count) { $0 * 3 }
        #expect(results == (0..<count).map { $0 * 3 })
    }

    @Test("every index is run exactly once, even when some items are much slower")
    func eachIndexOnce() async {
        let seen = IndexCounter(count: 500)
        let results = await parallelMap(count: 500) { index -> Int in
            if index % 50 == 0 { Thread.sleep(forTimeInterval: 0.002) }
            seen.insert(index)
            return index
        }
        #expect(results == Array(0..<500))
        #expect(seen.counts == Array(repeating: 1, count: 500))
    }
}
