/// What the page does with its data, in Swift: the fallback without JavaScript renders with it,
/// and the equivalence tests prove it (and so `whatif.js`, which does the same steps) against
/// the engine. Set arithmetic and lookups only; no Conditional Access rule is here.
extension WhatIfPage {
    public struct Answer: Sendable, Equatable {
        public var outcome: WhatIfOutcome?
        /// Per policy: whether it applies.
        public var applies: [Bool]
        /// Per policy: Graph's analysis reason, `notSet` when it applies.
        public var reasons: [String]
    }

    /// The key of the listed questions' answers in `values` (one per dimension).
    func key(_ values: [String?], questions: [String]) -> String {
        let listed = questions.compactMap { id in dimensions.firstIndex { $0.id == id } }
        return Self.indexKey(listed.map { values[$0] }, of: listed.map { dimensions[$0] })
    }

    public func lookUp(_ combination: InputCombination) -> Answer {
        let values = combination.values
        var sets = identitySets[key(values, questions: identityQuestions)] ?? []
        for (dimension, value) in zip(dimensions, values) {
            if let value, let set = conditionSets[dimension.id]?[value] { sets.append(set) }
        }
        sets.sort { $0.rank < $1.rank }
        let count = policies.count
        var through = WhatIfBits.hex(.init(0..<count), count: count)
        var undecided = WhatIfBits.hex(.empty, count: count)
        for set in sets {
            through = WhatIfBits.and(through, set.through)
            if let other = set.undecided { undecided = WhatIfBits.or(undecided, other) }
        }
        var applies: [Bool] = []
        var reasons: [String] = []
        var applyingKinds: [Int] = []
        for index in 0..<count {
            let stopping = sets.first { !WhatIfBits.contains($0.through, index) }
            let reason =
                stopping.map { self.reasons[$0.rank] }
                ?? (WhatIfBits.contains(undecided, index) ? "notEnoughInformation" : "notSet")
            applies.append(reason == "notSet")
            reasons.append(reason)
            // Undecided policies count for the verdict, as in the engine.
            if stopping == nil, kinds[index] >= 0 { applyingKinds.append(kinds[index]) }
        }
        let accessKey = key(values, questions: WhatIfStructure.accessIDs)
        var state = key(values, questions: stateQuestions) + "|" + (access[accessKey] ?? "") + "|"
        state += dimensions.enumerated().compactMap { index, dimension in
            facets[dimension.id].map { table in values[index].flatMap { table[$0] } ?? InputCombination.collapsed }
        }.joined(separator: "|")
        let kindKey = WhatIfBits.hex(.init(applyingKinds), count: (kinds.max() ?? -1) + 1)
        let outcome = cases[state].flatMap { tables[$0][kindKey] }.map { outcomes[$0] }
        return Answer(outcome: outcome, applies: applies, reasons: reasons)
    }
}
