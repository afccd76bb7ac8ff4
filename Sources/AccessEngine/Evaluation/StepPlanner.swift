/// Chooses the flow a sign-in follows and the steps it takes, from the resolved requirements.
struct StepPlanner {
    private(set) var flow: FlowID?
    private(set) var steps: [TakenStep] = []

    init(
        facts: borrowing SignInFacts, requirements: borrowing [RequirementEntry], decision: Decision,
        passcodeDisabled: Bool, trustUsable: Bool, accessBlocked: Bool = false
    ) {
        switch facts.principal {
        case .internalAccount:
            flow = nil
            return
        case .entraExternal:
            flow = .entraCrossTenant
            steps.reserveCapacity(9)
            if accessBlocked {
                take(1, .signInStarted)
                take(2, .accessSettingsBlocked)
                return
            }
            planCrossTenant(requirements, decision: decision, trustUsable: trustUsable)
        case .otherProvider(let provider):
            steps.reserveCapacity(7)
            if provider == .emailOneTimePasscode {
                flow = .emailOneTimePasscode
                take(1, .redirectedToResourceTenant)
                if passcodeDisabled {
                    take(2, .passcodeDisabled)
                    return
                }
                take(2, .passcodeSent)
                take(3, .passcodeSubmitted)
                take(4, Self.resourceOutcome(decision))
            } else {
                flow = .externalIdentityProvider
                take(1, .redirectedToResourceTenant)
                take(2, .redirectedToIdentityProvider)
                take(3, .identityProviderTokenValidated)
                take(4, Self.resourceOutcome(decision))
            }
        }
        planResourceTenantMfa(requirements)
    }

    private mutating func take(_ number: Int, _ event: StepEvent, in flow: FlowID? = nil) {
        steps.append(TakenStep(flow: flow ?? self.flow!, number: number, event: event))
    }

    private static func resourceOutcome(_ decision: Decision) -> StepEvent {
        switch decision {
        case .granted: .resourceTokenIssued
        case .challenged: .resourceTenantChallenge
        case .blocked: .resourceTenantBlocked
        }
    }

    /// Seed 004's six steps: 3 skips to 6 when no trust is in play.
    private mutating func planCrossTenant(
        _ requirements: borrowing [RequirementEntry], decision: Decision, trustUsable: Bool
    ) {
        take(1, .signInStarted)
        take(2, .policiesEvaluated)
        var atHome = false
        var missing = false
        var failed = false
        for index in requirements.indices where requirements[index].location == .homeTenant {
            atHome = true
            missing = missing || requirements[index].status != .satisfiedByClaim
            failed = failed || requirements[index].status == .unsatisfiable
        }
        if atHome {
            take(3, .trustAccepted)
            take(4, missing ? .claimsMissing : .claimsFound)
            if failed {
                take(5, .homeChecksFailed)
            } else {
                take(5, missing ? .homeChallenge : .noInteractionNeeded)
            }
            var resourceSide = false
            for index in requirements.indices
            where requirements[index].location == .resourceTenant
                && requirements[index].status != .satisfiedByClaim
            {
                resourceSide = true
            }
            if !resourceSide { return }
        } else {
            take(3, trustUsable ? .noTrustSkip : .trustUnavailableSkip)
        }
        var directConnectBlocked = false
        var deviceUnverifiable = false
        var resourceChallenge = false
        for index in requirements.indices {
            let reason = requirements[index].blockReason
            directConnectBlocked = directConnectBlocked || reason == .directConnectMfaWithoutTrust
            deviceUnverifiable = deviceUnverifiable || reason == .deviceClaimNotTrusted
            resourceChallenge =
                resourceChallenge
                || (requirements[index].location == .resourceTenant
                    && requirements[index].status == .challenge)
        }
        if directConnectBlocked {
            take(6, .directConnectBlocked)
        } else if deviceUnverifiable {
            take(6, .deviceUnverifiable)
        } else if decision == .blocked {
            take(6, .resourceTenantBlocked)
        } else if resourceChallenge {
            take(6, .resourceTenantMfa)
        } else {
            take(6, .noInteractionNeeded)
        }
    }

    /// Seeds 001/004: MFA in the resource tenant, registering there first when needed.
    private mutating func planResourceTenantMfa(_ requirements: borrowing [RequirementEntry]) {
        var found = false
        var registering = false
        for index in requirements.indices {
            let control = requirements[index].control
            guard control == .mfa || control == .authenticationStrength,
                requirements[index].location == .resourceTenant,
                requirements[index].status == .challenge
            else { continue }
            found = true
            registering = registering || requirements[index].registrationRequired
        }
        guard found else { return }
        take(2, .applicationRequiresMfa, in: .resourceTenantMfa)
        take(3, .mfaChallengeInResourceTenant, in: .resourceTenantMfa)
        if registering {
            take(4, .mfaRegistrationInResourceTenant, in: .resourceTenantMfa)
        }
    }
}
