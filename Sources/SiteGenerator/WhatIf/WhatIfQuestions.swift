import AccessEngine

/// The questions of a tenant's What If page. Only what some policy of the tenant looks at is
/// asked, so the enumeration (and the page's data) stays small.
enum WhatIfQuestions {
    static let who = "who"
    static let homeTenant = "homeTenant"
    static let otherTenant = "00000000-0000-0000-0000-00000000e1se"
    static let elsewhereIP = "198.51.100.7"
    static let elsewhereCountry = "AQ"

    static func dimensions(for tenant: Tenant) -> [WalkthroughDimension] {
        let policies = tenant.policies.filter { $0.state != .disabled }
        let entra = ["entraGuest", "entraMember", "directConnect"]
        var dimensions = [
            WalkthroughDimension(id: who, label: "Who signs in", options: [
                WalkthroughOption("entraGuest", "B2B collaboration guest from another Microsoft Entra organisation"),
                WalkthroughOption("entraMember", "B2B collaboration member from another Microsoft Entra organisation"),
                WalkthroughOption("directConnect", "B2B direct connect user (Teams shared channel)"),
                WalkthroughOption("google", "Guest signing in with Google"),
                WalkthroughOption("microsoftAccount", "Guest signing in with a Microsoft account"),
                WalkthroughOption("emailOneTimePasscode", "Guest signing in with an email one-time passcode"),
            ]),
        ]
        var homes = tenant.crossTenantAccess.partners.compactMap(\.tenantId).map { WalkthroughOption($0, "Partner: \(tenant.name(for: $0))") }
        homes.append(WalkthroughOption(otherTenant, "Another organisation (default settings)"))
        dimensions.append(WalkthroughDimension(
            id: homeTenant, label: "Home tenant", options: homes, requires: [who: entra],
            notApplicable: "Only users from another Microsoft Entra organisation have a home tenant."))
        var apps: [String] = []
        for policy in policies {
            let condition = policy.conditions.applications
            for app in condition.includeApplications + condition.excludeApplications
            where !["all", "none"].contains(app.lowercased()) && !apps.contains(app) {
                apps.append(app)
            }
        }
        if !apps.isEmpty {
            dimensions.append(WalkthroughDimension(
                id: "app", label: "Application",
                options: apps.map { WalkthroughOption($0, tenant.name(for: $0)) } + [WalkthroughOption("other-app", "Any other application")]))
        }
        if policies.contains(where: { $0.conditions.locations != nil }) {
            var options: [WalkthroughOption] = []
            for location in tenant.namedLocations {
                options.append(WalkthroughOption("location:" + location.id, location.displayName))
            }
            options.append(WalkthroughOption("elsewhere", "Somewhere no named location covers"))
            dimensions.append(WalkthroughDimension(id: "location", label: "Location", options: options, defaultValue: "elsewhere"))
        }
        if policies.contains(where: { $0.conditions.platforms != nil }) {
            dimensions.append(WalkthroughDimension(id: "platform", label: "Device platform", options: [
                WalkthroughOption("windows", "Windows"), WalkthroughOption("macOS", "macOS"),
                WalkthroughOption("iOS", "iOS"), WalkthroughOption("android", "Android"), WalkthroughOption("linux", "Linux"),
            ]))
        }
        if policies.contains(where: { !$0.conditions.clientAppTypes.isEmpty && $0.conditions.clientAppTypes != [.all] }) {
            dimensions.append(WalkthroughDimension(id: "clientApp", label: "Client app", options: [
                WalkthroughOption("browser", "Browser"),
                WalkthroughOption("mobileAppsAndDesktopClients", "Mobile apps and desktop clients"),
                WalkthroughOption("exchangeActiveSync", "Exchange ActiveSync"),
                WalkthroughOption("other", "Other clients (legacy authentication)"),
            ]))
        }
        if policies.contains(where: { !$0.conditions.signInRiskLevels.isEmpty }) {
            dimensions.append(WalkthroughDimension(id: "signInRisk", label: "Sign-in risk", options: riskOptions))
        }
        if policies.contains(where: { !$0.conditions.userRiskLevels.isEmpty }) {
            dimensions.append(WalkthroughDimension(id: "userRisk", label: "User risk", options: riskOptions))
        }
        let controls = policies.flatMap { $0.grantControls?.builtInControls ?? [] }
        if controls.contains(.compliantDevice) || controls.contains(.domainJoinedDevice) || policies.contains(where: { $0.conditions.devices != nil }) {
            dimensions.append(WalkthroughDimension(
                id: "device", label: "Device state (claimed by the home tenant)",
                options: [WalkthroughOption("none", "Not managed"), WalkthroughOption("compliant", "Compliant"), WalkthroughOption("hybrid", "Microsoft Entra hybrid joined")],
                requires: [who: entra], notApplicable: "Only a Microsoft Entra home tenant can claim a device state."))
        }
        if controls.contains(.mfa) || policies.contains(where: { $0.grantControls?.authenticationStrength != nil }) || tenant.securityDefaultsEnabled {
            dimensions.append(WalkthroughDimension(
                id: "homeMfa", label: "MFA already done at home",
                options: [WalkthroughOption("", "None"), WalkthroughOption("password,microsoftAuthenticatorPush", "Password and Authenticator push"), WalkthroughOption("fido2", "FIDO2 security key")],
                requires: [who: entra], notApplicable: "Only a Microsoft Entra home tenant can bring MFA with it."))
        }
        return dimensions.sorted { (priority[$0.id] ?? priority.count) < (priority[$1.id] ?? priority.count) }
    }

