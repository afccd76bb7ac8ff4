/// Merges the controls of the applying policies into requirements, one per control and
/// reference, keeping the hardest status any policy gives it.
struct RequirementCollector {
    private var entries: [RequirementEntry] = []

    private static func precedes(_ lhs: RequirementEntry, _ rhs: RequirementEntry) -> Bool {
        lhs.control != rhs.control ? lhs.control < rhs.control : lhs.reference < rhs.reference
    }

    var isEmpty: Bool { entries.isEmpty }

    mutating func add(
        _ control: GrantControl, reference: Int, outcome: ControlOutcome,
        policy: Int?, securityDefaults: Bool = false
    ) {
        if let position = entries.firstIndex(where: {
            $0.control == control && $0.reference == reference
        }) {
            if outcome.status > entries[position].outcome.status {
                entries[position].outcome = outcome
            } else if outcome.status == entries[position].outcome.status {
                entries[position].outcome.registrationRequired =
                    entries[position].outcome.registrationRequired || outcome.registrationRequired
            }
            if let policy { entries[position].policies.insert(policy) }
            entries[position].fromSecurityDefaults =
                entries[position].fromSecurityDefaults || securityDefaults
            return
        }
        if entries.isEmpty { entries.reserveCapacity(4) }
        entries.append(
            RequirementEntry(
                control: control, reference: reference, outcome: outcome,
                policies: policy.map(PolicyBits.init) ?? .empty,
                fromSecurityDefaults: securityDefaults))
    }

    /// Adds what one policy demands, honouring its `AND`/`OR` operator: with `OR` only the
    /// alternative the user would take counts (one already met, else the first that can be met).
    mutating func add(
        policy index: Int, storage: CompiledStorage, facts: borrowing SignInFacts, noting reads: inout GuestInputs
    ) {
        let policy = storage.catalog.policies[index]
        let count = policy.controls.count
        guard count > 0 else { return }
        if policy.grantOperator == .or && count > 1 {
            var chosen = -1
            var chosenOutcome: ControlOutcome?
            for position in 0..<count {
                let outcome = Self.outcome(policy.controls[position], of: policy, storage, facts, &reads)
                if outcome.status == .satisfiedByClaim {
                    chosen = position
                    chosenOutcome = outcome
                    break
                }
                if outcome.status == .challenge && chosenOutcome == nil {
                    chosen = position
                    chosenOutcome = outcome
                }
            }
            if let chosenOutcome {
                let control = policy.controls[chosen]
                add(control.control, reference: control.reference, outcome: chosenOutcome, policy: index)
                return
            }
        }
        for position in 0..<count {
            let control = policy.controls[position]
            add(
                control.control, reference: control.reference,
                outcome: Self.outcome(control, of: policy, storage, facts, &reads), policy: index)
        }
    }

    private static func outcome(
        _ control: CompiledControl, of policy: CompiledPolicy, _ storage: CompiledStorage,
        _ facts: borrowing SignInFacts, _ reads: inout GuestInputs
    ) -> ControlOutcome {
        storage.applyingRiskRules(
            storage.resolve(control, facts: facts, noting: &reads), control: control.control, policy: policy,
            facts: facts)
    }

    /// The merged entries in a stable order: by control, then by the order references first
    /// appear in the tenant's policies.
    mutating func finish() -> [RequirementEntry] {
        // Insertion sort in place: a sign-in meets a handful of controls at most.
        for index in entries.indices.dropFirst() {
            var position = index
            while position > 0, Self.precedes(entries[position], entries[position - 1]) {
                entries.swapAt(position, position - 1)
                position -= 1
            }
        }
        return entries
    }
}
