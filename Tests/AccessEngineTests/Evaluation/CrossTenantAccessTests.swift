import Testing
@testable import AccessEngine

/// Cross-tenant access settings decide before Conditional Access whether a user of another
/// Microsoft Entra organisation may come in at all. Sources: Microsoft Learn,
/// "Cross-tenant access overview" (external-id/cross-tenant-access-overview, revision of
/// 2025-03-28: service defaults — B2B collaboration allowed for all users and apps, B2B direct
/// connect blocked; partner settings left null inherit the default) and "B2B direct connect
/// overview" (external-id/b2b-direct-connect-overview, revision of 2026-04-24: direct connect
/// serves Teams shared channels only).
@Suite("Cross-tenant access settings")
struct CrossTenantAccessTests {
    static let teams = "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe"
    static let allowAllDirectConnect = CrossTenantConfiguration(b2bDirectConnectInbound: .allowAll)

    static func tenant(
        default configuration: CrossTenantConfiguration = CrossTenantConfiguration(),
        partners: [CrossTenantConfiguration] = []
    ) -> Tenant {
        var tenant = Build.tenant([], partners: partners)
        tenant.crossTenantAccess.defaultConfiguration = configuration  // without Build's direct connect set-up
        return tenant
    }

    static func only(_ type: AccessTargets.AccessType, _ targets: [AccessTarget]) -> AccessTargets {
        AccessTargets(accessType: type, targets: targets)
    }

    @Test("service defaults: B2B collaboration is allowed, B2B direct connect is blocked")
    func serviceDefaults() throws {
        let tenant = Self.tenant()
        #expect(try Build.evaluate(tenant, Build.guest()).decision == .granted)
        let direct = try Build.evaluate(tenant, Build.guest(type: .b2bDirectConnectUser, app: Self.teams))
        #expect(direct.decision == .blocked)
        #expect(direct.blockReason == .inboundAccessBlocked)
        #expect(direct.steps.map(\.event) == [.signInStarted, .accessSettingsBlocked])
    }

    @Test("a user not among the allowed users or groups is blocked before any policy; a listed home group lets them in")
    func inboundUsers() throws {
        let partner = CrossTenantConfiguration(
            tenantId: Build.home,
            b2bCollaborationInbound: B2BAccessSetting(
                usersAndGroups: Self.only(.allowed, [AccessTarget(target: "partner-group", targetType: .group)])))
        let tenant = Self.tenant(partners: [partner])
        var signIn = Build.guest()
        #expect(try Build.evaluate(tenant, signIn).blockReason == .inboundAccessBlocked)
        signIn.guest?.homeGroups = ["partner-group"]
        #expect(try Build.evaluate(tenant, signIn).decision == .granted)
    }

    @Test("blocked applications, including the Office365 group, refuse the sign-in; other apps pass")
    func inboundApplications() throws {
        let configuration = CrossTenantConfiguration(
            b2bCollaborationInbound: B2BAccessSetting(
                applications: Self.only(.blocked, [AccessTarget(target: "Office365", targetType: .application)])))
        let tenant = Self.tenant(default: configuration)
        #expect(
            try Build.evaluate(tenant, Build.guest(app: "00000003-0000-0ff1-ce00-000000000000")).blockReason
                == .inboundApplicationBlocked)
        #expect(try Build.evaluate(tenant, Build.guest(app: "custom-app")).decision == .granted)
    }

    @Test("a partner's null setting inherits the default, half by half")
    func inheritance() throws {
        let fallback = CrossTenantConfiguration(
            b2bCollaborationInbound: B2BAccessSetting(usersAndGroups: Self.only(.blocked, [.allUsers])))
        let partner = CrossTenantConfiguration(
            tenantId: Build.home,
            b2bCollaborationInbound: B2BAccessSetting(applications: Self.only(.allowed, [.allApplications])))
        let tenant = Self.tenant(default: fallback, partners: [partner])
        #expect(try Build.evaluate(tenant, Build.guest()).blockReason == .inboundAccessBlocked)
    }

    @Test("the home tenant's outbound setting can block too")
    func outbound() throws {
        var signIn = Build.guest()
        signIn.guest?.homeOutbound = B2BAccessSetting(usersAndGroups: Self.only(.blocked, [.allUsers]))
        #expect(try Build.evaluate(Self.tenant(), signIn).blockReason == .outboundAccessBlocked)
    }

    @Test("direct connect reaches Teams shared channels only")
    func directConnectApplications() throws {
        let tenant = Self.tenant(default: Self.allowAllDirectConnect)
        let other = try Build.evaluate(tenant, Build.guest(type: .b2bDirectConnectUser, app: "custom-app"))
        #expect(other.blockReason == .directConnectOnlyForSharedChannels)
        #expect(
            try Build.evaluate(tenant, Build.guest(type: .b2bDirectConnectUser, app: Self.teams)).decision == .granted)
    }

    @Test("settings apply to users of other Microsoft Entra organisations, not to other identity providers")
    func onlyEntraOrganisations() throws {
        let tenant = Self.tenant(default: CrossTenantConfiguration(b2bCollaborationInbound: .blockAll))
        #expect(try Build.evaluate(tenant, Build.guest(tenant: nil, provider: .google)).decision == .granted)
        #expect(try Build.evaluate(tenant, Build.guest()).decision == .blocked)
    }
}
