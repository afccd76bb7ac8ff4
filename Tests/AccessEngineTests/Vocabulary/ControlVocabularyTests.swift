import Testing

@testable import AccessEngine

/// The control vocabulary the consistency checker reads guidance tables against.
@Suite struct ControlVocabularyTests {
    @Test func builtInControlsAreGraphsSubset() {
        #expect(
            GrantControl.builtIn.map(\.rawValue) == [
                "block", "mfa", "compliantDevice", "domainJoinedDevice", "approvedApplication",
                "compliantApplication", "passwordChange",
            ])
        #expect(GrantControl.allCases.count == 10)
        #expect(SessionControl.allCases.count == 4)
    }

    /// The vocabulary and the evaluator must agree: what is "not supported" blocks.
    @Test(arguments: [GrantControl.approvedApplication, .compliantApplication, .passwordChange])
    func notSupportedControlsBlockInTheEvaluator(control: GrantControl) throws {
        let tenant = Build.tenant([Build.policy("p", grant: [control])], defaultTrust: Build.mfaTrust)
        #expect(try Build.evaluate(tenant, Build.guest()).decision == .blocked)
    }
}
