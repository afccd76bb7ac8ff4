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

    func page() -> WhatIfPage {
        let (dimensions, aliases) = merged(WhatIfQuestions.dimensions(for: tenant))
        let defaults = InputCombination.defaults(dimensions).resolved(dimensions)
        let elsewhere = WhatIfQuestions.elsewhere(tenant)
        func signIn(_ overrides: [String: String]) -> SignIn {
            WhatIfQuestions.signIn(.init(overrides, over: defaults), tenant: tenant, elsewhere: elsewhere)
        }
        let answers = answerSets(dimensions, signIn: signIn)
        let kinds = Self.kinds(tenant.policies)

        var page = WhatIfPage(
            tenantName: tenant.displayName.isEmpty ? tenant.tenantId : tenant.displayName, file: file,
            dimensions: dimensions,
            policies: tenant.policies.map { Policy(id: $0.id, name: $0.displayName, state: $0.state.rawValue) },
            reasons: answers.reasons, identityQuestions: answers.identityDimensions.map(\.id),
            identitySets: answers.identitySets, conditionSets: answers.conditionSets,
            stateQuestions: dimensions.filter { Self.stateIDs.contains($0.id) }.map(\.id), facets: answers.facets,
            aliases: aliases, access: answers.access, kinds: kinds, outcomes: [], tables: [], cases: [:])

        // Guest states × access × facets: the reachable kinds of applying policies, each
        // evaluated once; identical tables stored once.
        let stateDimensions = dimensions.filter { Self.stateIDs.contains($0.id) }
        let shared = stateDimensions.map(\.id).filter(Self.identityIDs.contains)
        let sharedPositions = shared.map { id in stateDimensions.firstIndex { $0.id == id }! }
        let states = InputCombination.enumerate(stateDimensions)
        let facetDimensions = answers.conditionDimensions.filter { answers.facets[$0.id] != nil }
        let groups = reachable(
            states: states, of: stateDimensions, sharedPositions: sharedPositions, answers: answers,
            facetDimensions: facetDimensions, kinds: kinds, signIn: signIn)
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
}

private typealias Policy = WhatIfPage.Policy
private typealias Reachable = WhatIfOutcomeTables.Reachable
