extension CompiledTenant {
    /// What each condition of `signIn` lets through, from the same indexes ``evaluate(_:)``
    /// reads. Not on the evaluation path: it exists for tools that precompute by structure.
    public func applicability(of signIn: SignIn) -> ApplicabilityBreakdown {
        let storage = storage
        let facts = SignInFacts(signIn, storage: storage)
        let masks = storage.masks(for: signIn, facts: facts)
        let conditions = signIn.conditions

        var usersUndecided = PolicyBits.empty
        if storage.users.unresolved != ScopedBits() {
            let (included, excluded) = storage.userScope(signIn, facts: facts)
            usersUndecided = CompiledStorage.undecided(storage.users.unresolved, included: included, excluded: excluded)
        }
        var locationUndecided = PolicyBits.empty
        _ = storage.locationMask(conditions, unknown: &locationUndecided)
        let applicationReason: AnalysisReasons =
            switch signIn.context.kind {
            case .applications: .application
            case .userAction: .userActions
            case .authenticationContext: .authenticationContext
            }
        func entry(
            _ reason: AnalysisReasons, _ through: PolicyBits, _ undecided: PolicyBits = .empty
        ) -> ConditionApplicability {
            ConditionApplicability(reason: reason, letThrough: PolicySet(through), undecided: PolicySet(undecided))
        }
        return ApplicabilityBreakdown(conditions: [
            entry(.policyNotEnabled, storage.enforced | storage.reportOnly),
            entry(.users, masks.users, usersUndecided),
            entry(applicationReason, masks.application),
            entry(.devicePlatform, masks.platform, storage.platformUndecided(conditions)),
            entry(.devices, masks.devices, storage.devicesUndecided(conditions, facts: facts)),
            entry(.clientApps, masks.clientApps, storage.clientAppsUndecided(conditions)),
            entry(.location, masks.location, locationUndecided),
            entry(.signInRisk, masks.signInRisk),
            entry(.userRisk, masks.userRisk),
        ])
    }
}
