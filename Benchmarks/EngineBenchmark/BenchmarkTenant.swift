import AccessEngine

/// A 50-policy tenant in the mix real tenants have: guest MFA, per-app and per-group policies,
/// locations, platforms, risk, device, strengths, session controls and report-only copies.
enum BenchmarkTenant {
    static let partner = "22222222-2222-2222-2222-222222222222"

    static func make() -> Tenant {
        var policies: [ConditionalAccessPolicy] = []
        func add(
            _ name: String, state: PolicyState = .enabled, users: UserCondition,
            apps: [String] = ["All"], conditions: (inout PolicyConditions) -> Void = { _ in },
            grant: GrantControls? = GrantControls(builtInControls: [.mfa]),
            session: SessionControls? = nil
        ) {
            var policyConditions = PolicyConditions(
                users: users, applications: ApplicationCondition(includeApplications: apps))
            conditions(&policyConditions)
            policies.append(
                ConditionalAccessPolicy(
                    id: "bench-\(policies.count)", displayName: name, state: state,
                    conditions: policyConditions, grantControls: grant, sessionControls: session))
        }
        let allGuests = GuestsOrExternalUsers(guestOrExternalUserTypes: .all)
        let partnerGuests = GuestsOrExternalUsers(
            guestOrExternalUserTypes: [.b2bCollaborationGuest, .b2bDirectConnectUser],
            externalTenants: .enumerated([partner]))
        add("Guests MFA", users: UserCondition(includeGuestsOrExternalUsers: allGuests))
        add(
            "Block legacy", users: UserCondition(includeUsers: ["All"]),
            conditions: { $0.clientAppTypes = [.exchangeActiveSync, .other] },
            grant: GrantControls(builtInControls: [.block]))
        add(
            "Embargo", users: UserCondition(includeUsers: ["All"]),
            conditions: { $0.locations = LocationCondition(includeLocations: ["embargo"]) },
            grant: GrantControls(builtInControls: [.block]))
        add(
            "Partner strength", users: UserCondition(includeGuestsOrExternalUsers: partnerGuests),
            apps: ["app-finance"],
            grant: GrantControls(authenticationStrength: AuthenticationStrengthPolicy.phishingResistantMultifactor.id))
        add(
            "Risky sign-ins", users: UserCondition(includeUsers: ["All"]),
            conditions: { $0.signInRiskLevels = [.medium, .high] })
        add(
            "Guest session", users: UserCondition(includeUsers: ["GuestsOrExternalUsers"]), grant: nil,
            session: SessionControls(signInFrequency: "8 hours", persistentBrowser: "never"))
        for index in 0..<14 {
            add(
                "App \(index) MFA", users: UserCondition(includeUsers: ["All"], excludeGroups: ["break-glass"]),
                apps: ["app-\(index)"])
        }
        for index in 0..<10 {
            add(
                "Group \(index) compliant", users: UserCondition(includeGroups: ["group-\(index)"]),
                conditions: { $0.platforms = PlatformCondition(includePlatforms: [.all], excludePlatforms: [.linux]) },
                grant: GrantControls(operator: .or, builtInControls: [.compliantDevice, .mfa]))
        }
        for index in 0..<8 {
            add(
                "Outside office \(index)", users: UserCondition(includeRoles: ["role-\(index)"]),
                conditions: {
                    $0.locations = LocationCondition(includeLocations: ["All"], excludeLocations: ["AllTrusted"])
                })
        }
        for index in 0..<6 {
            add(
                "Terms \(index)", users: UserCondition(includeGuestsOrExternalUsers: allGuests),
                apps: ["app-\(index)"], grant: GrantControls(termsOfUse: ["tou-\(index)"]))
        }
        while policies.count < 50 {
            let index = policies.count
            add(
                "Report-only \(index)", state: index.isMultiple(of: 2) ? .enabledForReportingButNotEnforced : .disabled,
                users: UserCondition(includeUsers: ["All"]), apps: ["app-\(index % 14)"],
                grant: GrantControls(builtInControls: [.compliantDevice]))
        }
        return Tenant(
            tenantId: "11111111-1111-1111-1111-111111111111", displayName: "Benchmark", license: .p2,
            policies: policies,
            namedLocations: [
                .ip(
                    IPNamedLocation(
                        id: "office", displayName: "Office", isTrusted: true,
                        ipRanges: ["203.0.113.0/24", "2001:db8:1::/48"])),
                .country(
                    CountryNamedLocation(id: "embargo", displayName: "Embargo", countriesAndRegions: ["KP", "IR"])),
            ],
            crossTenantAccess: CrossTenantAccessPolicy(
                defaultConfiguration: CrossTenantConfiguration(inboundTrust: InboundTrust(isMfaAccepted: false)),
                partners: [
                    CrossTenantConfiguration(
                        tenantId: partner,
                        inboundTrust: InboundTrust(isMfaAccepted: true, isCompliantDeviceAccepted: true))
                ]))
    }

    static func signIns() -> [SignIn] {
        let push = AuthenticationMethodModes([.password, .microsoftAuthenticatorPush])
        let fido = AuthenticationMethodModes([.fido2])
        var result: [SignIn] = []
        let providers: [IdentityProvider?] = [nil, .google, .emailOneTimePasscode, nil]
        let types: [ExternalUserType?] = [.b2bCollaborationGuest, .b2bDirectConnectUser, nil, .b2bCollaborationMember]
        for index in 0..<64 {
            let type = types[index % types.count]
            let tenant = index.isMultiple(of: 3) ? partner : "99999999-9999-9999-9999-99999999999\(index % 10)"
            let guest =
                type == nil
                ? nil
                : GuestContext(
                    identityProvider: type == .b2bDirectConnectUser ? .entraId : providers[index % providers.count],
                    homeSession: HomeSession(
                        mfa: index.isMultiple(of: 5) ? [fido] : [push], deviceCompliant: index.isMultiple(of: 2)),
                    registeredMethods: RegisteredMethods(
                        resource: index.isMultiple(of: 4) ? [] : AuthenticationMethodModes(.sms)),
                    groups: ["group-\(index % 12)"], roles: index.isMultiple(of: 7) ? ["role-\(index % 8)"] : [])
            result.append(
                SignIn(
                    identity: SignInIdentity(
                        userId: "user-\(index)", externalTenantId: type == nil ? nil : tenant, externalUserType: type),
                    context: .applications([index.isMultiple(of: 9) ? "app-finance" : "app-\(index % 16)"]),
                    conditions: SignInConditions(
                        clientAppType: index.isMultiple(of: 11) ? .exchangeActiveSync : .browser,
                        devicePlatform: [DevicePlatform.windows, .iOS, .android, .macOS, .linux][index % 5],
                        ipAddress: index.isMultiple(of: 2) ? "203.0.113.\(index)" : "198.51.100.\(index)",
                        country: index == 13 ? "KP" : "NZ",
                        signInRiskLevel: index.isMultiple(of: 8) ? .high : .none),
                    guest: guest))
        }
        return result
    }
}
