import Testing

@testable import AccessEngine

/// Device, app, password, terms-of-use, custom and session controls for external users
/// (seed 004's comparison table and device sections).
@Suite struct ExternalControlTests {
    @Test(arguments: [GrantControl.compliantDevice, .domainJoinedDevice])
    func deviceControlsNeedATrustedClaim_seed004(control: GrantControl) throws {
        let policy = Build.policy("device", grant: [control])
        let untrusted = try Build.evaluate(
            Build.tenant([policy]), Build.guest(deviceCompliant: true, hybridJoined: true))
        #expect(untrusted.blockReason == .deviceClaimNotTrusted)
        let trusted = Build.tenant([policy], defaultTrust: Build.mfaTrust)
        let withClaim = try Build.evaluate(trusted, Build.guest(deviceCompliant: true, hybridJoined: true))
        #expect(withClaim.decision == .granted)
        #expect(withClaim.requirements.first?.location == .homeTenant)
        let withoutClaim = try Build.evaluate(trusted, Build.guest())
        #expect(withoutClaim.blockReason == .deviceClaimMissing)
    }

    @Test(arguments: [GrantControl.approvedApplication, .compliantApplication])
    func appControlsCannotBeMetByExternalUsers_seed004MobileApplicationManagement(control: GrantControl) throws {
        let tenant = Build.tenant([Build.policy("app", grant: [control])], defaultTrust: Build.mfaTrust)
        let signIn = Build.guest(conditions: SignInConditions(devicePlatform: .iOS))
        let result = try Build.evaluate(tenant, signIn)
        #expect(result.blockReason == .unsupportedControlForExternalUser)
    }

    @Test func passwordChangeCannotBeMetByExternalUsers_seed004Table() throws {
        let result = try Build.evaluate(Build.tenant([Build.policy("pw", grant: [.passwordChange])]), Build.guest())
        #expect(result.blockReason == .passwordChangeForExternalUser)
    }

    @Test func termsOfUseWorkForCollaborationNotDirectConnect_seed004Table() throws {
        let tenant = Build.tenant([Build.policy("tou", grant: [], termsOfUse: ["tou-1"])])
        let collaboration = try Build.evaluate(tenant, Build.guest())
        #expect(collaboration.decision == .challenged)
        #expect(collaboration.requirement(.termsOfUse)?.reference == "tou-1")
        let direct = try Build.evaluate(tenant, Build.guest(type: .b2bDirectConnectUser))
        #expect(direct.blockReason == .unsupportedControlForExternalUser)
    }

    @Test func sessionControlsWorkForCollaborationNotDirectConnect_seed004Table() throws {
        let session = SessionControls(signInFrequency: "1 hours", persistentBrowser: "never")
        let tenant = Build.tenant([Build.policy("session", grant: [], session: session)])
        let collaboration = try Build.evaluate(tenant, Build.guest())
        #expect(collaboration.sessionControls.map(\.control) == [.persistentBrowser, .signInFrequency])
        #expect(collaboration.sessionControls.allSatisfy { $0.supported })
        #expect(collaboration.sessionControls.last?.settings == ["1 hours"])
        let direct = try Build.evaluate(tenant, Build.guest(type: .b2bDirectConnectUser))
        #expect(direct.sessionControls.allSatisfy { !$0.supported })
    }

    // what-if-tool § Evaluation: a policy the sign-in leaves undecided is listed with
    // notEnoughInformation; its session controls, like its grant controls, still count (decision 56).
    @Test("an undecided policy's session controls count, as its grant controls do")
    func undecidedSessionControlsCount() throws {
        let session = SessionControls(signInFrequency: "1 hours")
        let tenant = Build.tenant([Build.policy("browser", clientApps: [.browser], grant: [], session: session)])
        let result = try Build.evaluate(tenant, Build.guest(conditions: SignInConditions(clientAppType: nil)))
        #expect(result.policy("browser")?.analysisReasons.names == ["notEnoughInformation"])
        #expect(result.sessionControls.map(\.control) == [.signInFrequency])
    }

    @Test func customControlsAreNotHonouredAcrossTenants_seed004Note() throws {
        let tenant = Build.tenant([Build.policy("custom", grant: [], custom: ["DuoMfa"])], defaultTrust: Build.mfaTrust)
        #expect(try Build.evaluate(tenant, Build.guest()).blockReason == .customControlAcrossTenants)
        #expect(try Build.evaluate(tenant, Build.member()).decision == .challenged)
    }

    @Test func serviceProviderPartnersCountAsServiceProviderUsers_seed004() throws {
        let guests = GuestsOrExternalUsers(guestOrExternalUserTypes: [.serviceProvider])
        let tenant = Build.tenant(
            [Build.policy("csp", users: UserCondition(includeGuestsOrExternalUsers: guests), grant: [.block])],
            partners: [CrossTenantConfiguration(tenantId: Build.home, isServiceProvider: true)])
        #expect(try Build.evaluate(tenant, Build.guest()).decision == .blocked)
        #expect(try Build.evaluate(tenant, Build.guest(tenant: Build.otherHome)).decision == .granted)
    }
}
