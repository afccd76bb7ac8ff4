import Foundation
import Testing

@testable import AccessEngine

/// Tolerant decoding of Graph exports as admins actually produce them.
@Suite struct GraphDecodingTests {
    @Test func pageWithBetaFieldsNullsAndMixedCaseDecodes() throws {
        let policies = try ConditionalAccessPolicy.decodeCollection(Fixtures.document("policies-page"))
        #expect(policies.count == 4)
        let legacy = policies[0]
        #expect(legacy.state == .enabled)  // "Enabled"
        #expect(legacy.grantControls?.operator == .and)  // "and"
        #expect(legacy.grantControls?.builtInControls == [.mfa])  // "MFA"
        #expect(legacy.grantControls?.authenticationStrength == nil)  // null
        #expect(legacy.conditions.platforms == nil)
        #expect(legacy.conditions.users.includeUsers == ["GuestsOrExternalUsers"])
        #expect(legacy.sessionControls == nil)
    }

    @Test func commaSeparatedFlagsAndMembershipKindPolymorphism() throws {
        let policies = try ConditionalAccessPolicy.decodeCollection(Fixtures.document("policies-page"))
        let guests = try #require(policies[1].conditions.users.includeGuestsOrExternalUsers)
        #expect(guests.guestOrExternalUserTypes == [.b2bCollaborationGuest, .b2bDirectConnectUser])
        #expect(guests.externalTenants == .enumerated(["22222222-2222-2222-2222-222222222222"]))
        #expect(policies[1].grantControls?.operator == .or)
    }

