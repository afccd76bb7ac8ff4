import Testing
@testable import AccessEngine

/// Methods that are set up before a sign-in, never during one ("interrupt mode"): passkeys (FIDO2),
/// Windows Hello for Business, certificates and Authenticator phone sign-in. Source: Microsoft
/// Learn, "How authentication strengths work" (identity/authentication/
/// concept-authentication-strength-how-it-works), revision of 2025-03-17.
@Suite("Registration during sign-in")
struct RegistrationTests {
    static func tenant(_ strength: String, trust: Bool) -> Tenant {
        Build.tenant(
            [Build.policy("p", grant: [], strength: "custom")],
            strengths: [
                AuthenticationStrengthPolicy(
                    id: "custom", displayName: "Custom",
                    allowedCombinations: strength.split(separator: "|").map { Build.modes(String($0)) })
            ],
            defaultTrust: trust ? Build.mfaTrust : InboundTrust())
    }

    @Test(
        "a strength of only methods set up beforehand blocks a guest who has none registered, never asks to register",
        arguments: ["fido2", "windowsHelloForBusiness", "x509CertificateMultiFactor", "fido2|windowsHelloForBusiness"])
    func outsideSignIn(strength: String) throws {
        let evaluation = try Build.evaluate(
            Self.tenant(strength, trust: true), Build.guest(registeredHome: "password,sms"))
        #expect(evaluation.decision == .blocked)
        #expect(evaluation.blockReason == .registrationOutsideSignIn)
        #expect(evaluation.requirement(.authenticationStrength)?.registrationRequired == false)
        #expect(evaluation.requirement(.authenticationStrength)?.location == .homeTenant)
    }

    @Test("with one of them registered, the guest is sent to use it, with nothing to register")
    func registeredBeforehand() throws {
        let evaluation = try Build.evaluate(Self.tenant("fido2", trust: true), Build.guest(registeredHome: "fido2"))
        #expect(evaluation.decision == .challenged)
        #expect(evaluation.requirement(.authenticationStrength)?.registrationRequired == false)
    }

    @Test("when some allowed combination can be registered during sign-in, registration is offered")
    func registrableAlternative() throws {
        let evaluation = try Build.evaluate(Self.tenant("fido2|password,sms", trust: true), Build.guest())
        #expect(evaluation.decision == .challenged)
        #expect(evaluation.requirement(.authenticationStrength)?.registrationRequired == true)
    }

    @Test("members are held to the same rule")
    func members() throws {
        let evaluation = try Build.evaluate(Self.tenant("windowsHelloForBusiness", trust: false), Build.member())
        #expect(evaluation.blockReason == .registrationOutsideSignIn)
    }

    @Test("every block reason explains itself in one sentence")
    func explanations() {
        for reason in BlockReason.allCases {
            #expect(reason.explanation.hasSuffix("."))
            #expect(reason.explanation.split(separator: ".").count == 1 || reason.explanation.contains("("))
        }
    }
}
