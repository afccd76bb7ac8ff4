/// How each grant control is met for a sign-in: the external-user rules of seeds 000–004.
extension CompiledStorage {
    func resolve(
        _ control: CompiledControl, facts: borrowing SignInFacts, noting reads: inout GuestInputs
    ) -> ControlOutcome {
        // Legacy clients cannot show a prompt or carry an MFA claim, so every control that needs
        // one blocks them (concept-conditional-access-conditions § Client apps).
        if facts.legacyClient {
            switch control.control {
            case .mfa, .authenticationStrength, .termsOfUse, .customControl:
                return .blocked(.legacyClientCannotPerformMfa)
            default: break
            }
        }
        switch control.control {
        case .block:
            return .blocked(.blockedByPolicy)
        case .mfa:
            return resolveMultifactor(facts, noting: &reads)
        case .authenticationStrength:
            return resolveStrength(catalog.strengths[control.strengthIndex], facts: facts, noting: &reads)
        case .compliantDevice:
            return resolveDevice(hybridJoined: false, facts: facts, noting: &reads)
        case .domainJoinedDevice:
            return resolveDevice(hybridJoined: true, facts: facts, noting: &reads)
        case .approvedApplication, .compliantApplication:
            // Seed 004: the device can only be managed by the home tenant, so these cannot be
            // applied to external users (seed 002's registration path is superseded).
            if facts.principal.isExternal { return .blocked(.unsupportedControlForExternalUser) }
            return facts.devicePlatform == .iOS || facts.devicePlatform == .android
                ? .challenge(.resourceTenant) : .blocked(.unsupportedControlForPlatform)
        case .passwordChange:
            if facts.principal.isExternal { return .blocked(.passwordChangeForExternalUser) }
            return .challenge(.resourceTenant)
        case .termsOfUse:
            if facts.principal.isExternal && facts.accessPath == .b2bDirectConnect {
                return .blocked(.unsupportedControlForExternalUser)
            }
            // Acceptance is remembered: terms already accepted are not asked again.
            if control.reference >= 0, let accepted = facts.extras?.acceptedTermsOfUse,
                accepted.contains(where: { $0.lowercased() == catalog.references[control.reference].lowercased() })
            {
                return .satisfied(.resourceTenant)
            }
            return .challenge(.resourceTenant)
        case .customControl:
            if facts.principal.isExternal { return .blocked(.customControlAcrossTenants) }
            return .challenge(.resourceTenant)
        }
    }

    func resolveMultifactor(_ facts: borrowing SignInFacts, noting reads: inout GuestInputs) -> ControlOutcome {
        switch facts.principal {
        case .internalAccount:
            if facts.completedMultifactor(noting: &reads) { return .satisfied(.resourceTenant) }
            // Sent to the federated provider, which handles its own registration.
            if facts.federatedMfa == .enforceMfaByFederatedIdp {
                return .challenge(.resourceTenant, registering: false)
            }
            return .challenge(
                .resourceTenant, registering: !facts.hasSecondFactor(at: .resourceTenant, noting: &reads))
        case .entraExternal:
            if facts.trust.isMfaAccepted {
                if facts.completedMultifactor(noting: &reads) { return .satisfied(.homeTenant) }
                if facts.accessPath == .b2bDirectConnect {
                    return .blocked(.directConnectMfaNotDoneAtHome, .homeTenant)
                }
                return .challenge(
                    .homeTenant, registering: !facts.hasSecondFactor(at: .homeTenant, noting: &reads))
            }
            if facts.accessPath == .b2bDirectConnect {
                return .blocked(.directConnectMfaWithoutTrust)
            }
            return .challenge(
                .resourceTenant, registering: !facts.hasSecondFactor(at: .resourceTenant, noting: &reads))
        case .otherProvider:
            return .challenge(
                .resourceTenant, registering: !facts.hasSecondFactor(at: .resourceTenant, noting: &reads))
        }
    }

