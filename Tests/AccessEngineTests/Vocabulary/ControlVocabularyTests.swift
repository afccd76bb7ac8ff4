import Testing

@testable import AccessEngine

/// The control vocabulary the consistency checker reads guidance tables against.
@Suite struct ControlVocabularyTests {
    @Test func builtInControlsAreGraphsSubset() {
        #expect(GrantControl.builtIn.map(\.rawValue) == [
            "block", "mfa", "compliantDevice", "domainJoinedDevice", "approvedApplication",
            "compliantApplication", "passwordChange",
        ])
        #expect(GrantControl.allCases.count == 10)
        #expect(SessionControl.allCases.count == 4)
    }

    /// Seed 004, "Comparing External ID Conditional Access policies": collaboration column then
    /// direct connect column.
    @Test(arguments: [
        (GrantControl.block, ControlSupport.supported, ControlSupport.supported),
        (.mfa, .supported, .requiresInboundTrust),
        (.compliantDevice, .requiresInboundTrust, .requiresInboundTrust),
        (.domainJoinedDevice, .requiresInboundTrust, .requiresInboundTrust),
        (.approvedApplication, .notSupported, .notSupported),
        (.compliantApplication, .notSupported, .notSupported),
        (.passwordChange, .notSupported, .notSupported),
        (.termsOfUse, .supported, .notSupported),
    ])
    func grantControlSupportMatchesSeed004Table(
        control: GrantControl, collaboration: ControlSupport, directConnect: ControlSupport
    ) {
        #expect(AccessPath.b2bCollaboration.support(for: control) == collaboration)
        #expect(AccessPath.b2bDirectConnect.support(for: control) == directConnect)
    }

    @Test func sessionControlsAreSupportedForCollaborationOnly_seed004Table() {
        for control in SessionControl.allCases {
            #expect(AccessPath.b2bCollaboration.support(for: control) == .supported)
            #expect(AccessPath.b2bDirectConnect.support(for: control) == .notSupported)
        }
    }

    /// The vocabulary and the evaluator must agree: what is "not supported" blocks.
    @Test(arguments: [GrantControl.approvedApplication, .compliantApplication, .passwordChange])
    func notSupportedControlsBlockInTheEvaluator(control: GrantControl) throws {
        let tenant = Build.tenant([Build.policy("p", grant: [control])], defaultTrust: Build.mfaTrust)
        #expect(try Build.evaluate(tenant, Build.guest()).decision == .blocked)
    }
}
