import Testing
@testable import AccessEngine

/// General Conditional Access rules as Microsoft documents them today.
@Suite("Grant evaluation as the service applies it")
struct GrantEvaluationTests {
    static func conditions(_ client: ClientAppType) -> SignInConditions { SignInConditions(clientAppType: client) }

    // identity/conditional-access/concept-conditional-access-conditions § Client apps and
    // § Exchange ActiveSync clients: legacy clients cannot perform or carry MFA.
    @Test(
        "legacy and Exchange ActiveSync clients are blocked by MFA, strengths, terms of use and custom controls — even with a trusted home claim",
        arguments: [ClientAppType.exchangeActiveSync, .easSupported, .other])
    func legacyClients(client: ClientAppType) throws {
        let tenant = Build.tenant([Build.policy("mfa")], defaultTrust: Build.mfaTrust)
        let result = try Build.evaluate(
            tenant, Build.guest(mfa: ["password,microsoftAuthenticatorPush"], conditions: Self.conditions(client)))
        #expect(result.decision == .blocked)
        #expect(result.blockReason == .legacyClientCannotPerformMfa)
        let member = try Build.evaluate(
            Build.tenant([Build.policy("tou", grant: [], termsOfUse: ["terms"])]),
            Build.member(conditions: Self.conditions(client)))
        #expect(member.blockReason == .legacyClientCannotPerformMfa)
    }

    // concept-conditional-access-conditions § Client apps: Graph's `easSupported` is an Exchange
    // ActiveSync client, so a policy naming Exchange ActiveSync applies to it.
    @Test("a block on Exchange ActiveSync clients blocks a sign-in Graph calls easSupported")
    func easSupportedIsExchangeActiveSync() throws {
        let block = Build.policy("legacy", grant: [.block])
        var tenant = Build.tenant([block])
        tenant.policies[0].conditions.clientAppTypes = [.exchangeActiveSync, .other]
        let result = try Build.evaluate(tenant, Build.member(conditions: Self.conditions(.easSupported)))
        #expect(result.decision == .blocked)
        #expect(result.policy("legacy")?.policyApplies == true)
    }

    // identity/conditional-access/concept-conditional-access-policies § Grant access: unmet
    // controls are asked for in a fixed order, MFA first.
    @Test("with OR, the first control in Entra's order that can be met is asked for, whatever the policy's order")
    func promptOrder() throws {
        let policy = Build.policy("or", grant: [.termsOfUse, .mfa], operator: .or, termsOfUse: ["terms"])
        let result = try Build.evaluate(Build.tenant([policy]), Build.member())
        #expect(result.requirements.map(\.control) == [.mfa])
    }

    @Test("terms of use already accepted are not asked again")
    func acceptedTerms() throws {
        let tenant = Build.tenant([Build.policy("tou", grant: [], termsOfUse: ["Guest-Terms"])])
        var signIn = Build.guest()
        #expect(try Build.evaluate(tenant, signIn).decision == .challenged)
        signIn.guest?.acceptedTermsOfUse = ["guest-terms"]
        #expect(try Build.evaluate(tenant, signIn).decision == .granted)
    }

    // identity/conditional-access/concept-conditional-access-cloud-apps § Office 365, and Graph's
    // own conditionalAccessRoot: evaluate example (an Office 365 policy applies to SharePoint).
    @Test("a policy on Office365 applies to a SharePoint sign-in; excluding Office365 excludes it")
    func office365Group() throws {
        let sharePoint = "00000003-0000-0ff1-ce00-000000000000"
        let included = Build.tenant([
            Build.policy("o365", apps: ApplicationCondition(includeApplications: ["Office365"]), grant: [.block])
        ])
        #expect(try Build.evaluate(included, Build.guest(app: sharePoint)).policy("o365")?.policyApplies == true)
        #expect(try Build.evaluate(included, Build.guest(app: "custom-app")).policy("o365")?.policyApplies == false)
        let excluded = Build.tenant([
            Build.policy(
                "all-but", apps: ApplicationCondition(includeApplications: ["All"], excludeApplications: ["Office365"]),
                grant: [.block])
        ])
        #expect(try Build.evaluate(excluded, Build.guest(app: sharePoint)).decision == .granted)
    }