    /// The order questions are asked in, most telling for external users first: when a tenant
    /// looks at more than one page can hold, the last ones are left out.
    private static let priority: [String: Int] = Dictionary(uniqueKeysWithValues: [
        who, homeTenant, "homeMfa", "device", "app", "clientApp", "location", "signInRisk", "userRisk", "platform",
    ].enumerated().map { ($1, $0) })

    private static let riskOptions = [
        WalkthroughOption("none", "None"), WalkthroughOption("low", "Low"),
        WalkthroughOption("medium", "Medium"), WalkthroughOption("high", "High"),
    ]

    /// The sign-in a set of answers describes.
    static func signIn(_ answers: [String: String], tenant: Tenant) -> SignIn {
        let who = answers[Self.who] ?? "entraGuest"
        let entra = ["entraGuest", "entraMember", "directConnect"].contains(who)
        let type: ExternalUserType =
            switch who {
            case "entraMember": .b2bCollaborationMember
            case "directConnect": .b2bDirectConnectUser
            default: .b2bCollaborationGuest
            }
        var conditions = SignInConditions(clientAppType: ClientAppType(rawValue: answers["clientApp"] ?? "browser") ?? .browser)
        conditions.devicePlatform = answers["platform"].flatMap(DevicePlatform.init(rawValue:))
        conditions.signInRiskLevel = answers["signInRisk"].flatMap(RiskLevel.init(rawValue:)) ?? .none
        conditions.userRiskLevel = answers["userRisk"].flatMap(RiskLevel.init(rawValue:)) ?? .none
        conditions.ipAddress = elsewhereIP
        conditions.country = elsewhereCountry
        if let location = answers["location"], location.hasPrefix("location:") {
            let id = String(location.dropFirst("location:".count))
            switch tenant.namedLocations.first(where: { $0.id == id }) {
            case .ip(let named)?:
                conditions.ipAddress = named.ipRanges.first.map { String($0.split(separator: "/")[0]) } ?? elsewhereIP
            case .country(let named)?:
                conditions.country = named.countriesAndRegions.first ?? elsewhereCountry
            default: break
            }
        }
        let device = answers["device"] ?? "none"
        let mfa = answers["homeMfa"] ?? ""
        var session = HomeSession(deviceCompliant: device == "compliant", hybridJoined: device == "hybrid")
        if !mfa.isEmpty {
            let modes = mfa.split(separator: ",").compactMap { AuthenticationMethodMode(rawValue: String($0)) }
            session.mfa = [AuthenticationMethodModes(modes)]
        }
        let guest = GuestContext(
            identityProvider: entra ? .entraId : IdentityProvider(rawValue: who),
            accessPath: who == "directConnect" ? .b2bDirectConnect : .b2bCollaboration,
            homeSession: session)
        return SignIn(
            identity: SignInIdentity(
                userId: entra ? "adele@partner.example" : "sam@example.net",
                externalTenantId: entra ? answers[homeTenant] : nil, externalUserType: type),
            context: .applications([answers["app"].map { $0 == "other-app" ? "00000000-0000-0000-0000-0000000000aa" : $0 } ?? "All"]),
            conditions: conditions, guest: guest)
    }
}
