import AccessEngine
import Articles

/// Builds a ``WhatIfPage`` by structure: the engine's condition sets per answer, then, per guest
/// state, only the sets of applying policies the answers can actually reach, each evaluated once
/// by the engine on a sign-in that reaches it.
struct WhatIfStructure {
    var tenant: Tenant
    var compiled: CompiledTenant
    var file: String
    /// Most reachable outcomes before the page warns (``WhatIfPage/caseBudget``).
    var budget = WhatIfPage.caseBudget

    /// Questions deciding the users condition (and, through the home tenant's trust, devices).
    static let identityIDs: Set<String> = [WhatIfQuestions.who, WhatIfQuestions.homeTenant, "user", "group", "role"]
    /// Questions whose answers the engine reads beyond applicability (`SignInFacts`, the
    /// cross-tenant access check).
    static let stateIDs: Set<String> = [
        WhatIfQuestions.who, WhatIfQuestions.homeTenant, "homeMfa", "device", "registered", "redeemed",
    ]
    /// The condition each remaining question decides.
    static let conditionReasons: [String: AnalysisReasons] = [
        "app": [.application, .userActions, .authenticationContext], "platform": .devicePlatform,
        "clientApp": .clientApps, "location": .location, "signInRisk": .signInRisk, "userRisk": .userRisk,
    ]

    /// What of a condition answer the engine reads beyond the condition: whether the client is
    /// a legacy one, which can perform no MFA. (The application matters beyond its condition
    /// only through the cross-tenant access check, stored apart in ``WhatIfPage/access``.) The
    /// equivalence tests prove nothing else is read.
    static func facet(_ question: String, _ value: String) -> String? {
        switch question {
        case "clientApp": ["exchangeActiveSync", "other"].contains(value) ? "legacy" : "modern"
        default: nil
        }
    }

    /// Questions the cross-tenant access check reads, in this order.
    static let accessIDs = [WhatIfQuestions.who, WhatIfQuestions.homeTenant, "app"]

    /// Policies that demand the same are interchangeable in an outcome (it names no policy), so
    /// outcomes are keyed by the kinds of enforced policies that apply: `-1` for policies that
    /// are not enforced, else the index of the first policy demanding the same.
    static func kinds(_ policies: [ConditionalAccessPolicy]) -> [Int] {
        struct Demand: Hashable {
            var grant: GrantControls?
            var session: SessionControls?
            var signInRisk: Bool
        }
        var seen: [Demand: Int] = [:]
        return policies.map { policy in
            guard policy.state == .enabled else { return -1 }
            let demand = Demand(
                grant: policy.grantControls, session: policy.sessionControls,
                signInRisk: !policy.conditions.signInRiskLevels.isEmpty)
            if let kind = seen[demand] { return kind }
            seen[demand] = seen.count
            return seen.count - 1
        }
    }

    private struct Reach: Hashable {
        var through: PolicySet
        var undecided: PolicySet
    }

