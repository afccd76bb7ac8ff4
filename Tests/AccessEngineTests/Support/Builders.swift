@testable import AccessEngine

/// Small constructors so each test states only what it is about.
enum Build {
    static let home = "22222222-2222-2222-2222-222222222222"
    static let otherHome = "44444444-4444-4444-4444-444444444444"

    static func policy(
        _ id: String,
        state: PolicyState = .enabled,
        users: UserCondition = UserCondition(includeUsers: ["All"]),
        apps: ApplicationCondition = ApplicationCondition(includeApplications: ["All"]),
        clientApps: [ClientAppType] = [],
        platforms: PlatformCondition? = nil,
        locations: LocationCondition? = nil,
        signInRisk: [RiskLevel] = [],
        userRisk: [RiskLevel] = [],
        devices: DeviceCondition? = nil,
        grant: [GrantControl] = [.mfa],
        operator: GrantOperator = .and,
        termsOfUse: [String] = [],
        custom: [String] = [],
        strength: String? = nil,
        session: SessionControls? = nil
    ) -> ConditionalAccessPolicy {
        ConditionalAccessPolicy(
            id: id, displayName: id, state: state,
            conditions: PolicyConditions(
                users: users, applications: apps, clientAppTypes: clientApps,
                platforms: platforms, locations: locations, signInRiskLevels: signInRisk,
                userRiskLevels: userRisk, devices: devices),
            grantControls: GrantControls(
                operator: `operator`, builtInControls: grant, customAuthenticationFactors: custom,
                termsOfUse: termsOfUse, authenticationStrength: strength),
            sessionControls: session)
    }

    static func tenant(
        _ policies: [ConditionalAccessPolicy],
        license: License = .p2,  // P2: risk conditions need it (GrantEvaluationTests.limits)
        securityDefaults: Bool = false,
        emailOneTimePasscode: Bool = true,
        locations: [NamedLocation] = [],
        strengths: [AuthenticationStrengthPolicy] = [],
        defaultTrust: InboundTrust = InboundTrust(),
        partners: [CrossTenantConfiguration] = []
    ) -> Tenant {
        Tenant(
            tenantId: "11111111-1111-1111-1111-111111111111", displayName: "Contoso",
            license: license, securityDefaultsEnabled: securityDefaults,
            emailOneTimePasscodeEnabled: emailOneTimePasscode, policies: policies,
            namedLocations: locations, authenticationStrengths: strengths,
            // Direct connect is set up (the service default blocks it; CrossTenantAccessTests).
            crossTenantAccess: CrossTenantAccessPolicy(
                defaultConfiguration: CrossTenantConfiguration(
                    inboundTrust: defaultTrust, b2bDirectConnectInbound: .allowAll),
                partners: partners))
    }

    static let mfaTrust = InboundTrust(
        isMfaAccepted: true, isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: true)

    static func modes(_ text: String) -> AuthenticationMethodModes {
        AuthenticationMethodModes(
            text.split(separator: ",").map { AuthenticationMethodMode(rawValue: String($0))! })
    }

    /// A B2B sign-in; by default a collaboration guest from `home` who authenticated with
    /// Microsoft Entra ID.
    static func guest(
        type: ExternalUserType = .b2bCollaborationGuest,
        tenant: String? = home,
        provider: IdentityProvider? = nil,
        path: AccessPath? = nil,
        mfa: [String] = [],
        deviceCompliant: Bool = false,
        hybridJoined: Bool = false,
        registeredHome: String = "",
        registeredResource: String = "",
        groups: [String] = [],
        roles: [String] = [],
        app: String? = nil,
        conditions: SignInConditions = SignInConditions()
    ) -> SignIn {
        // Direct connect reaches Teams shared channels only.
        let directConnect = type == .b2bDirectConnectUser || path == .b2bDirectConnect
        let app = app ?? (directConnect ? "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe" : "app-sharepoint")
        return SignIn(
            identity: SignInIdentity(userId: "guest-1", externalTenantId: tenant, externalUserType: type),
            context: .applications([app]),
            conditions: conditions,
            guest: GuestContext(
                identityProvider: provider, accessPath: path,
                homeSession: HomeSession(
                    mfa: mfa.map(modes), deviceCompliant: deviceCompliant, hybridJoined: hybridJoined),
                registeredMethods: RegisteredMethods(
                    home: registeredHome.isEmpty ? [] : modes(registeredHome),
                    resource: registeredResource.isEmpty ? [] : modes(registeredResource)),
                groups: groups, roles: roles))
    }

    static func member(
        _ userId: String = "member-1", conditions: SignInConditions = SignInConditions()
    )
        -> SignIn
    {
        SignIn(
            identity: SignInIdentity(userId: userId), context: .applications(["app-sharepoint"]), conditions: conditions
        )
    }

    static func evaluate(_ tenant: Tenant, _ signIn: SignIn) throws -> Evaluation {
        try CompiledTenant(tenant).evaluate(signIn)
    }
}

extension Evaluation {
    func requirement(_ control: GrantControl) -> Requirement? {
        requirements.first { $0.control == control }
    }

    func policy(_ id: String) -> PolicyEvaluation? {
        policies.first { $0.id == id }
    }
}
