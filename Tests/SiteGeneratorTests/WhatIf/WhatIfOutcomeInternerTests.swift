import Parallelism
import Articles
import Foundation
import Testing

@testable import SiteGenerator

@Suite("What If outcome interner")
struct WhatIfOutcomeInternerTests {
    private func outcome(_ verdict: String, steps: [String]) throws -> WhatIfOutcome {
        let json =
            #"{"verdict":"\#(verdict)","mfa":"none","requirements":[],"steps":["\#(steps.joined(separator: #"",""#))"],"session":[]}"#
        return try JSONDecoder().decode(WhatIfOutcome.self, from: Data(json.utf8))
    }

    @Test("equal outcomes share a number, different ones do not, from any number of threads")
    func numbers() throws {
        let outcomes = try [
            outcome("granted", steps: ["a"]), outcome("blocked", steps: ["a"]),
            outcome("granted", steps: ["a", "b"]), outcome("granted", steps: ["b"]),
        ]
        let interner = WhatIfOutcomeInterner()
        let numbers = concurrentMap(count: 400) { interner.number(outcomes[$0 % outcomes.count]) }
        #expect(interner.count == outcomes.count)
        for (position, number) in numbers.enumerated() {
            #expect(interner.outcome(number) == outcomes[position % outcomes.count])
        }
        #expect(Set(numbers[0..<4]).count == 4)
    }
}
