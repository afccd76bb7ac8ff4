@testable import AccessEngine
import Testing

/// The per-condition view a precomputing tool reads gives exactly what evaluation reports.
@Suite("Applicability by condition")
struct ApplicabilityTests {
    static func signIns() -> [SignIn] {
        var result = BenchmarkTenant.signIns()
        // Values left out: client app, platform and location undecided.
        var bare = result[0]
        bare.conditions = SignInConditions(clientAppType: nil)
        result.append(bare)
        var action = result[1]
        action.context = .userAction(.registerSecurityInformation)
        result.append(action)
        return result
    }

    @Test("applying policies and the first reason match evaluation for every benchmark sign-in")
    func matchesEvaluation() throws {
        let tenant = try CompiledTenant(BenchmarkTenant.make())
        for signIn in Self.signIns() {
            let breakdown = tenant.applicability(of: signIn)
            let policies = tenant.evaluate(signIn).policies
            #expect(breakdown.conditions.map(\.reason).first == .policyNotEnabled)
            for (index, policy) in policies.enumerated() {
                #expect(
                    breakdown.applying.contains(index) == policy.policyApplies,
                    "\(signIn.identity.userId) policy \(index)")
                #expect(
                    breakdown.reasons(for: index) == policy.analysisReasons, "\(signIn.identity.userId) policy \(index)"
                )
            }
        }
    }

    @Test("a condition the sign-in does not give leaves the policies using it undecided")
    func undecidedWhenNotGiven() throws {
        let tenant = try CompiledTenant(BenchmarkTenant.make())
        var signIn = BenchmarkTenant.signIns()[0]
        signIn.conditions = SignInConditions(clientAppType: nil)
        let clientApps = try #require(tenant.applicability(of: signIn).conditions.first { $0.reason == .clientApps })
        #expect(clientApps.undecided.contains(1))  // "Block legacy" looks at the client app
        #expect(!clientApps.undecided.contains(0))
    }

    @Test("the cross-tenant access check alone gives the block reason evaluation gives")
    func accessCheck() throws {
        let tenant = try CompiledTenant(BenchmarkTenant.make())
        for signIn in Self.signIns() {
            let evaluation = tenant.evaluate(signIn)
            let block = tenant.crossTenantAccessBlock(of: signIn)
            if let block { #expect(evaluation.blockReason == block) }
        }
        // Direct connect is closed unless configured; collaboration is open.
        #expect(tenant.crossTenantAccessBlock(of: BenchmarkTenant.signIns()[1]) != nil)
        #expect(tenant.crossTenantAccessBlock(of: BenchmarkTenant.signIns()[0]) == nil)
    }

    @Test("an IP named location says whether it holds an address")
    func ipContains() {
        let office = IPNamedLocation(
            id: "o", displayName: "Office", isTrusted: true, ipRanges: ["203.0.113.0/24", "2001:db8:1::/48"])
        #expect(office.contains(ipAddress: "203.0.113.9"))
        #expect(office.contains(ipAddress: "2001:db8:1::5"))
        #expect(!office.contains(ipAddress: "192.0.2.77"))
        #expect(!office.contains(ipAddress: "not an address"))
    }
}
