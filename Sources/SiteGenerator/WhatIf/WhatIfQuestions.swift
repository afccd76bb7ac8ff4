import AccessEngine
import Foundation

/// The questions of a tenant's What If page: every condition some policy of the tenant looks at,
/// with every value that changes some policy's applicability, and the guest's own inputs.
enum WhatIfQuestions {
    static let who = "who"
    static let homeTenant = "homeTenant"
    static let otherTenant = "00000000-0000-0000-0000-00000000e1se"
    static let otherUser = "someone-else"
    static let otherApp = "other-app"
    static let noGroup = "no-group"
    static let noRole = "no-role"
    /// Documentation addresses (RFC 5737) and a country no tenant does business in are what
    /// "somewhere no named location covers" sends; a tenant naming them gets another pick.
    static let elsewhereIPs = ["192.0.2.77", "198.51.100.201", "203.0.113.202"]
    static let elsewhereCountries = ["AQ", "BV", "HM"]
    static let entra = ["entraGuest", "entraMember", "directConnect"]

    static func dimensions(for tenant: Tenant) -> [WalkthroughDimension] {
        let policies = tenant.policies.filter { $0.state != .disabled }
        let users = policies.map(\.conditions.users)
        var dimensions = [
            WalkthroughDimension(
                id: who, label: "Who signs in",
                options: [
                    WalkthroughOption(
                        "entraGuest", "B2B collaboration guest from another Microsoft Entra organisation"),
                    WalkthroughOption(
                        "entraMember", "B2B collaboration member from another Microsoft Entra organisation"),
                    WalkthroughOption("directConnect", "B2B direct connect user (Teams shared channel)"),
                    WalkthroughOption("google", "Guest signing in with Google"),
                    WalkthroughOption("microsoftAccount", "Guest signing in with a Microsoft account"),
                    WalkthroughOption("emailOneTimePasscode", "Guest signing in with an email one-time passcode"),
                ])
        ]
        var homes = tenant.crossTenantAccess.partners.compactMap(\.tenantId).map {
            WalkthroughOption($0, "Partner: \(tenant.name(for: $0))")
        }
        homes.append(WalkthroughOption(otherTenant, "Another organisation (default settings)"))
        dimensions.append(
            WalkthroughDimension(
                id: homeTenant, label: "Home tenant", options: homes, requires: [who: entra],
                notApplicable: "Only users from another Microsoft Entra organisation have a home tenant."))
        let named = unique(
            users.flatMap { $0.includeUsers + $0.excludeUsers }.filter {
                !["all", "none", "guestsorexternalusers"].contains($0.lowercased())
            })
        if !named.isEmpty {
            dimensions.append(
                WalkthroughDimension(
                    id: "user", label: "The user is",
                    options: named.map { WalkthroughOption($0, tenant.name(for: $0)) } + [
                        WalkthroughOption(otherUser, "Someone no policy names")
                    ],
                    defaultValue: otherUser))
        }
        let groups = unique(users.flatMap { $0.includeGroups + $0.excludeGroups })
        if !groups.isEmpty {
            dimensions.append(
                WalkthroughDimension(
                    id: "group", label: "Member of the group",
                    options: [WalkthroughOption(noGroup, "No group a policy names")]
                        + groups.map { WalkthroughOption($0, tenant.name(for: $0)) }))
        }
        let roles = unique(users.flatMap { $0.includeRoles + $0.excludeRoles })
        if !roles.isEmpty {
            dimensions.append(
                WalkthroughDimension(
                    id: "role", label: "Holds the directory role",
                    options: [WalkthroughOption(noRole, "No role a policy names")]
                        + roles.map { WalkthroughOption($0, tenant.name(for: $0)) }))
        }
        let apps = unique(
            policies.flatMap {
                $0.conditions.applications.includeApplications + $0.conditions.applications.excludeApplications
            }
            .filter { !["all", "none"].contains($0.lowercased()) })
        if !apps.isEmpty {
            dimensions.append(
                WalkthroughDimension(
                    id: "app", label: "Application",
                    options: apps.map { WalkthroughOption($0, tenant.name(for: $0)) } + [
                        WalkthroughOption(otherApp, "Any other application")
                    ]))
        }
        if policies.contains(where: { $0.conditions.locations != nil }) {
            dimensions.append(
                WalkthroughDimension(
                    id: "location", label: "Location", options: locationOptions(tenant), defaultValue: "elsewhere"))
        }
        if policies.contains(where: { $0.conditions.platforms != nil }) {
            dimensions.append(
                WalkthroughDimension(
                    id: "platform", label: "Device platform",
                    options: [
                        WalkthroughOption("windows", "Windows"), WalkthroughOption("macOS", "macOS"),
                        WalkthroughOption("iOS", "iOS"), WalkthroughOption("android", "Android"),
                        WalkthroughOption("linux", "Linux"),
                    ]))
        }
        if policies.contains(where: { !$0.conditions.clientAppTypes.isEmpty && $0.conditions.clientAppTypes != [.all] })
        {
            dimensions.append(
                WalkthroughDimension(
                    id: "clientApp", label: "Client app",
                    options: [
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
        if controls.contains(.compliantDevice) || controls.contains(.domainJoinedDevice)
            || policies.contains(where: { $0.conditions.devices != nil })
        {
            dimensions.append(
                WalkthroughDimension(
                    id: "device", label: "Device state (claimed by the home tenant)",
                    options: [
                        WalkthroughOption("none", "Not managed"), WalkthroughOption("compliant", "Compliant"),
                        WalkthroughOption("hybrid", "Microsoft Entra hybrid joined"),
                    ],
                    requires: [who: entra],
                    notApplicable: "Only a Microsoft Entra home tenant can claim a device state."))
        }
        let mfaLike =
            controls.contains(.mfa) || policies.contains(where: { $0.grantControls?.authenticationStrength != nil })
            || tenant.securityDefaultsEnabled
        if mfaLike {
            dimensions.append(
                WalkthroughDimension(
                    id: "homeMfa", label: "MFA already done at home",
                    options: [
                        WalkthroughOption("", "None"),
                        WalkthroughOption("password,microsoftAuthenticatorPush", "Password and Authenticator push"),
                        WalkthroughOption("fido2", "FIDO2 security key"),
                    ],
                    requires: [who: entra], notApplicable: "Only a Microsoft Entra home tenant can bring MFA with it."))
            dimensions.append(
                WalkthroughDimension(
                    id: "registered", label: "Methods registered in this tenant",
                    options: [
                        WalkthroughOption("", "None yet"),
                        WalkthroughOption("microsoftAuthenticatorPush", "Authenticator push"),
                        WalkthroughOption("sms", "Text message (SMS)"),
                    ]))
        }
        if !tenant.emailOneTimePasscodeEnabled {
            dimensions.append(
                WalkthroughDimension(
                    id: "redeemed", label: "Invitation already redeemed",
                    options: [WalkthroughOption("true", "Yes"), WalkthroughOption("false", "Not yet")],
                    requires: [who: ["emailOneTimePasscode"]],
                    notApplicable: "Only matters for one-time passcode guests while the feature is off."))
        }
        return dimensions
    }

    /// Ids as Graph compares them: without regard to case, the first spelling kept.
    private static func unique(_ values: [String]) -> [String] {
        values.uniqued { $0.lowercased() }
    }

    /// Each named IP location, each country a country location names, and somewhere else.
    private static func locationOptions(_ tenant: Tenant) -> [WalkthroughOption] {
        var options: [WalkthroughOption] = []
        var countries: [String] = []
        for location in tenant.namedLocations {
            switch location {
            case .ip(let named) where !named.ipRanges.isEmpty:
                options.append(WalkthroughOption("location:" + named.id, named.displayName))
            case .country(let named):
                countries += named.countriesAndRegions.map { $0.uppercased() }
            default: break
            }
        }
        let english = Locale(identifier: "en")
        for country in unique(countries) {
            options.append(
                WalkthroughOption("country:" + country, english.localizedString(forRegionCode: country) ?? country))
        }
        options.append(WalkthroughOption("elsewhere", "Somewhere no named location covers"))
        return options
    }

    private static let riskOptions = [
        WalkthroughOption("none", "None"), WalkthroughOption("low", "Low"),
        WalkthroughOption("medium", "Medium"), WalkthroughOption("high", "High"),
    ]

    private static func modes(_ text: String) -> AuthenticationMethodModes {
        AuthenticationMethodModes(
            text.split(separator: ",").compactMap { AuthenticationMethodMode(rawValue: String($0)) })
    }

    /// The sign-in a set of answers describes.
    static func signIn(_ answers: [String: String], tenant: Tenant) -> SignIn {
        signIn(answers, tenant: tenant, elsewhere: elsewhere(tenant))
    }

    /// The same, with the tenant's ``elsewhere(_:)`` worked out once by the caller.
    static func signIn(_ answers: [String: String], tenant: Tenant, elsewhere: (ip: String, country: String)) -> SignIn
    {
        signIn(Answers(answers), tenant: tenant, elsewhere: elsewhere)
    }

    /// Answers given over default answers, read without merging the two: the page builds a
    /// sign-in for every reachable witness.
    struct Answers {
        var given: [String: String]
        var defaults: [String: String] = [:]

        init(_ given: [String: String], over defaults: [String: String] = [:]) {
            self.given = given
            self.defaults = defaults
        }

        subscript(question: String) -> String? { given[question] ?? defaults[question] }
    }

    /// The sign-in `answers` describe.
    static func signIn(_ answers: Answers, tenant: Tenant, elsewhere: (ip: String, country: String)) -> SignIn {
        let who = answers[Self.who] ?? "entraGuest"
        let entra = Self.entra.contains(who)
        let type: ExternalUserType =
            switch who {
            case "entraMember": .b2bCollaborationMember
            case "directConnect": .b2bDirectConnectUser
            default: .b2bCollaborationGuest
            }
        var conditions = SignInConditions(
            clientAppType: ClientAppType(rawValue: answers["clientApp"] ?? "browser") ?? .browser)
        conditions.devicePlatform = answers["platform"].flatMap(DevicePlatform.init(rawValue:))
        conditions.signInRiskLevel = answers["signInRisk"].flatMap(RiskLevel.init(rawValue:)) ?? .none
        conditions.userRiskLevel = answers["userRisk"].flatMap(RiskLevel.init(rawValue:)) ?? .none
        conditions.ipAddress = elsewhere.ip
        conditions.country = elsewhere.country
        if let location = answers["location"], location.hasPrefix("location:") {
            let id = String(location.dropFirst("location:".count))
            if case .ip(let named)? = tenant.namedLocations.first(where: { $0.id == id }) {
                conditions.ipAddress =
                    named.ipRanges.first.map { String($0.split(separator: "/")[0]) } ?? conditions.ipAddress
            }
        } else if let location = answers["location"], location.hasPrefix("country:") {
            conditions.country = String(location.dropFirst("country:".count))
        }
        let group = answers["group"].flatMap { $0 == noGroup ? nil : $0 }
        let role = answers["role"].flatMap { $0 == noRole ? nil : $0 }
        let guest = GuestContext(
            identityProvider: entra ? .entraId : IdentityProvider(rawValue: who),
            accessPath: who == "directConnect" ? .b2bDirectConnect : .b2bCollaboration,
            homeSession: HomeSession(),
            registeredMethods: RegisteredMethods(resource: []),
            groups: group.map { [$0] } ?? [], roles: role.map { [$0] } ?? [],
            redeemed: true)
        let user = answers["user"].flatMap { $0 == otherUser ? nil : $0 }
        var signIn = SignIn(
            identity: SignInIdentity(
                userId: user ?? (entra ? "adele@partner.example" : "sam@example.net"),
                externalTenantId: entra ? answers[homeTenant] : nil, externalUserType: type),
            context: .applications([
                answers["app"].map { $0 == otherApp ? "00000000-0000-0000-0000-0000000000aa" : $0 } ?? "All"
            ]),
            conditions: conditions, guest: guest)
        GuestState(answers).apply(to: &signIn)
        return signIn
    }

    /// The guest-state answers the engine reads beyond applicability — home MFA, device state,
    /// methods registered here, invitation redeemed — parsed once, so the page can evaluate one
    /// sign-in per reachable situation by changing only these on a sign-in built once.
    struct GuestState: Sendable {
        var session: HomeSession
        var registered: RegisteredMethods
        var redeemed: Bool

        init(_ answers: Answers) {
            let device = answers["device"] ?? "none"
            let mfa = answers["homeMfa"] ?? ""
            session = HomeSession(deviceCompliant: device == "compliant", hybridJoined: device == "hybrid")
            if !mfa.isEmpty { session.mfa = [modes(mfa)] }
            registered = RegisteredMethods(resource: modes(answers["registered"] ?? ""))
            redeemed = answers["redeemed"] != "false"
        }

        func apply(to signIn: inout SignIn) {
            signIn.guest?.homeSession = session
            signIn.guest?.registeredMethods = registered
            signIn.guest?.redeemed = redeemed
        }
    }

    /// An address and a country no named location of the tenant lists.
    static func elsewhere(_ tenant: Tenant) -> (ip: String, country: String) {
        var ranges: [IPNamedLocation] = []
        var countries: Set<String> = []
        for location in tenant.namedLocations {
            switch location {
            case .ip(let named): ranges.append(named)
            case .country(let named): countries.formUnion(named.countriesAndRegions.map { $0.uppercased() })
            }
        }
        let ip =
            elsewhereIPs.first { address in !ranges.contains { $0.contains(ipAddress: address) } } ?? elsewhereIPs[0]
        let country = elsewhereCountries.first { !countries.contains($0) } ?? elsewhereCountries[0]
        return (ip, country)
    }
}
