import Testing

@testable import AccessEngine

/// Flows as data, and the steps evaluations take through them.
@Suite struct FlowTests {
    @Test func flowsHaveTheSeedsStepCounts() {
        #expect(Flow.all.map(\.id) == FlowID.allCases)
        #expect(Flow.all.map(\.steps.count) == [6, 4, 4, 4])
        for flow in Flow.all {
            #expect(flow.steps.map(\.number) == Array(1...flow.steps.count))
            #expect(!flow.inputs.isEmpty)
        }
        #expect(
            Flow.entraCrossTenant.edges == [
                FlowEdge(from: 3, to: 6, condition: "inbound trust accepts no claim the policies need")
            ])
    }

    @Test(arguments: [
        ("Authentication flow for external Microsoft Entra users", FlowID.entraCrossTenant),
        ("Example 1: Authentication flow and token for a non-Azure AD external user", .externalIdentityProvider),
        ("Example 2: Authentication flow and token for one-time passcode user", .emailOneTimePasscode),
        ("Authentication flow for B2B guest users with one time passcode", .emailOneTimePasscode),
        ("MFA for non-Azure AD external users", .resourceTenantMfa),
    ])
    func seedHeadingsBindToFlows(heading: String, id: FlowID) {
        #expect(Flow.flow(forHeading: heading)?.id == id)
    }

    @Test func withoutTrustStepThreeSkipsToSix_seed004() throws {
        let tenant = Build.tenant([Build.policy("mfa")])
        let result = try Build.evaluate(tenant, Build.guest())
        #expect(result.flow == .entraCrossTenant)
        let crossTenant = result.steps.filter { $0.flow == .entraCrossTenant }
        #expect(crossTenant.map(\.number) == [1, 2, 3, 6])
        #expect(crossTenant[2].event == .noTrustSkip)
        #expect(crossTenant[3].event == .resourceTenantMfa)
        let resource = result.steps.filter { $0.flow == .resourceTenantMfa }.map(\.number)
        #expect(resource == [2, 3, 4])
    }

    @Test func withTrustStepsFourAndFiveHappenAtHome_seed004() throws {
        let tenant = Build.tenant([Build.policy("mfa")], defaultTrust: InboundTrust(isMfaAccepted: true))
        let result = try Build.evaluate(tenant, Build.guest())
        #expect(result.steps.map(\.number) == [1, 2, 3, 4, 5])
        #expect(
            result.steps.map(\.event) == [
                .signInStarted, .policiesEvaluated, .trustAccepted, .claimsMissing, .homeChallenge,
            ])
        #expect(!result.steps[4].narration.isEmpty)
    }

    @Test func otherProvidersFollowTheirFourSteps_seed002() throws {
        let tenant = Build.tenant([Build.policy("mfa")])
        let google = try Build.evaluate(tenant, Build.guest(tenant: nil, provider: .google, registeredResource: "sms"))
        #expect(google.flow == .externalIdentityProvider)
        #expect(google.steps.filter { $0.flow == .externalIdentityProvider }.map(\.number) == [1, 2, 3, 4])
        #expect(google.steps.filter { $0.flow == .resourceTenantMfa }.map(\.number) == [2, 3])
        let otp = try Build.evaluate(Build.tenant([]), Build.guest(tenant: nil, provider: .emailOneTimePasscode))
        #expect(otp.flow == .emailOneTimePasscode)
        #expect(
            otp.steps.map(\.event) == [
                .redirectedToResourceTenant, .passcodeSent, .passcodeSubmitted, .resourceTokenIssued,
            ])
    }

    @Test func membersFollowNoExternalFlow() throws {
        let result = try Build.evaluate(Build.tenant([Build.policy("mfa")]), Build.member())
        #expect(result.flow == nil)
        #expect(result.steps.isEmpty)
    }
}
