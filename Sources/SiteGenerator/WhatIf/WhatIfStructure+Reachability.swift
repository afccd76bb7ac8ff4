import AccessEngine

extension WhatIfStructure {
    /// Per group of guest states (their answers to `sharedPositions`: who signs in, from which
    /// home tenant), the kinds of applying policies the other answers can reach, under each
    /// answer of the cross-tenant access check and each combination of facets, each with a
    /// sign-in that reaches it.
    ///
    /// Which sets are reachable depends only on the questions the states share with identity,
    /// so it is worked out once per group; each witness becomes a sign-in once, on which a
    /// state changes only its own answers (``WhatIfQuestions/GuestState``).
    func reachable(
        states: [InputCombination], of stateDimensions: [WalkthroughDimension], sharedPositions: [Int],
        answers: WhatIfAnswerSets, facetDimensions: [WalkthroughDimension], kinds: [Int],
        signIn: ([String: String]) -> SignIn
    ) -> [[String?]: [WhatIfOutcomeTables.Reachable]] {
        let kindCount = (kinds.max() ?? -1) + 1
        let appDimension = answers.conditionDimensions.first { $0.id == "app" }
        var facetCombinations: [[String: String]] = [[:]]
        for dimension in facetDimensions {
            let values = dimension.options.compactMap { answers.facets[dimension.id]?[$0.value] }.uniqued()
            facetCombinations = facetCombinations.flatMap { chosen in
                values.map { chosen.merging([dimension.id: $0]) { $1 } }
            }
        }
        // Which sets of applying policies the answers reach depends only on the identity
        // questions the state shares (who, home tenant), so it is worked out once per group of
        // states; then each state evaluates the group's witnesses.
        // Each witness becomes a sign-in once per group; a state then changes only its own
        // answers (``WhatIfQuestions/GuestState``) on it.
        var groups: [[String?]: [Reachable]] = [:]
        for state in states {
            let group = sharedPositions.map { state.values[$0] }
            guard groups[group] == nil else { continue }
            let stateAnswers = state.resolved(stateDimensions)
            let base = answers.identities.filter { identity in
                sharedPositions.allSatisfy {
                    identity.answers[stateDimensions[$0].id] == stateAnswers[stateDimensions[$0].id]
                }
            }
            // The access check's answer for each application, for this who and home tenant.
            var accessOf: [String: String] = [:]
            let accessCombination = answers.accessDimensions.map { dimension -> String? in
                dimension.id == "app" ? nil : state.values[stateDimensions.firstIndex { $0.id == dimension.id }!]
            }
            for option in appDimension?.options ?? [] {
                var values = accessCombination
                values[values.count - 1] = option.value
                accessOf[option.value] = answers.access[WhatIfPage.indexKey(values, of: answers.accessDimensions)] ?? ""
            }
            let accessResults =
                appDimension == nil
                ? [answers.access[WhatIfPage.indexKey(accessCombination, of: answers.accessDimensions)] ?? ""]
                : appDimension!.options.map { accessOf[$0.value] ?? "" }.uniqued()
            var reachable: [Reachable] = []
            for result in accessResults {
                for chosen in facetCombinations {
                    var current: [(WhatIfAnswerSets.Reach, [String: String])] = []
                    var seen: Set<WhatIfAnswerSets.Reach> = []
                    for identity in base where seen.insert(identity.reach).inserted {
                        current.append((identity.reach, identity.answers))
                    }
                    for dimension in answers.conditionDimensions {
                        var next: [(WhatIfAnswerSets.Reach, [String: String])] = []
                        seen = []
                        for (reach, witness) in current {
                            for option in dimension.options {
                                if let facet = chosen[dimension.id],
                                    answers.facets[dimension.id]?[option.value] != facet
                                {
                                    continue
                                }
                                if dimension.id == "app", accessOf[option.value] != result { continue }
                                guard let answer = answers.reaches[dimension.id]?[option.value] else { continue }
                                let combined = WhatIfAnswerSets.Reach(
                                    through: reach.through & answer.through,
                                    undecided: reach.undecided | answer.undecided)
                                if seen.insert(combined).inserted {
                                    next.append((combined, witness.merging([dimension.id: option.value]) { $1 }))
                                }
                            }
                        }
                        current = next
                    }
                    var entries: [(kinds: String, signIn: SignIn)] = []
                    var kindsSeen: Set<String> = []
                    for (reach, witness) in current {
                        // Undecided policies count for the verdict, as in the engine.
                        let key = WhatIfBits.hex(
                            PolicySet(reach.through.indexes.compactMap { kinds[$0] >= 0 ? kinds[$0] : nil }),
                            count: kindCount)
                        if kindsSeen.insert(key).inserted { entries.append((key, signIn(witness))) }
                    }
                    let suffix =
                        result + "|"
                        + facetDimensions.map { chosen[$0.id] ?? InputCombination.collapsed }.joined(separator: "|")
                    reachable.append(Reachable(key: suffix, entries: entries))
                }
            }
            groups[group] = reachable
        }
        return groups
    }
}

private typealias Reachable = WhatIfOutcomeTables.Reachable
