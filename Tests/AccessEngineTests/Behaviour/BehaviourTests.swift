import Testing
@testable import AccessEngine

/// Behaviour that Microsoft changed is dated data: the value before, the value after, and the
/// revision of the article that shows the change.
///
/// Source of the current Table 1: Microsoft Learn, "Authentication and Conditional Access for B2B
/// users" (external-id/authentication-conditional-access), Table 1 — phone sign-in is a
/// home-tenant method only and certificate-based authentication is accepted from the home tenant
/// (revision of 2024-05-15, still so in the revision of 2026-03-27). Seed 004 is the revision of
/// 2024-02-05, which listed phone sign-in in both columns and had no certificate row.
@Suite("Dated behaviour")
struct BehaviourTests {
    static let beforeChange = Behaviour(asOf: BehaviourDate("2024-02-05")!)

    static func strengthTenant(_ methods: String) -> Tenant {
        Build.tenant(
            [Build.policy("p", grant: [], strength: "custom")],
            strengths: [
                AuthenticationStrengthPolicy(
                    id: "custom", displayName: "Custom", allowedCombinations: [Build.modes(methods)])
            ])
    }

    @Test("dates read as ISO 8601 and as Learn's ms.date, and order by day")
    func dates() {
        #expect(BehaviourDate("2024-05-15") == BehaviourDate("05/15/2024"))
        #expect(BehaviourDate("2024-05-15")!.description == "2024-05-15")
        #expect(BehaviourDate("2024-02-05")! < BehaviourDate("2024-05-15")!)
        #expect(BehaviourDate("2024-13-01") == nil)
        #expect(BehaviourDate("yesterday") == nil)
    }

    @Test("the newest behaviour is the newest revision; a date picks the revision in force then")
    func revisions() {
        #expect(Behaviour.latest.revision == BehaviourDate("2024-05-15"))
        #expect(Behaviour(asOf: BehaviourDate("2024-03-01")!).revision == BehaviourDate("2024-02-05"))
        #expect(Behaviour(asOf: BehaviourDate("2020-01-01")!).revision == BehaviourDate("2024-02-05"))
        #expect(Behaviour.changes(since: BehaviourDate("2024-02-05")!).map(\.id) == ["table1-2024-05"])
        #expect(Behaviour.changes(since: BehaviourDate("2026-01-01")!).isEmpty)
    }

    @Test("phone sign-in: performed in the resource tenant before the May 2024 revision, not since")
    func phoneSignInInTheResourceTenant() throws {
        let tenant = Self.strengthTenant("deviceBasedPush")
        let guest = Build.guest(registeredResource: "deviceBasedPush")
        let today = try CompiledTenant(tenant).evaluate(guest)
        #expect(today.decision == .blocked)
        #expect(today.blockReason == .strengthUnsatisfiable)
        let then = try CompiledTenant(tenant, behaviour: Self.beforeChange).evaluate(guest)
        #expect(then.decision == .challenged)
        #expect(then.requirement(.authenticationStrength)?.location == .resourceTenant)
    }

    @Test("certificate-based MFA done at home satisfies a strength with MFA trust today, not before")
    func certificateFromHome() throws {
        let tenant = Build.tenant(
            [Build.policy("p", grant: [], strength: AuthenticationStrengthPolicy.phishingResistantMultifactor.id)],
            defaultTrust: Build.mfaTrust)
        let guest = Build.guest(mfa: ["x509CertificateMultiFactor"])
        let today = try CompiledTenant(tenant).evaluate(guest)
        #expect(today.decision == .granted)
        #expect(today.requirement(.authenticationStrength)?.status == .satisfiedByClaim)
        #expect(try CompiledTenant(tenant, behaviour: Self.beforeChange).evaluate(guest).decision != .granted)
    }

    @Test("reports name the behaviour date they follow")
    func reportsNameTheDate() throws {
        let report = EvaluationReport(try CompiledTenant(Self.strengthTenant("sms")).evaluate(Build.guest()))
        #expect(report.behaviourDate == "2024-05-15")
    }
}
