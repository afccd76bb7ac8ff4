import Testing

@testable import AccessEngine

/// Authentication strengths for external users: seed 004, "Authentication strength policies
/// for external users" and Table 1.
@Suite struct AuthenticationStrengthTests {
    let phishingResistant = AuthenticationStrengthPolicy.phishingResistantMultifactor.id
    let multifactor = AuthenticationStrengthPolicy.multifactor.id

    @Test func builtInStrengthsAreKnownByGraphId() {
        let ids = AuthenticationStrengthPolicy.builtIn.map(\.id)
        #expect(ids == [
            "00000000-0000-0000-0000-000000000002", "00000000-0000-0000-0000-000000000003",
            "00000000-0000-0000-0000-000000000004",
        ])
        #expect(AuthenticationStrengthPolicy.phishingResistantMultifactor.allowedCombinations.map(\.description)
            == ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor"])
    }

    @Test func phishingResistantCannotBePerformedInTheResourceTenant_table1() throws {
        let tenant = Build.tenant([Build.policy("pr", grant: [], strength: phishingResistant)])
        let result = try Build.evaluate(tenant, Build.guest(mfa: ["fido2"]))
        #expect(result.blockReason == .strengthUnsatisfiable)
        #expect(result.requirement(.authenticationStrength)?.status == .unsatisfiable)
    }

    @Test func phishingResistantFromTheHomeTenantWithTrust_table1() throws {
        let tenant = Build.tenant([Build.policy("pr", grant: [], strength: phishingResistant)], defaultTrust: Build.mfaTrust)
        let fido = try Build.evaluate(tenant, Build.guest(mfa: ["fido2"]))
        #expect(fido.decision == .granted)
        #expect(fido.requirement(.authenticationStrength)?.location == .homeTenant)
        // Seed 003: a weaker home method is not enough; the user registers a stronger one at home.
        let push = try Build.evaluate(tenant, Build.guest(mfa: ["password,microsoftAuthenticatorPush"], registeredHome: "microsoftAuthenticatorPush"))
        let requirement = try #require(push.requirement(.authenticationStrength))
        #expect(requirement.status == .challenge)
        #expect(requirement.location == .homeTenant)
        #expect(requirement.registrationRequired)
    }

    @Test func hardwareTokenIsAcceptedOnlyFromTheHomeTenant_table1() throws {
        let custom = AuthenticationStrengthPolicy(
            id: "custom-oath", displayName: "Hardware OATH", allowedCombinations: [Build.modes("password,hardwareOath")])
        let policy = Build.policy("hw", grant: [], strength: "custom-oath")
        let withoutTrust = Build.tenant([policy], strengths: [custom])
        #expect(try Build.evaluate(withoutTrust, Build.guest()).blockReason == .strengthUnsatisfiable)
        let withTrust = Build.tenant([policy], strengths: [custom], defaultTrust: Build.mfaTrust)
        #expect(try Build.evaluate(withTrust, Build.guest(mfa: ["password,hardwareOath"])).decision == .granted)
    }

    @Test func mfaStrengthInTheResourceTenantUsesTable1Methods() throws {
        let tenant = Build.tenant([Build.policy("mfa-strength", grant: [], strength: multifactor)])
        let result = try Build.evaluate(tenant, Build.guest(registeredResource: "softwareOath"))
        let requirement = try #require(result.requirement(.authenticationStrength))
        #expect(requirement.location == .resourceTenant)
        #expect(requirement.registrationRequired == false)
    }

    @Test func strengthsApplyOnlyToEntraUsers_seed004Note() throws {
        let tenant = Build.tenant([Build.policy("mfa-strength", grant: [], strength: multifactor)])
        let otp = Build.guest(tenant: nil, provider: .emailOneTimePasscode, registeredResource: "sms")
        #expect(try Build.evaluate(tenant, otp).blockReason == .strengthNotSupportedForIdentityProvider)
    }

    @Test func unknownStrengthReferenceIsAnError() {
        let tenant = Build.tenant([Build.policy("x", grant: [], strength: "missing")])
        #expect(throws: DocumentError.self) { try CompiledTenant(tenant) }
    }
}
