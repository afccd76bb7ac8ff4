import Testing
@testable import AccessEngine

/// Behaviours for external users as Microsoft's current articles describe them, each test naming
/// its source and the revision read.
@Suite("External users as documented today")
struct CurrentBehaviourTests {
    static let blockWindows = DeviceCondition(
        deviceFilter: DeviceFilter(mode: .exclude, rule: #"device.operatingSystem -eq "Windows""#))

    // external-id/cross-tenant-access-settings-b2b-collaboration (revision of 2026-04-24):
    // a service provider's users do MFA at home and the resource tenant always accepts it.
    @Test("service provider users: MFA at home, trusted whatever the inbound trust says")
    func serviceProviders() throws {
        let partner = CrossTenantConfiguration(
            tenantId: Build.home, inboundTrust: InboundTrust(isMfaAccepted: false), isServiceProvider: true)
        let tenant = Build.tenant([Build.policy("mfa")], partners: [partner])
        let done = try Build.evaluate(tenant, Build.guest(mfa: ["password,microsoftAuthenticatorPush"]))
        #expect(done.decision == .granted)
        #expect(done.requirement(.mfa)?.location == .homeTenant)
        let notDone = try Build.evaluate(tenant, Build.guest(registeredHome: "password,sms"))
        #expect(notDone.requirement(.mfa)?.location == .homeTenant)
        #expect(notDone.requirement(.mfa)?.registrationRequired == false)
    }

    // external-id/authentication-conditional-access § Device filters (revision of 2026-03-27) and
    // identity/conditional-access/concept-condition-filters-for-devices (revision of 2026-03-24):
    // the resource tenant sees an external user's device only when it trusts that organisation's
    // device claims; an unseen device has no attributes.
    @Test("an untrusted organisation's self-asserted device attributes cannot exempt its user from a block")
    func deviceFiltersNeedDeviceTrust() throws {
        let block = Build.policy("block", devices: Self.blockWindows, grant: [.block])
        let windows = SignInConditions(deviceInfo: ["operatingsystem": "Windows"])
        let untrusted = try Build.evaluate(Build.tenant([block]), Build.guest(conditions: windows))
        #expect(untrusted.decision == .blocked)
        let trusted = try Build.evaluate(
            Build.tenant([block], defaultTrust: Build.mfaTrust), Build.guest(conditions: windows))
        #expect(trusted.decision == .granted)
        let google = try Build.evaluate(
            Build.tenant([block], defaultTrust: Build.mfaTrust),
            Build.guest(tenant: nil, provider: .google, conditions: windows))
        #expect(google.decision == .blocked)
    }

    // external-id/b2b-direct-connect-overview § MFA (revision of 2026-04-24) says a direct
    // connect user without MFA from home is blocked; the older set-up article (2024-04-29) said
    // challenged at home. The newest wins (Decisions.md).
    @Test("direct connect with MFA trust but no MFA done at home is blocked, not challenged")
    func directConnectWithoutHomeMfa() throws {
        let tenant = Build.tenant([Build.policy("mfa")], defaultTrust: Build.mfaTrust)
        let result = try Build.evaluate(tenant, Build.guest(type: .b2bDirectConnectUser))
        #expect(result.decision == .blocked)
        #expect(result.blockReason == .directConnectMfaNotDoneAtHome)
        #expect(
            try Build.evaluate(tenant, Build.guest(type: .b2bDirectConnectUser, mfa: ["password,sms"])).decision
                == .granted)
    }

    // external-id/one-time-passcode (revision of 2026-03-27): with the feature off, redeemed
    // passcode guests cannot sign in; guests who have not redeemed are asked to create a
    // Microsoft account.
    @Test("email one-time passcode off: redeemed guests blocked, unredeemed ones sent to create a Microsoft account")
    func passcodeOff() throws {
        let tenant = Build.tenant([], emailOneTimePasscode: false)
        var signIn = Build.guest(tenant: nil, provider: .emailOneTimePasscode)
        #expect(try Build.evaluate(tenant, signIn).blockReason == .emailOneTimePasscodeDisabled)
        signIn.guest?.redeemed = false
        #expect(try Build.evaluate(tenant, signIn).blockReason == .passcodeOffMicrosoftAccountNeeded)
    }

    // identity/authentication/concept-authentication-strength-how-it-works (revision of
    // 2025-03-17): a method must be enabled in the tenant's Authentication methods policy.
    @Test("a strength whose methods the tenant turned off cannot be met in the tenant")
    func disabledMethods() throws {
        var tenant = Build.tenant(
            [Build.policy("p", grant: [], strength: "custom")],
            strengths: [
                AuthenticationStrengthPolicy(
                    id: "custom", displayName: "Custom", allowedCombinations: [Build.modes("password,sms")])
            ])
        #expect(try Build.evaluate(tenant, Build.guest()).decision == .challenged)
        tenant.authenticationMethods = AuthenticationMethodsPolicy(disabledMethods: AuthenticationMethodModes(.sms))
        let result = try Build.evaluate(tenant, Build.guest())
        #expect(result.decision == .blocked)
        #expect(result.blockReason == .strengthUnsatisfiable)
    }

    @Test("the Authentication methods policy reads from Graph's shape")
    func methodsPolicyDecoding() throws {
        let tenant = try Tenant(
            document: DocumentValue(
                jsonText: #"""
                    {"tenantId": "t", "authenticationMethodsPolicy": {"authenticationMethodConfigurations": [
                      {"@odata.type": "#microsoft.graph.smsAuthenticationMethodConfiguration", "id": "Sms", "state": "disabled"},
                      {"id": "Fido2", "state": "enabled"}, {"id": "SomethingNew", "state": "disabled"}]}}
                    """#))
        #expect(tenant.authenticationMethods.disabledMethods == AuthenticationMethodModes(.sms))
    }
}
