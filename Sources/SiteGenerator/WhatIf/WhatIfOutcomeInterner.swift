import Foundation

/// The distinct outcomes met while the page's states are evaluated on several cores, each kept
/// once under a provisional number.
///
/// Tens of thousands of evaluations give about a thousand distinct outcomes; numbering them
/// where they are made hashes and releases the duplicates on every core instead of on one
/// afterwards. The numbers depend on which core came first, so the page renumbers them in its
/// own order (first use, state by state) before storing any.
final class WhatIfOutcomeInterner: @unchecked Sendable {
    private let lock = NSLock()
    private var numbers: [Hashed: Int] = [:]
    private var outcomes: [WhatIfOutcome] = []

    /// The outcome's number, the same for every equal outcome.
    func number(_ outcome: WhatIfOutcome) -> Int {
        let key = Hashed(outcome)
        lock.lock()
        defer { lock.unlock() }
        if let known = numbers[key] { return known }
        numbers[key] = outcomes.count
        outcomes.append(outcome)
        return outcomes.count - 1
    }

    /// The outcome numbered `number`.
    func outcome(_ number: Int) -> WhatIfOutcome {
        lock.lock()
        defer { lock.unlock() }
        return outcomes[number]
    }

    /// How many distinct outcomes have been numbered.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return outcomes.count
    }

    /// An outcome with its hash worked out before the lock is taken.
    private struct Hashed: Hashable {
        let outcome: WhatIfOutcome
        let hash: Int

        init(_ outcome: WhatIfOutcome) {
            self.outcome = outcome
            hash = outcome.hashValue
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }

        static func == (lhs: Hashed, rhs: Hashed) -> Bool {
            lhs.hash == rhs.hash && lhs.outcome == rhs.outcome
        }
    }
}
