import AccessEngine
import Foundation
import Testing
@testable import TenantFiles

@Suite("Sign-ins are read strictly")
struct SignInReaderTests {
    static func read(_ yaml: String) throws -> LoadedSignIn {
        try TenantFixtures.withFolder(["s.yaml": yaml]) {
            try TenantLoader(access: .anywhere).loadSignIn(at: "\($0)/s.yaml")
        }
    }

    static func errors(_ yaml: String) -> [ImportDiagnostic] {
        TenantFixtures.failure { _ = try read(yaml) }
    }

    @Test(
        "an unknown key is an error naming the nearest known key",
        arguments: [
            ("signInIdentity: {userId: u}\nguest: {homeSesion: {}}\n", "guest.homeSesion", "homeSession"),
            ("signInIdentity: {userId: u}\nsignInCondition: {}\n", "signInCondition", "signInConditions"),
        ])
    func unknownKeys(yaml: String, key: String, suggestion: String) {
        let errors = Self.errors(yaml)
        #expect(errors.map(\.id) == [SignInReader.unknownKey])
        #expect(errors.first?.message.contains("'\(key)'") == true)
        #expect(errors.first?.message.contains("did you mean '\(suggestion)'") == true)
    }

    @Test("password alone as home MFA is an error that shows how to quote a combination")
    func singleFactor() {
        let errors = Self.errors("signInIdentity: {userId: u}\nguest:\n  homeSession:\n    mfa: [password,sms]\n")
        #expect(errors.map(\.id) == [SignInReader.singleFactor])
        #expect((errors.first?.line, errors.first?.column) == (4, 11))
        #expect(errors.first?.message.contains("\"password,sms\"") == true)
        #expect(throws: Never.self) {
            try Self.read("signInIdentity: {userId: u}\nguest: {homeSession: {mfa: [\"password,sms\"]}}\n")
        }
    }

    @Test("an invalid IP address is an error at its position")
    func invalidIP() {
        let errors = Self.errors("signInIdentity: {userId: u}\nsignInConditions:\n  ipAddress: 999.1.1.1\n")
        #expect(errors.first?.id == "crosswalk.signin.malformed")
        #expect(errors.first?.line == 3)
    }

    @Test("a workload identity is out of scope, said plainly")
    func servicePrincipal() {
        let errors = Self.errors("signInIdentity: {servicePrincipalId: abc}\n")
        #expect(errors.first?.id == SignInReader.unsupported)
        #expect(errors.first?.message.contains("workload identity") == true)
    }

    @Test("contradictory inputs are warnings: hybrid join on iOS, a home tenant without a user type")
    func contradictions() throws {
        let loaded = try Self.read(
            "signInIdentity: {userId: u, externalTenantId: 3c5a9f1e-7b2d-4e6f-8a1c-2d3e4f5a6b7c}\nsignInConditions: {devicePlatform: iOS}\nguest: {homeSession: {hybridJoined: true}}\n"
        )
        #expect(loaded.diagnostics.filter { $0.id == SignInReader.contradiction }.count == 2)
    }

    @Test("Graph's own evaluate request body reads, @odata.type annotations included")
    func graphRequestBody() throws {
        let loaded = try Self.read(
            ##"{"signInIdentity": {"@odata.type": "#microsoft.graph.userSignIn", "userId": "u"}, "signInContext": {"@odata.type": "#microsoft.graph.applicationContext", "includeApplications": ["All"]}, "signInConditions": {"clientAppType": "browser"}, "appliedPoliciesOnly": true}"##
        )
        #expect(loaded.signIn.identity.userId == "u")
    }
}