    func page() -> WhatIfPage {
        let (dimensions, aliases) = merged(WhatIfQuestions.dimensions(for: tenant))
        let count = tenant.policies.count
        let defaults = InputCombination.defaults(dimensions).resolved(dimensions)
        let elsewhere = WhatIfQuestions.elsewhere(tenant)
        func signIn(_ overrides: [String: String]) -> SignIn {
            WhatIfQuestions.signIn(.init(overrides, over: defaults), tenant: tenant, elsewhere: elsewhere)
        }
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
        var reaches: [String: [String: Reach]] = [:]
        var facets: [String: [String: String]] = [:]
        for dimension in conditionDimensions {
            guard let reason = Self.conditionReasons[dimension.id],
                let rank = reference.firstIndex(where: { reason.contains($0.reason) })
            else { continue }
            owned.insert(rank)
            for option in dimension.options {
                let condition = compiled.applicability(of: signIn([dimension.id: option.value])).conditions[rank]
                conditionSets[dimension.id, default: [:]][option.value] = set(condition, rank: rank)
                reaches[dimension.id, default: [:]][option.value] = Reach(
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
        var identities: [(answers: [String: String], reach: Reach)] = []
        for combination in InputCombination.enumerate(identityDimensions) {
            let answers = combination.resolved(identityDimensions)
            var sets: [WhatIfConditionSet] = []
            var reach = Reach(through: PolicySet(0..<count), undecided: .empty)
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
        let kinds = Self.kinds(tenant.policies)
        let kindCount = (kinds.max() ?? -1) + 1

        var page = WhatIfPage(
            tenantName: tenant.displayName.isEmpty ? tenant.tenantId : tenant.displayName, file: file,
            dimensions: dimensions,
            policies: tenant.policies.map { Policy(id: $0.id, name: $0.displayName, state: $0.state.rawValue) },
            reasons: reasons, identityQuestions: identityDimensions.map(\.id), identitySets: identitySets,
            conditionSets: conditionSets, stateQuestions: dimensions.filter { Self.stateIDs.contains($0.id) }.map(\.id),
            facets: facets, aliases: aliases, access: access, kinds: kinds, outcomes: [], tables: [], cases: [:])

        // Guest states × access × facets: the reachable kinds of applying policies, each
        // evaluated once; identical tables stored once.
        let stateDimensions = dimensions.filter { Self.stateIDs.contains($0.id) }
        let shared = stateDimensions.map(\.id).filter(Self.identityIDs.contains)
        let facetDimensions = conditionDimensions.filter { facets[$0.id] != nil }
        let appDimension = conditionDimensions.first { $0.id == "app" }
        var facetCombinations: [[String: String]] = [[:]]
        for dimension in facetDimensions {
            let values = unique(dimension.options.compactMap { facets[dimension.id]?[$0.value] })
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
        let sharedPositions = shared.map { id in stateDimensions.firstIndex { $0.id == id }! }
        let states = InputCombination.enumerate(stateDimensions)
        for state in states {
            let group = sharedPositions.map { state.values[$0] }
            guard groups[group] == nil else { continue }
            let stateAnswers = state.resolved(stateDimensions)
            let base = identities.filter { identity in shared.allSatisfy { identity.answers[$0] == stateAnswers[$0] } }
            // The access check's answer for each application, for this who and home tenant.
            var accessOf: [String: String] = [:]
            let accessCombination = accessDimensions.map { dimension -> String? in
                dimension.id == "app" ? nil : state.values[stateDimensions.firstIndex { $0.id == dimension.id }!]
            }
            for option in appDimension?.options ?? [] {
                var values = accessCombination
                values[values.count - 1] = option.value
                accessOf[option.value] = access[WhatIfPage.indexKey(values, of: accessDimensions)] ?? ""
            }
            let accessResults =
                appDimension == nil
                ? [access[WhatIfPage.indexKey(accessCombination, of: accessDimensions)] ?? ""]
                : unique(appDimension!.options.map { accessOf[$0.value] ?? "" })
            var reachable: [Reachable] = []
            for result in accessResults {
                for chosen in facetCombinations {
                    var current: [(Reach, [String: String])] = []
                    var seen: Set<Reach> = []
                    for identity in base where seen.insert(identity.reach).inserted {
                        current.append((identity.reach, identity.answers))
                    }
                    for dimension in conditionDimensions {
                        var next: [(Reach, [String: String])] = []
                        seen = []
                        for (reach, witness) in current {
                            for option in dimension.options {
                                if let facet = chosen[dimension.id], facets[dimension.id]?[option.value] != facet {
                                    continue
                                }
                                if dimension.id == "app", accessOf[option.value] != result { continue }
                                guard let answer = reaches[dimension.id]?[option.value] else { continue }
                                let combined = Reach(
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
        let tables = WhatIfOutcomeTables(
            compiled: compiled, states: states, of: stateDimensions,
            groups: states.map { state in sharedPositions.map { state.values[$0] } }, reachable: groups,
            guestStates: states.map {
                WhatIfQuestions.GuestState(.init($0.resolved(stateDimensions), over: defaults))
            },
            answers: WhatIfStateAnswers(states, of: stateDimensions, shared: Set(shared)))
        page.outcomes = tables.outcomes
        page.tables = tables.tables
        page.cases = tables.cases
        let (total, largest) = (tables.total, tables.largest)
        let stored = page.tables.reduce(0) { $0 + $1.count }
        if stored > budget {
            page.budgetWarning = Diagnostic(
                WhatIfPage.overBudget, .warning, at: SourceLocation(file: file, line: 1, column: 1),
                "the What If page holds \(stored) distinct reachable outcomes (\(total) before sharing), more than its budget of \(budget): "
                    + "\(page.cases.count) guest states (\(stateDimensions.map { "'\($0.label)'" }.joined(separator: " × ")), "
                    + "by the cross-tenant access check\(facetDimensions.map { " and '\($0.label)'" }.joined())) "
                    + "each reach up to \(largest.count) sets of applying policies (most for state '\(largest.state)'); every outcome is still on the page"
            )
        }
        return page
    }

    func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

private typealias Policy = WhatIfPage.Policy
private typealias Reachable = WhatIfOutcomeTables.Reachable
