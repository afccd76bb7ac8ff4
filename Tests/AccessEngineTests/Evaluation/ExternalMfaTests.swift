import Testing

@testable import AccessEngine

/// Where and how external users do MFA (seeds 000–004).
@Suite struct ExternalMfaTests {
    let requireMfa = Build.policy("mfa")

    @Test func onlyTheResourceTenantsPoliciesApply_seed002() throws {
        // The home session proves nothing, and the home tenant's own rules are not inputs at all.
        let result = try Build.evaluate(Build.tenant([]), Build.guest())
        #expect(result.decision == .granted)
        #expect(result.requirements.isEmpty)
    }

    @Test func mfaClaimIsAcceptedWithTrust_seed003SatisfiedByClaimInTheToken() throws {
        let tenant = Build.tenant([requireMfa], defaultTrust: InboundTrust(isMfaAccepted: true))
        let result = try Build.evaluate(tenant, Build.guest(mfa: ["password,microsoftAuthenticatorPush"]))
        #expect(result.decision == .granted)
        let mfa = try #require(result.requirement(.mfa))
        #expect(mfa.status == .satisfiedByClaim)
        #expect(mfa.location == .homeTenant)
    }

    @Test func withTrustButNoClaimTheHomeTenantChallenges_seed003NoMfaInHomeTenant() throws {
        let tenant = Build.tenant([requireMfa], defaultTrust: InboundTrust(isMfaAccepted: true))
        let unregistered = try Build.evaluate(tenant, Build.guest())
        let mfa = try #require(unregistered.requirement(.mfa))
        #expect(unregistered.decision == .challenged)
        #expect(mfa.location == .homeTenant)
        #expect(mfa.registrationRequired)
        let registered = try Build.evaluate(tenant, Build.guest(registeredHome: "microsoftAuthenticatorPush"))
        #expect(registered.requirement(.mfa)?.registrationRequired == false)
    }

    @Test func withoutTrustCollaborationUsersDoMfaInTheResourceTenant_seed004Step6() throws {
        let result = try Build.evaluate(Build.tenant([requireMfa]), Build.guest(mfa: ["password,sms"]))
        let mfa = try #require(result.requirement(.mfa))
        #expect(result.decision == .challenged)
        #expect(mfa.location == .resourceTenant)
        #expect(mfa.status == .challenge)
        #expect(mfa.registrationRequired)
        let registered = try Build.evaluate(Build.tenant([requireMfa]), Build.guest(registeredResource: "sms"))
        #expect(registered.requirement(.mfa)?.registrationRequired == false)
    }

    @Test func withoutTrustDirectConnectUsersAreBlocked_seed004Step6() throws {
        let signIn = Build.guest(type: .b2bDirectConnectUser, mfa: ["fido2"])
        let result = try Build.evaluate(Build.tenant([requireMfa]), signIn)
        #expect(result.decision == .blocked)
        #expect(result.blockReason == .directConnectMfaWithoutTrust)
        let trusted = Build.tenant([requireMfa], defaultTrust: InboundTrust(isMfaAccepted: true))
        #expect(try Build.evaluate(trusted, signIn).decision == .granted)
    }

    @Test func partnerTrustOverridesDefaultAndNullInherits_seed003() throws {
        let partner = CrossTenantConfiguration(
            tenantId: Build.home, inboundTrust: InboundTrust(isMfaAccepted: true, isCompliantDeviceAccepted: nil))
        let tenant = Build.tenant(
            [requireMfa, Build.policy("device", grant: [.compliantDevice])],
            defaultTrust: InboundTrust(isMfaAccepted: false, isCompliantDeviceAccepted: true),
            partners: [partner])
        let result = try Build.evaluate(tenant, Build.guest(mfa: ["password,sms"], deviceCompliant: true))
        #expect(result.decision == .granted)
        #expect(result.requirement(.compliantDevice)?.status == .satisfiedByClaim)
        let stranger = try Build.evaluate(
            tenant, Build.guest(tenant: Build.otherHome, mfa: ["password,sms"], deviceCompliant: true))
        #expect(stranger.requirement(.mfa)?.location == .resourceTenant)
    }

    @Test func trustNeedsP1_seed003SecurityDefaultsOnly() throws {
        let tenant = Build.tenant(
            [], license: .free, securityDefaults: true, defaultTrust: InboundTrust(isMfaAccepted: true))
        let result = try Build.evaluate(tenant, Build.guest(mfa: ["password,microsoftAuthenticatorPush"]))
        let mfa = try #require(result.requirement(.mfa))
        #expect(mfa.location == .resourceTenant)
        #expect(mfa.registrationRequired)
        #expect(mfa.policyIds == ["securityDefaults"])
        #expect(result.steps.map(\.event).contains(.trustUnavailableSkip))
    }

    @Test(arguments: [IdentityProvider.emailOneTimePasscode, .google, .facebook, .samlWsFed, .microsoftAccount])
    func nonEntraUsersAlwaysDoMfaInTheResourceTenant_seed004(provider: IdentityProvider) throws {
        let tenant = Build.tenant([requireMfa], defaultTrust: Build.mfaTrust)
        let signIn = Build.guest(tenant: nil, provider: provider, mfa: ["password,sms"])
        let result = try Build.evaluate(tenant, signIn)
        #expect(result.requirement(.mfa)?.location == .resourceTenant)
        #expect(result.requirement(.mfa)?.status == .challenge)
    }

    @Test func riskPolicyBlocksGuestWithoutResourceRegistration_seed004RiskBased() throws {
        let tenant = Build.tenant([Build.policy("risk", signInRisk: [.medium, .high])])
        let risky = SignInConditions(signInRiskLevel: .high)
        let unregistered = try Build.evaluate(tenant, Build.guest(conditions: risky))
        #expect(unregistered.blockReason == .riskWithoutRegisteredMfa)
        let registered = try Build.evaluate(tenant, Build.guest(registeredResource: "sms", conditions: risky))
        #expect(registered.decision == .challenged)
    }

    @Test func userRiskPasswordChangeBlocksGuests_seed004IdentityProtection() throws {
        let tenant = Build.tenant([Build.policy("user-risk", userRisk: [.high], grant: [.mfa, .passwordChange])])
        let result = try Build.evaluate(tenant, Build.guest(conditions: SignInConditions(userRiskLevel: .high)))
        #expect(result.decision == .blocked)
        #expect(result.blockReason == .passwordChangeForExternalUser)
        let member = try Build.evaluate(tenant, Build.member(conditions: SignInConditions(userRiskLevel: .high)))
        #expect(member.decision == .challenged)
    }

    @Test func emailOneTimePasscodeTurnedOffBlocks() throws {
        let tenant = Build.tenant([], emailOneTimePasscode: false)
        let result = try Build.evaluate(tenant, Build.guest(tenant: nil, provider: .emailOneTimePasscode))
        #expect(result.blockReason == .emailOneTimePasscodeDisabled)
        #expect(result.steps.last?.event == .passcodeDisabled)
    }
}
