import Testing

@testable import AccessEngine

/// One test per decision in `Documentation.docc/Decisions.md` that no other suite already
/// pins down; the document names the test for every decision.
@Suite struct DecisionsTests {
    @Test func riskRuleOnlyWhenMfaMustHappenInTheResourceTenant() throws {
        // Seeds are silent on sign-in risk combined with MFA trust.
        let tenant = Build.tenant(
            [Build.policy("risk", signInRisk: [.high])], defaultTrust: InboundTrust(isMfaAccepted: true))
        let result = try Build.evaluate(
            tenant, Build.guest(mfa: ["password,sms"], conditions: SignInConditions(signInRiskLevel: .high)))
        #expect(result.decision == .granted)
        #expect(result.requirement(.mfa)?.location == .homeTenant)
    }

    @Test func methodsMissingFromTable1AreNotAcceptedFromExternalUsers() throws {
        // Temporary Access Pass and a password alone are in neither column of Table 1 (the
        // certificate row, once missing too, has been a home-tenant method since the revision of
        // 2024-05-15: BehaviourTests.certificateFromHome).
        let pass = AuthenticationStrengthPolicy(
            id: "tap", displayName: "Temporary Access Pass",
            allowedCombinations: [Build.modes("temporaryAccessPassOneTime")])
        let passwordOnly = AuthenticationStrengthPolicy(
            id: "pw", displayName: "Password", allowedCombinations: [Build.modes("password")])
        let tenant = Build.tenant(
            [Build.policy("tap", grant: [], strength: "tap"), Build.policy("pw", grant: [], strength: "pw")],
            strengths: [pass, passwordOnly], defaultTrust: Build.mfaTrust)
        let result = try Build.evaluate(tenant, Build.guest(mfa: ["temporaryAccessPassOneTime", "password"]))
        #expect(result.blockReason == .strengthUnsatisfiable)
        #expect(result.requirements.allSatisfy { $0.status == .unsatisfiable })
    }

    @Test func localGuestsAreTargetedAsGuestsButMeetControlsLikeMembers() throws {
        let enumerated = GuestsOrExternalUsers(
            guestOrExternalUserTypes: [.internalGuest], externalTenants: .enumerated([Build.otherHome]))
        let tenant = Build.tenant([
            Build.policy(
                "local", users: UserCondition(includeGuestsOrExternalUsers: enumerated), grant: [.approvedApplication])
        ])
        let local = SignIn(
            identity: SignInIdentity(userId: "vendor", externalUserType: .internalGuest),
            conditions: SignInConditions(devicePlatform: .android))
        let result = try Build.evaluate(tenant, local)
        #expect(result.policy("local")?.policyApplies == true)
        #expect(result.decision == .challenged)
        #expect(result.flow == nil)
    }

    @Test func activePoliciesNeedALicenceAndExcludeSecurityDefaults() {
        #expect(throws: DocumentError.self) { try CompiledTenant(Build.tenant([Build.policy("p")], license: .free)) }
        #expect(throws: DocumentError.self) {
            try CompiledTenant(Build.tenant([Build.policy("p")], securityDefaults: true))
        }
        #expect(throws: Never.self) {
            try CompiledTenant(Build.tenant([Build.policy("p", state: .disabled)], license: .free))
        }
    }

    @Test func identityProviderIsInferredFromTheHomeTenant() throws {
        let tenant = Build.tenant([Build.policy("mfa")], defaultTrust: InboundTrust(isMfaAccepted: true))
        let withTenant = SignIn(
            identity: SignInIdentity(
                userId: "u", externalTenantId: Build.home, externalUserType: .b2bCollaborationGuest))
        #expect(try Build.evaluate(tenant, withTenant).flow == .entraCrossTenant)
        let withoutTenant = SignIn(identity: SignInIdentity(userId: "u", externalUserType: .otherExternalUser))
        let other = try Build.evaluate(tenant, withoutTenant)
        #expect(other.flow == .externalIdentityProvider)
        #expect(other.requirement(.mfa)?.location == .resourceTenant)
        let directConnect = Build.guest(type: .b2bDirectConnectUser, provider: .google, mfa: ["password,sms"])
        #expect(try Build.evaluate(tenant, directConnect).decision == .granted)
    }

    @Test func requirementsMergeAcrossPoliciesKeepingTheHardestStatus() throws {
        let tenant = Build.tenant([
            Build.policy("plain"),
            Build.policy("risky", signInRisk: [.high]),
        ])
        let result = try Build.evaluate(tenant, Build.guest(conditions: SignInConditions(signInRiskLevel: .high)))
        #expect(result.requirements.count == 1)
        let mfa = try #require(result.requirement(.mfa))
        #expect(mfa.policyIds == ["plain", "risky"])
        #expect(mfa.status == .unsatisfiable)
        #expect(result.blockReason == .riskWithoutRegisteredMfa)
    }

    @Test func tenantIdsIgnoreCaseButObjectIdsAreExact() throws {
        let guests = GuestsOrExternalUsers(
            guestOrExternalUserTypes: [.b2bCollaborationGuest], externalTenants: .enumerated([Build.home.uppercased()]))
        let tenant = Build.tenant(
            [
                Build.policy("partner", users: UserCondition(includeGuestsOrExternalUsers: guests), grant: [.block]),
                Build.policy("named", users: UserCondition(includeUsers: ["GUEST-1"]), grant: [.block]),
            ])
        let result = try Build.evaluate(tenant, Build.guest())
        #expect(result.policy("partner")?.policyApplies == true)
        #expect(result.policy("named")?.policyApplies == false)
    }

    /// what-if-tool § Conditions: What If requires the client app; without it a policy that
    /// looks at client apps is undecided, while `clientAppTypes: ["all"]` is no condition.
    @Test func absentConditionsAreUnknownIncludingTheClientApp() throws {
        let document = try DocumentValue(jsonText: #"{"signInIdentity": {"userId": "u"}}"#)
        let signIn = try SignIn(document: document)
        #expect(signIn.conditions.clientAppType == nil)
        #expect(signIn.conditions.devicePlatform == nil)
        #expect(signIn.context == .applications(["All"]))
        let tenant = Build.tenant([
            Build.policy("browsers", clientApps: [.browser], grant: [.block]), Build.policy("any", clientApps: [.all]),
        ])
        let result = try Build.evaluate(tenant, signIn)
        #expect(result.policy("browsers")?.analysisReasons.contains(.notEnoughInformation) == true)
        #expect(result.policy("any")?.policyApplies == true)
    }
}