    @Test func singleObjectAndPlainArrayAreCollectionsToo() throws {
        let single = try DocumentValue(jsonText: #"{"id": "p", "state": "disabled"}"#)
        #expect(try ConditionalAccessPolicy.decodeCollection(single).map(\.id) == ["p"])
        let array = try DocumentValue(jsonText: #"[{"id": "a", "state": "enabled"}, {"id": "b", "state": "enabled"}]"#)
        #expect(try ConditionalAccessPolicy.decodeCollection(array).map(\.id) == ["a", "b"])
    }

    @Test func tenantFromFixturesResolvesInlineStrengthLocationsAndTrust() throws {
        let tenant = try Fixtures.tenant()
        #expect(tenant.namedLocations.map(\.id) == ["loc-partner-office", "loc-embargo"])
        guard case .country(let embargo) = tenant.namedLocations[1] else {
            Issue.record("the second location has no @odata.type and must be inferred as a country")
            return
        }
        #expect(embargo.countriesAndRegions == ["KP", "IR"])
        let trust = tenant.crossTenantAccess.inboundTrust(forHomeTenant: "22222222-2222-2222-2222-222222222222")
        #expect(trust.isMfaAccepted)
        #expect(trust.isCompliantDeviceAccepted)  // null inherits the default
        #expect(!trust.isHybridAzureADJoinedDeviceAccepted)
        let provider = tenant.crossTenantAccess.inboundTrust(forHomeTenant: "33333333-3333-3333-3333-333333333333")
        #expect(provider.isServiceProvider)
        #expect(!provider.isMfaAccepted)  // inboundTrust: null inherits everything
        _ = try CompiledTenant(tenant)
    }

    @Test func legacyKeywordTargetsEveryGuestType() throws {
        let compiled = try CompiledTenant(Fixtures.tenant())
        let local = SignIn(identity: SignInIdentity(userId: "local", externalUserType: .internalGuest))
        let result = compiled.evaluate(local)
        #expect(result.policy("7f3c5a1e-0001-4b6e-9d1a-000000000001")?.policyApplies == true)
        let member = compiled.evaluate(SignIn(identity: SignInIdentity(userId: "m")))
        #expect(member.policy("7f3c5a1e-0001-4b6e-9d1a-000000000001")?.policyApplies == false)
    }

    @Test func unknownEnumValueNamesFieldExpectedValuesAndPosition() throws {
        let location = DocumentPosition(file: "policies.json", line: 7, column: 30)
        let document = DocumentValue(
            .object([
                DocumentMember(key: "id", value: DocumentValue(.string("p"))),
                DocumentMember(key: "state", value: DocumentValue(.string("enabled"))),
                DocumentMember(
                    key: "grantControls",
                    value: DocumentValue(
                        .object([
                            DocumentMember(
                                key: "builtInControls",
                                value: DocumentValue(
                                    .array([
                                        DocumentValue(.string("foo"), location: location)
                                    ])))
                        ]))),
            ]))
        #expect {
            try ConditionalAccessPolicy.decodeCollection(document)
        } throws: { error in
            guard let error = error as? DocumentError else { return false }
            return error.description.hasPrefix(
                "policies.json:7:30: error: unknown value 'foo' for grantControls.builtInControls; expected one of block, mfa, compliantDevice, domainJoinedDevice, approvedApplication, compliantApplication, passwordChange"
            )
        }
    }

    @Test func partnerWithoutTenantIdIsRejected() throws {
        let document = try DocumentValue(
            jsonText:
                #"{"tenantId": "t", "crossTenantAccessPolicy": {"partners": {"contoso": {"inboundTrust": null}}}}"#)
        #expect(throws: DocumentError.self) { try Tenant(document: document) }
    }

    /// Found by FuzzTenant: JSON numbers beyond Int's range trapped where a string was read.
    @Test func hugeNumbersWhereStringsBelongReadAsTheirSpelling() throws {
        let document = try DocumentValue(
            jsonText: #"""
                {"id": "p", "state": "enabled",
                 "conditions": {"users": {"includeUsers": [1e300, 42, 2.5]}, "applications": {"includeApplications": ["All"]}}}
                """#)
        let policy = try #require(try ConditionalAccessPolicy.decodeCollection(document).first)
        #expect(policy.conditions.users.includeUsers == ["1e+300", "42", "2.5"])
    }

    @Test func signInFrequencyMustBeAWholeNumber() throws {
        for value in ["1e300", "2.5", "-1e19"] {
            let document = try DocumentValue(
                jsonText: """
                    {"id": "p", "state": "enabled",
                     "sessionControls": {"signInFrequency": {"isEnabled": true, "value": \(value), "type": "hours"}}}
                    """)
            #expect(throws: DocumentError.self, "value \(value)") {
                try ConditionalAccessPolicy.decodeCollection(document)
            }
        }
    }

    @Test func malformedJsonIsAnError() {
        #expect(throws: DocumentError.self) { try DocumentValue(jsonText: "{\"value\": [") }
    }

    @Test func signInInWhatIfNames() throws {
        let document = try DocumentValue(
            jsonText: """
                {"signInIdentity": {"@odata.type": "#microsoft.graph.userSignIn", "userId": "u",
                  "externalTenantId": "t", "externalUserType": "B2BDirectConnectUser"},
                 "signInContext": {"@odata.type": "#microsoft.graph.applicationContext", "includeApplications": ["app"]},
                 "signInConditions": {"devicePlatform": "ios", "country": "nz", "signInRiskLevel": "High",
                   "deviceInfo": {"isCompliant": true, "trustType": null}},
                 "guest": {"homeSession": {"mfa": "password,sms"}, "registeredMethods": {"resource": "sms,voice"}}}
                """)
        let signIn = try SignIn(document: document)
        #expect(signIn.identity.externalUserType == .b2bDirectConnectUser)
        #expect(signIn.context == .applications(["app"]))
        #expect(signIn.conditions.devicePlatform == .iOS)
        #expect(signIn.conditions.country == "NZ")
        #expect(signIn.conditions.clientAppType == nil)  // not given: unknown (Decision 19)
        #expect(signIn.conditions.deviceInfo == ["iscompliant": "True"])
        #expect(signIn.guest?.homeSession.mfa == [Build.modes("password,sms")])
        #expect(signIn.guest?.registeredMethods.resource == Build.modes("sms,voice"))
    }
}
