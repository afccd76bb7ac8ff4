/// Merges the controls of the applying policies into requirements, one per control and
/// reference, keeping the hardest status any policy gives it.
struct RequirementCollector {
    private struct Entry {
        let control: GrantControl
        let reference: Int
        var outcome: ControlOutcome
        var policies: PolicyBits
        var fromSecurityDefaults: Bool
    }

    private var entries: [Entry] = []

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
        entries.append(
            Entry(
                control: control, reference: reference, outcome: outcome,
                policies: policy.map(PolicyBits.init) ?? .empty,
                fromSecurityDefaults: securityDefaults))
    }

    /// Adds what one policy demands, honouring its `AND`/`OR` operator: with `OR` only the
    /// alternative the user would take counts (one already met, else the first that can be met).
    mutating func add(policy index: Int, storage: CompiledStorage, facts: SignInFacts) {
        let policy = storage.catalog.policies[index]
        let controls = policy.controls
        guard !controls.isEmpty else { return }
        func outcome(_ control: CompiledControl) -> ControlOutcome {
            storage.applyingRiskRules(
                storage.resolve(control, facts: facts), control: control.control, policy: policy,
                facts: facts)
        }
        if policy.grantOperator == .or && controls.count > 1 {
            var chosen: Int?
            var firstChallenge: Int?
            for (position, control) in controls.enumerated() {
                let status = outcome(control).status
                if status == .satisfiedByClaim {
                    chosen = position
                    break
                }
                if status == .challenge && firstChallenge == nil { firstChallenge = position }
            }
            if let only = chosen ?? firstChallenge {
                let control = controls[only]
                add(control.control, reference: control.reference, outcome: outcome(control), policy: index)
                return
            }
        }
        for control in controls {
            add(control.control, reference: control.reference, outcome: outcome(control), policy: index)
        }
    }

    func requirements(_ catalog: PolicyCatalog) -> [Requirement] {
        entries.sorted {
            $0.control != $1.control
                ? $0.control < $1.control
                : (catalog.reference($0.reference) ?? "") < (catalog.reference($1.reference) ?? "")
        }.map {
            Requirement(
                control: $0.control, referenceIndex: $0.reference, status: $0.outcome.status,
                location: $0.outcome.location,
                registrationRequired: $0.outcome.registrationRequired,
                blockReason: $0.outcome.blockReason, policies: $0.policies,
                fromSecurityDefaults: $0.fromSecurityDefaults, catalog: catalog)
        }
    }
}
