import AccessEngine

/// What the engine says of each answer on its own, before any guest state is evaluated: the
/// policies each condition answer lets through, the conditions each identity leaves to the
/// policies, and the cross-tenant access check per who, home tenant and application. The page
/// stores these sets; the reachable outcomes are worked out from them
/// (``WhatIfStructure/reachable(states:of:sharedPositions:answers:facetDimensions:kinds:signIn:)``).
struct WhatIfAnswerSets {
    /// The policies a combination of answers lets through, and those it leaves undecided.
    struct Reach: Hashable {
        var through: PolicySet
        var undecided: PolicySet
    }

    /// Graph's analysis reason of each condition, by rank.
    var reasons: [String]
    /// The questions that each decide one condition (application, platform, location, ...).
    var conditionDimensions: [WalkthroughDimension]
    /// By question, then answer: the condition that answer decides, as the page stores it.
    var conditionSets: [String: [String: WhatIfConditionSet]]
    /// The same, as the sets the reachability works with.
    var reaches: [String: [String: Reach]]
    /// By question, then answer: what of the answer matters beyond its condition.
    var facets: [String: [String: String]]
    var identityDimensions: [WalkthroughDimension]
    /// By identity key: the conditions no asked question decides.
    var identitySets: [String: [WhatIfConditionSet]]
    /// Every identity with what it lets through of those conditions.
    var identities: [(answers: [String: String], reach: Reach)]
    var accessDimensions: [WalkthroughDimension]
    /// By who, home tenant and application: the access check's block reason, empty when none.
    var access: [String: String]
}

extension WhatIfStructure {
    /// The answer sets of `dimensions`, each asked of the engine on the sign-in `signIn` builds.
    func answerSets(
        _ dimensions: [WalkthroughDimension], signIn: ([String: String]) -> SignIn
    ) -> WhatIfAnswerSets {
        let count = tenant.policies.count
        func set(_ condition: ConditionApplicability, rank: Int) -> WhatIfConditionSet {
            WhatIfConditionSet(
                rank: rank, through: WhatIfBits.hex(condition.letThrough, count: count),
                undecided: condition.undecided.isEmpty ? nil : WhatIfBits.hex(condition.undecided, count: count))
        }
        let reference = compiled.applicability(of: signIn([:])).conditions
        let reasons = reference.map { $0.reason.names.first ?? "notSet" }

        // Condition questions: one set per answer, from the engine.
        let conditionDimensions = dimensions.filter { Self.conditionReasons[$0.id] != nil }
        var owned: Set<Int> = []
        var conditionSets: [String: [String: WhatIfConditionSet]] = [:]
        var reaches: [String: [String: WhatIfAnswerSets.Reach]] = [:]
        var facets: [String: [String: String]] = [:]
        for dimension in conditionDimensions {
            guard let reason = Self.conditionReasons[dimension.id],
                let rank = reference.firstIndex(where: { reason.contains($0.reason) })
            else { continue }
            owned.insert(rank)
            for option in dimension.options {
                let condition = compiled.applicability(of: signIn([dimension.id: option.value])).conditions[rank]
                conditionSets[dimension.id, default: [:]][option.value] = set(condition, rank: rank)
                reaches[dimension.id, default: [:]][option.value] = WhatIfAnswerSets.Reach(
                    through: condition.letThrough, undecided: condition.undecided)
                if let facet = Self.facet(dimension.id, option.value) {
                    facets[dimension.id, default: [:]][option.value] = facet
                }
            }
            if Set(facets[dimension.id]?.values ?? [:].values).count < 2 { facets[dimension.id] = nil }
        }

        // Identity: every other condition, per combination of the identity questions.
        let identityDimensions = dimensions.filter { Self.identityIDs.contains($0.id) }
        var identitySets: [String: [WhatIfConditionSet]] = [:]
        var identities: [(answers: [String: String], reach: WhatIfAnswerSets.Reach)] = []
        for combination in InputCombination.enumerate(identityDimensions) {
            let answers = combination.resolved(identityDimensions)
            var sets: [WhatIfConditionSet] = []
            var reach = WhatIfAnswerSets.Reach(through: PolicySet(0..<count), undecided: .empty)
            for (rank, condition) in compiled.applicability(of: signIn(answers)).conditions.enumerated()
            where !owned.contains(rank) {
                sets.append(set(condition, rank: rank))
                reach.through = reach.through & condition.letThrough
                reach.undecided = reach.undecided | condition.undecided
            }
            identitySets[WhatIfPage.indexKey(combination.values, of: identityDimensions)] = sets
            identities.append((answers, reach))
        }

        // The cross-tenant access check, per who, home tenant and application.
        let accessDimensions = Self.accessIDs.compactMap { id in dimensions.first { $0.id == id } }
        var access: [String: String] = [:]
        for combination in InputCombination.enumerate(accessDimensions) {
            let block = compiled.crossTenantAccessBlock(of: signIn(combination.resolved(accessDimensions)))
            access[WhatIfPage.indexKey(combination.values, of: accessDimensions)] = block?.rawValue ?? ""
        }
        return WhatIfAnswerSets(
            reasons: reasons, conditionDimensions: conditionDimensions, conditionSets: conditionSets,
            reaches: reaches, facets: facets, identityDimensions: identityDimensions, identitySets: identitySets,
            identities: identities, accessDimensions: accessDimensions, access: access)
    }
}
