import AccessEngine
import Parallelism

/// The engine's outcome for every guest state and every set of applying policies the state can
/// reach, numbered and shared as the page stores them (``WhatIfPage/outcomes``,
/// ``WhatIfPage/tables``, ``WhatIfPage/cases``).
struct WhatIfOutcomeTables {
    /// The kinds of applying policies one group of states (alike in who signs in and from which
    /// home tenant) can reach under one answer of the access check and facets, each with a
    /// sign-in that reaches it.
    struct Reachable: Sendable {
        /// The access check's answer and the facets, as the page's case keys end.
        var key: String
        var entries: [(kinds: String, signIn: SignIn)]
    }

    private(set) var outcomes: [WhatIfOutcome] = []
    private(set) var tables: [[String: Int]] = []
    private(set) var cases: [String: Int] = [:]
    /// Table entries before sharing, and the state with the most.
    private(set) var total = 0
    private(set) var largest: (count: Int, state: String) = (0, "")

    /// Evaluates each group's witnesses for the group's states on all cores. An evaluation
    /// names the guest inputs it read, so a later state answering those alike reuses its
    /// outcome unevaluated (most outcomes read one input or none). Outcomes and tables are then
    /// numbered in order of first use, state by state, whichever core met them first.
    ///
    /// - Parameters:
    ///   - groups: each state's group key (its answers to the shared questions).
    ///   - reachable: per group key, the sets of applying policies its states can reach.
    ///   - guestStates: each state's guest answers, to set on a witness's sign-in.
    init(
        compiled: CompiledTenant, states: [InputCombination], of stateDimensions: [WalkthroughDimension],
        groups: [[String?]], reachable: [[String?]: [Reachable]], guestStates: [WhatIfQuestions.GuestState],
        answers: WhatIfStateAnswers
    ) {
        // The groups in order of their first state, each with its states; a state's slot is
        // its place among them. One unit of work per group and reachable set.
        var statesOfGroup: [[String?]: [Int]] = [:]
        var slotOfState: [Int] = []
        var units: [(group: [String?], set: Int)] = []
        var firstUnit: [[String?]: Int] = [:]
        for (position, group) in groups.enumerated() {
            if firstUnit[group] == nil {
                firstUnit[group] = units.count
                units += (reachable[group] ?? []).indices.map { (group, $0) }
            }
            slotOfState.append(statesOfGroup[group, default: []].count)
            statesOfGroup[group, default: []].append(position)
        }
        let interner = WhatIfOutcomeInterner()
        // Per unit, per slot: the provisional outcome number of each entry.
        let provisional = concurrentMap(count: units.count) { [units, statesOfGroup] unit -> [[Int]] in
            let (group, set) = units[unit]
            let positions = statesOfGroup[group]!
            var numbers = [[Int]](repeating: [], count: positions.count)
            for entry in reachable[group]![set].entries {
                var known: [(state: Int, read: GuestInputs, outcome: Int)] = []
                for (slot, position) in positions.enumerated() {
                    if let hit = known.first(where: { answers.agree(position, $0.state, on: $0.read) }) {
                        numbers[slot].append(hit.outcome)
                        continue
                    }
                    var signIn = entry.signIn
                    guestStates[position].apply(to: &signIn)
                    let evaluation = compiled.evaluate(signIn)
                    let number = interner.number(WhatIfOutcome(evaluation))
                    known.append((position, evaluation.guestInputsRead, number))
                    numbers[slot].append(number)
                }
            }
            return numbers
        }
        // A table is its kinds in sorted order and the outcome of each; equal tables are stored
        // once, equal kind lists compared by number.
        struct TableKey: Hashable {
            var list: Int
            var outcomes: [Int]
        }
        var lists: [[String]: Int] = [:]
        let sorted = units.map { unit in
            let entries = reachable[unit.group]![unit.set].entries
            let order = entries.indices.sorted { entries[$0].kinds < entries[$1].kinds }
            let kinds = order.map { entries[$0].kinds }
            let list = lists[kinds] ?? lists.count
            lists[kinds] = list
            return (order: order, kinds: kinds, list: list)
        }
        var renumbered = [Int?](repeating: nil, count: interner.count)
        var knownTables: [TableKey: Int] = [:]
        for (position, group) in groups.enumerated() {
            let stateKey = WhatIfPage.indexKey(states[position].values, of: stateDimensions)
            for (set, reached) in (reachable[group] ?? []).enumerated() {
                let unit = firstUnit[group]! + set
                let numbers = provisional[unit][slotOfState[position]]
                let key = TableKey(
                    list: sorted[unit].list,
                    outcomes: sorted[unit].order.map { entry in
                        let number = numbers[entry]
                        if let known = renumbered[number] { return known }
                        renumbered[number] = outcomes.count
                        outcomes.append(interner.outcome(number))
                        return outcomes.count - 1
                    })
                let table = knownTables[key] ?? tables.count
                if table == tables.count {
                    tables.append(Dictionary(uniqueKeysWithValues: zip(sorted[unit].kinds, key.outcomes)))
                    knownTables[key] = table
                }
                let caseKey = stateKey + "|" + reached.key
                cases[caseKey] = table
                total += key.outcomes.count
                if key.outcomes.count > largest.count { largest = (key.outcomes.count, caseKey) }
            }
        }
    }
}