    @Test("a sign-in naming an application group instead of an application is an error asking for the app id")
    func groupInSignIn() {
        #expect(throws: DocumentError.self) {
            try SignIn(
                document: DocumentValue(
                    jsonText:
                        #"{"signInIdentity": {"userId": "u"}, "signInContext": {"includeApplications": ["Office365"]}}"#
                ))
        }
    }

    // Configuration the service refuses.
    @Test("MFA and an authentication strength in one policy is a configuration error")
    func mfaAndStrength() {
        let policy = Build.policy("both", grant: [.mfa], strength: AuthenticationStrengthPolicy.multifactor.id)
        #expect(throws: DocumentError.self) { try CompiledTenant(Build.tenant([policy])) }
    }

    @Test("risk conditions need licence P2; more than 195 policies are refused")
    func limits() {
        let risky = Build.policy("risk", signInRisk: [.high])
        #expect(throws: DocumentError.self) { try CompiledTenant(Build.tenant([risky], license: .p1)) }
        #expect(throws: Never.self) { try CompiledTenant(Build.tenant([risky], license: .p2)) }
        let many = (0...CompiledTenant.policyLimit).map { Build.policy("p\($0)") }
        #expect(throws: DocumentError.self) { try CompiledTenant(Build.tenant(many)) }
    }

    @Test("unknownFutureValue among guest types is accepted and ignored")
    func unknownFutureGuestType() throws {
        let tenant = try Tenant(
            document: DocumentValue(
                jsonText: #"""
                    {"tenantId": "t", "conditionalAccessPolicies": [{"id": "p", "state": "enabled",
                      "conditions": {"users": {"includeGuestsOrExternalUsers": {"guestOrExternalUserTypes": "b2bCollaborationGuest,unknownFutureValue",
                        "externalTenants": {"membershipKind": "all"}}}, "applications": {"includeApplications": ["All"]}},
                      "grantControls": {"operator": "OR", "builtInControls": ["mfa"]}}]}
                    """#))
        #expect(
            tenant.policies.first?.conditions.users.includeGuestsOrExternalUsers?.guestOrExternalUserTypes == [
                .b2bCollaborationGuest
            ])
    }
}

/// Configuration the service refuses, refused at its position (concept-conditional-access-grant
/// § Require password change; concept-authentication-strengths § limits).
@Suite("Configuration validation")
struct ConfigurationValidationTests {
    @Test("password change: all resources, alone or with MFA by AND, users/apps/user-risk conditions only")
    func passwordChange() {
        let valid = Build.policy("ok", userRisk: [.high], grant: [.mfa, .passwordChange])
        #expect(throws: Never.self) { try CompiledTenant(Build.tenant([valid])) }
        let invalid = [
            Build.policy("app", apps: ApplicationCondition(includeApplications: ["app-1"]), grant: [.passwordChange]),
            Build.policy("or", grant: [.mfa, .passwordChange], operator: .or),
            Build.policy("device", grant: [.compliantDevice, .passwordChange]),
            Build.policy("where", locations: LocationCondition(includeLocations: ["All"]), grant: [.passwordChange]),
        ]
        for policy in invalid {
            #expect(throws: DocumentError.self, "\(policy.id)") { try CompiledTenant(Build.tenant([policy])) }
        }
    }

    @Test("at most 15 custom strengths")
    func customStrengths() {
        let strengths = (0...15).map {
            AuthenticationStrengthPolicy(
                id: "s\($0)", displayName: "S\($0)", allowedCombinations: [Build.modes("fido2")])
        }
        #expect(throws: DocumentError.self) { try CompiledTenant(Build.tenant([], strengths: strengths)) }
        #expect(throws: Never.self) { try CompiledTenant(Build.tenant([], strengths: Array(strengths.prefix(15)))) }
    }

    // identity/conditional-access/location-condition: every IP address maps to a country.
    @Test("an IP address without a country leaves country locations undecided, never 'unknown country'")
    func ipWithoutCountry() throws {
        let unknownCountries = NamedLocation.country(
            CountryNamedLocation(
                id: "unknown", displayName: "Unknown", countriesAndRegions: ["KP"],
                includeUnknownCountriesAndRegions: true))
        let tenant = Build.tenant(
            [Build.policy("block", locations: LocationCondition(includeLocations: ["unknown"]), grant: [.block])],
            locations: [unknownCountries])
        let result = try Build.evaluate(tenant, Build.guest(conditions: SignInConditions(ipAddress: "203.0.113.9")))
        // Undecided: listed as not applying, yet its block counts, never a milder verdict.
        #expect(result.decision == .blocked)
        #expect(result.policy("block")?.analysisReasons.contains(.notEnoughInformation) == true)
        let withCountry = try Build.evaluate(
            tenant, Build.guest(conditions: SignInConditions(ipAddress: "203.0.113.9", country: "KP")))
        #expect(withCountry.decision == .blocked)
    }
}

/// concept-authentication-strength-how-it-works § Federated user experience, and Graph's
/// `internalDomainFederation.federatedIdpMfaBehavior`.
@Suite("Federated domains and MFA")
struct FederatedMfaTests {
    static func evaluate(_ behaviour: FederatedIdpMfaBehavior, mfa: String) throws -> Evaluation {
        var tenant = Build.tenant([Build.policy("mfa")])
        tenant.federatedDomains = ["fed.example": behaviour]
        let member = SignIn(
            identity: SignInIdentity(userId: "alice@fed.example"), context: .applications(["app-sharepoint"]),
            guest: GuestContext(homeSession: HomeSession(mfa: [Build.modes(mfa)])))
        return try CompiledTenant(tenant).evaluate(member)
    }

    @Test("enforce: only the federated provider's MFA counts")
    func enforce() throws {
        #expect(
            try Self.evaluate(.enforceMfaByFederatedIdp, mfa: "password,microsoftAuthenticatorPush").decision
                == .challenged)
        #expect(try Self.evaluate(.enforceMfaByFederatedIdp, mfa: "federatedMultiFactor").decision == .granted)
    }

    @Test("reject: the federated provider's MFA is not accepted; Entra's is")
    func reject() throws {
        #expect(try Self.evaluate(.rejectMfaByFederatedIdp, mfa: "federatedMultiFactor").decision == .challenged)
        #expect(
            try Self.evaluate(.rejectMfaByFederatedIdp, mfa: "password,microsoftAuthenticatorPush").decision == .granted
        )
    }

    @Test("an authentication strength counts the federated provider's MFA as the MFA control does")
    func strength() throws {
        func evaluate(_ behaviour: FederatedIdpMfaBehavior, mfa: String) throws -> Decision {
            var tenant = Build.tenant([
                ConditionalAccessPolicy(
                    id: "strength", displayName: "MFA strength", state: .enabled,
                    conditions: PolicyConditions(
                        users: UserCondition(includeUsers: ["All"]),
                        applications: ApplicationCondition(includeApplications: ["All"])),
                    grantControls: GrantControls(
                        authenticationStrength: AuthenticationStrengthPolicy.multifactor.id))
            ])
            tenant.federatedDomains = ["fed.example": behaviour]
            let member = SignIn(
                identity: SignInIdentity(userId: "alice@fed.example"), context: .applications(["app-sharepoint"]),
                guest: GuestContext(homeSession: HomeSession(mfa: [Build.modes(mfa)])))
            return try CompiledTenant(tenant).evaluate(member).decision
        }
        // Reject: the provider's MFA never meets the strength; enforce: only it does.
        #expect(try evaluate(.rejectMfaByFederatedIdp, mfa: "federatedMultiFactor") != .granted)
        #expect(try evaluate(.rejectMfaByFederatedIdp, mfa: "password,microsoftAuthenticatorPush") == .granted)
        #expect(try evaluate(.enforceMfaByFederatedIdp, mfa: "password,microsoftAuthenticatorPush") != .granted)
        #expect(try evaluate(.acceptIfMfaDoneByFederatedIdp, mfa: "federatedMultiFactor") == .granted)
    }

    @Test("accept (the default): either counts; the tenant file lists domains")
    func accept() throws {
        #expect(try Self.evaluate(.acceptIfMfaDoneByFederatedIdp, mfa: "federatedMultiFactor").decision == .granted)
        let tenant = try Tenant(
            document: DocumentValue(
                jsonText:
                    #"{"tenantId": "t", "domainFederation": [{"domain": "Fed.Example", "federatedIdpMfaBehavior": "enforceMfaByFederatedIdp"}, {"domain": "b.example"}]}"#
            ))
        #expect(
            tenant.federatedDomains == [
                "fed.example": .enforceMfaByFederatedIdp, "b.example": .acceptIfMfaDoneByFederatedIdp,
            ])
    }
}
