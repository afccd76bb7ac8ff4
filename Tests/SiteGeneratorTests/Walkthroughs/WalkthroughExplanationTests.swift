import AccessEngine
import Foundation
@testable import SiteGenerator
import Testing

/// What a challenge explains is the engine's answer, chosen at build time: the deciding step and
/// the sentence naming what decided.
@Suite("Walkthrough explanations")
struct WalkthroughExplanationTests {
    private func outcome(_ flow: FlowID, _ key: String) throws -> WalkthroughOutcome {
        let compiled = try WalkthroughCompiler().compile(WalkthroughRecipe.recipe(for: flow))
        let item = try #require(compiled.cases.first { $0.combination.key == key }, "\(key)")
        return compiled.outcomes[item.outcome]
    }

    private func decidingStep(_ outcome: WalkthroughOutcome) throws -> WalkthroughOutcome.Step {
        let index = try #require(outcome.decidingStep)
        return outcome.steps[index]
    }

    @Test(
        "every outcome points at a step it took, in the played flow whenever it went through it",
        arguments: FlowID.allCases)
    func decidingStepIsTaken(flow: FlowID) throws {
        let compiled = try WalkthroughCompiler().compile(WalkthroughRecipe.recipe(for: flow))
        for outcome in compiled.outcomes {
            let step = try decidingStep(outcome)
            let played = outcome.steps.filter { $0.flow == flow.rawValue }
            if let last = played.last {
                #expect(step == last, "\(outcome.steps.map(\.number))")
            }
            #expect(!outcome.decidedBy.isEmpty)
        }
    }

    @Test("trusted home MFA: step 5 of the cross-tenant flow, the policy and the claim that met it")
    func trustedHomeMfa() throws {
        let granted = try outcome(
            .entraCrossTenant, "p1|mfa|b2bCollaboration|true|password,microsoftAuthenticatorPush|-|-")
        let step = try decidingStep(granted)
        #expect(step.flow == "entra-cross-tenant" && step.number == 5)
        #expect(
            granted.decidedBy
                == "“Guests: require MFA” applies; deciding: Require multifactor authentication: met by a claim in the token, in the home tenant."
        )
    }

    @Test("a blocked device claim without trust names step 6 and only the requirement that cannot be met")
    func deviceWithoutTrust() throws {
        let blocked = try outcome(.entraCrossTenant, "p1|compliantDevice|b2bCollaboration|-|-|false|-")
        #expect(blocked.verdict == "blocked")
        #expect(try decidingStep(blocked).number == 6)
        #expect(blocked.decidedBy.hasPrefix("“Guests: require a compliant device” applies; deciding: "))
        #expect(blocked.decidedBy.contains("cannot be met"))
        #expect(!blocked.decidedBy.contains("met by a claim"))
    }

    @Test("a free tenant is decided by security defaults")
    func securityDefaults() throws {
        let free = try outcome(.entraCrossTenant, "free|-|b2bCollaboration|-|-|-|-")
        #expect(free.decidedBy.hasPrefix("Security defaults apply; deciding: Require multifactor authentication"))
    }

    @Test("a passcode turned off blocks at step 2, not through what a policy demands")
    func passcodeOff() throws {
        let blocked = try outcome(.emailOneTimePasscode, "false|mfa|")
        #expect(blocked.reason == "emailOneTimePasscodeDisabled")
        let step = try decidingStep(blocked)
        #expect(step.flow == "email-one-time-passcode" && step.number == 2)
        #expect(
            blocked.decidedBy == "“Guests: require MFA” applies; the block does not come from what a policy demands.")
    }

    @Test(
        "a risk-based policy that does not apply is named with Graph's reason; without MFA steps the provider flow's last step decides"
    )
    func riskPolicyNotApplying() throws {
        let granted = try outcome(.resourceTenantMfa, "mfaForRiskySignIns|none|")
        #expect(granted.verdict == "granted")
        #expect(
            granted.decidedBy
                == "“Guests: require MFA for risky sign-ins” does not apply (signInRisk), so nothing is demanded.")
        let step = try decidingStep(granted)
        #expect(step.flow == "external-identity-provider" && step.number == 4)
        let registering = try decidingStep(try outcome(.resourceTenantMfa, "mfa|-|"))
        #expect(registering.flow == "resource-tenant-mfa" && registering.number == 4)
        let risky = try decidingStep(try outcome(.resourceTenantMfa, "mfaForRiskySignIns|high|sms"))
        #expect(risky.flow == "resource-tenant-mfa" && risky.number == 3)
    }

    @Test("the payload carries the story's opening and the steps of every flow an outcome goes through")
    func payload() throws {
        let compiled = try WalkthroughCompiler().compile(WalkthroughRecipe.recipe(for: .resourceTenantMfa))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(compiled.payloadJSON.utf8)) as? [String: Any])
        #expect((json["opening"] as? String)?.hasPrefix("Sam, a guest who signs in with a Google account") == true)
        let flowSteps = try #require(json["flowSteps"] as? [String: [[String: Any]]])
        #expect(Set(flowSteps.keys) == ["resource-tenant-mfa", "external-identity-provider"])
        #expect(flowSteps["external-identity-provider"]?.count == 4)
    }
}