    func resolveStrength(
        _ strength: CompiledStrength, facts: borrowing SignInFacts, noting reads: inout GuestInputs
    ) -> ControlOutcome {
        switch facts.principal {
        case .internalAccount:
            if CompiledStrength.isMet(by: facts.completedMfa(noting: &reads), in: strength.all) {
                return .satisfied(.resourceTenant)
            }
            if strength.all.isEmpty { return .blocked(.strengthUnsatisfiable) }
            return Self.strengthChallenge(
                .resourceTenant, registered: facts.registered(at: .resourceTenant, noting: &reads), for: strength.all)
        case .otherProvider:
            return .blocked(.strengthNotSupportedForIdentityProvider)
        case .entraExternal:
            if facts.trust.isMfaAccepted {
                if CompiledStrength.isMet(by: facts.completedMfa(noting: &reads), in: strength.home) {
                    return .satisfied(.homeTenant)
                }
                if facts.accessPath == .b2bDirectConnect {
                    return .blocked(.directConnectMfaNotDoneAtHome, .homeTenant)
                }
                if strength.home.isEmpty { return .blocked(.strengthUnsatisfiable, .homeTenant) }
                return Self.strengthChallenge(
                    .homeTenant, registered: facts.registered(at: .homeTenant, noting: &reads), for: strength.home)
            }
            if facts.accessPath == .b2bDirectConnect {
                return .blocked(.directConnectMfaWithoutTrust)
            }
            if strength.resource.isEmpty { return .blocked(.strengthUnsatisfiable) }
            return Self.strengthChallenge(
                .resourceTenant, registered: facts.registered(at: .resourceTenant, noting: &reads),
                for: strength.resource)
        }
    }

    /// A challenge for a strength at `location`; when nothing suitable is registered there, the
    /// user registers during sign-in, unless every allowed combination needs a method that is set
    /// up beforehand, which blocks.
    private static func strengthChallenge(
        _ location: RequirementLocation, registered: AuthenticationMethodModes,
        for combinations: [AuthenticationMethodModes]
    ) -> ControlOutcome {
        if CompiledStrength.isRegistered(registered, for: combinations) {
            return .challenge(location, registering: false)
        }
        if CompiledStrength.canRegisterDuringSignIn(combinations) { return .challenge(location, registering: true) }
        return .blocked(.registrationOutsideSignIn, location)
    }

    /// A compliant (or hybrid joined) device; the claim is read only where it can count.
    private func resolveDevice(
        hybridJoined: Bool, facts: borrowing SignInFacts, noting reads: inout GuestInputs
    ) -> ControlOutcome {
        let trusted =
            hybridJoined ? facts.trust.isHybridAzureADJoinedDeviceAccepted : facts.trust.isCompliantDeviceAccepted
        switch facts.principal {
        case .internalAccount:
            let claim = hybridJoined ? facts.hybridJoined(noting: &reads) : facts.deviceCompliant(noting: &reads)
            return claim ? .satisfied(.resourceTenant) : .blocked(.deviceRequirementNotMet)
        case .entraExternal where trusted:
            let claim = hybridJoined ? facts.hybridJoined(noting: &reads) : facts.deviceCompliant(noting: &reads)
            return claim ? .satisfied(.homeTenant) : .blocked(.deviceClaimMissing, .homeTenant)
        case .entraExternal, .otherProvider:
            return .blocked(.deviceClaimNotTrusted)
        }
    }

    /// Seed 004: a sign-in-risk policy satisfied by MFA blocks a guest who would have to register
    /// MFA in the resource tenant, so an attacker cannot register their own method.
    func applyingRiskRules(
        _ outcome: ControlOutcome, control: GrantControl, policy: CompiledPolicy,
        facts: borrowing SignInFacts
    ) -> ControlOutcome {
        guard policy.usesSignInRisk, facts.principal.isExternal,
            control == .mfa || control == .authenticationStrength,
            outcome.status == .challenge, outcome.location == .resourceTenant,
            outcome.registrationRequired
        else { return outcome }
        return .blocked(.riskWithoutRegisteredMfa)
    }
}
