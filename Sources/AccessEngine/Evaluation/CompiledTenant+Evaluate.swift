extension CompiledTenant {
    /// Evaluates a sign-in against the tenant.
    public func evaluate(_ signIn: SignIn) -> Evaluation {
        let storage = storage
        let facts = SignInFacts(signIn, storage: storage)
        let masks = storage.masks(for: signIn, facts: facts)
        let matching = masks.matching
        // A policy the sign-in leaves undecided is listed as What If lists it (not applying,
        // `notEnoughInformation`), but its controls count: the verdict is the strictest the
        // real sign-in could get, never milder than Entra's.
        let demanding = masks.possible & storage.enforced
        // A user the cross-tenant access settings turn away never reaches Conditional Access:
        // What If still lists the policies, but nothing is required of them.
        let accessBlock = storage.accessBlock(signIn, facts: facts)

        var reads: GuestInputs = []
        var collector = RequirementCollector()
        var reportCollector = RequirementCollector()
        if accessBlock == nil {
            if storage.tenant.securityDefaultsEnabled {
                collector.add(
                    .mfa, reference: -1, outcome: storage.resolveMultifactor(facts, noting: &reads), policy: nil,
                    securityDefaults: true)
            }
            for index in demanding { collector.add(policy: index, storage: storage, facts: facts, noting: &reads) }
            for index in matching & storage.reportOnly {
                reportCollector.add(policy: index, storage: storage, facts: facts, noting: &reads)
            }
        }
        let requirements = collector.isEmpty ? [] : collector.finish()
        let reportOnly = reportCollector.isEmpty ? [] : reportCollector.finish()

        let passcodeDisabled =
            facts.principal == .otherProvider(.emailOneTimePasscode)
            && !storage.tenant.emailOneTimePasscodeEnabled
        var (decision, blockReason) =
            accessBlock.map { (Decision.blocked, $0) } ?? Self.verdict(requirements, passcodeDisabled: passcodeDisabled)
        if passcodeDisabled {
            reads.insert(.redemption)
            if signIn.guest?.redeemed == false { blockReason = .passcodeOffMicrosoftAccountNeeded }
        }
        let plan = StepPlanner(
            facts: facts, requirements: requirements, decision: decision,
            passcodeDisabled: passcodeDisabled, trustUsable: storage.trustUsable, accessBlocked: accessBlock != nil)
        return Evaluation(
            decision: decision, blockReason: blockReason, requirementEntries: requirements,
            reportOnlyEntries: reportOnly, flow: plan.flow, steps: plan.steps, masks: masks,
            context: signIn.context.kind, demanding: demanding,
            directConnect: facts.principal.isExternal && facts.accessPath == .b2bDirectConnect,
            guestInputsRead: reads, storage: storage)
    }

    /// Block wins; a block control names the reason before any unsatisfiable control does.
    private static func verdict(
        _ requirements: borrowing [RequirementEntry], passcodeDisabled: Bool
    ) -> (Decision, BlockReason?) {
        if passcodeDisabled { return (.blocked, .emailOneTimePasscodeDisabled) }
        var firstBlock: BlockReason?
        var challenged = false
        for index in requirements.indices {
            switch requirements[index].status {
            case .unsatisfiable:
                let reason = requirements[index].blockReason
                if reason == .blockedByPolicy { return (.blocked, .blockedByPolicy) }
                if firstBlock == nil { firstBlock = reason }
            case .challenge:
                challenged = true
            case .satisfiedByClaim:
                break
            }
        }
        if let firstBlock { return (.blocked, firstBlock) }
        return (challenged ? .challenged : .granted, nil)
    }
}
