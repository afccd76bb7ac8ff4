import AccessEngine
import Foundation
import Testing

@testable import TenantFiles

/// Microsoft365DSC exports (`M365TenantConfig.ps1`) read as Graph documents, without running
/// PowerShell, with every value placed where the file wrote it.
@Suite struct DSCConfigurationReaderTests {
    static let fixtureName = "M365TenantConfig.ps1"

    static func fixture() throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let url = folder.appendingPathComponent("m365dsc-reader").appendingPathComponent(fixtureName)
        return try String(contentsOf: url, encoding: .utf8)
    }

    // MARK: - A whole export

    @Test func anExportGivesOneDocumentPerResourceOfInterestAndSkipsTheRest() throws {
        let (documents, _) = DSCConfigurationReader.read(try Self.fixture(), file: Self.fixtureName)
        #expect(documents.policies.count == 1)
        #expect(documents.namedLocations.count == 2)
        #expect(documents.authenticationStrengths.count == 1)
        #expect(documents.crossTenantPartners.count == 1)
        #expect(documents.crossTenantDefault != nil)
    }

    @Test func aConditionalAccessPolicyTakesGraphsShape() throws {
        let (documents, _) = DSCConfigurationReader.read(try Self.fixture(), file: Self.fixtureName)
        let policy = try #require(documents.policies.first)
        #expect(policy["id"]?.text == "3f2a6c1d-8e4b-4b7a-9c5e-0d1f2a3b4c5d")
        #expect(policy["displayName"]?.text == "CA010 Guests require MFA")
        #expect(policy["state"]?.text == "enabledForReportingButNotEnforced")

        let users = try #require(policy[path: "conditions.users"])
        #expect(users["includeUsers"]?.strings == [])
        #expect(users["excludeUsers"]?.strings == ["admin@$OrganizationName"])
        #expect(users["excludeGroups"]?.strings == ["Break Glass"])
        #expect(
            users[path: "includeGuestsOrExternalUsers.guestOrExternalUserTypes"]?.text
                == "b2bCollaborationGuest,b2bCollaborationMember")
        #expect(
            users[path: "includeGuestsOrExternalUsers.externalTenants.@odata.type"]?.text
                == "#microsoft.graph.conditionalAccessEnumeratedExternalTenants")
        #expect(users[path: "includeGuestsOrExternalUsers.externalTenants.membershipKind"]?.text == "enumerated")
        #expect(
            users[path: "includeGuestsOrExternalUsers.externalTenants.members"]?.strings
                == ["11111111-2222-3333-4444-555555555555"])
        #expect(users["excludeGuestsOrExternalUsers"] == nil, "an empty list of user types targets no one")

        #expect(policy[path: "conditions.applications.includeApplications"]?.strings == ["All"])
        #expect(policy[path: "conditions.applications.includeAuthenticationContextClassReferences"]?.strings == ["c1"])
        #expect(policy[path: "conditions.clientAppTypes"]?.strings == ["browser", "mobileAppsAndDesktopClients"])
        #expect(policy[path: "conditions.platforms.includePlatforms"]?.strings == ["android", "iOS"])
        #expect(policy[path: "conditions.locations.includeLocations"]?.strings == ["All"])
        #expect(policy[path: "conditions.locations.excludeLocations"]?.strings == ["Head office"])
        #expect(policy[path: "conditions.signInRiskLevels"]?.strings == ["high", "medium"])
        #expect(policy[path: "conditions.userRiskLevels"]?.strings == [])
        #expect(policy[path: "conditions.devices.deviceFilter.mode"]?.text == "exclude")
        #expect(policy[path: "conditions.devices.deviceFilter.rule"]?.text == #"device.trustType -eq "ServerAD""#)

        #expect(policy[path: "grantControls.operator"]?.text == "OR")
        #expect(policy[path: "grantControls.builtInControls"]?.strings == ["mfa"])
        #expect(policy[path: "grantControls.customAuthenticationFactors"]?.strings == [])
        #expect(policy[path: "grantControls.termsOfUse"]?.strings == ["Partner terms"])
        #expect(policy[path: "grantControls.authenticationStrength.displayName"]?.text == "Partner MFA")

        #expect(policy[path: "sessionControls.applicationEnforcedRestrictions.isEnabled"]?.flag == false)
        #expect(policy[path: "sessionControls.cloudAppSecurity.isEnabled"]?.flag == false)
        #expect(policy[path: "sessionControls.signInFrequency.isEnabled"]?.flag == true)
        #expect(policy[path: "sessionControls.signInFrequency.value"]?.number == 4)
        #expect(policy[path: "sessionControls.signInFrequency.type"]?.text == "hours")
        #expect(policy[path: "sessionControls.signInFrequency.frequencyInterval"]?.text == "timeBased")
        #expect(policy[path: "sessionControls.persistentBrowser.isEnabled"]?.flag == true)
        #expect(policy[path: "sessionControls.persistentBrowser.mode"]?.text == "never")
    }

    @Test func credentialsEnsureAndOtherDSCPropertiesAreLeftOut() throws {
        let (documents, _) = DSCConfigurationReader.read(try Self.fixture(), file: Self.fixtureName)
        let policy = try #require(documents.policies.first)
        let keys = policy.keys
        #expect(keys == ["id", "displayName", "state", "conditions", "grantControls", "sessionControls"])
        let configuration = try #require(documents.crossTenantDefault)
        #expect(configuration.keys == ["inboundTrust", "b2bCollaborationInbound"])
    }

    @Test func namedLocationsGetTheirODataTypeAndOnlyTheirOwnMembers() throws {
        let (documents, _) = DSCConfigurationReader.read(try Self.fixture(), file: Self.fixtureName)
        let office = try #require(documents.namedLocations.first)
        #expect(office["@odata.type"]?.text == "#microsoft.graph.ipNamedLocation")
        #expect(office["id"]?.text == "0b8c7a0e-4f5d-4e0b-9a51-6a3e2f7d9c10")
        #expect(office["displayName"]?.text == "Head office")
        #expect(office["isTrusted"]?.flag == true)
        #expect(office[path: "ipRanges[0].@odata.type"]?.text == "#microsoft.graph.iPv4CidrRange")
        #expect(office[path: "ipRanges[0].cidrAddress"]?.text == "203.0.113.0/24")
        #expect(office[path: "ipRanges[1].@odata.type"]?.text == "#microsoft.graph.iPv6CidrRange")
        #expect(office[path: "ipRanges[1].cidrAddress"]?.text == "2001:db8::/48")
        #expect(office["countriesAndRegions"] == nil)

        let countries = try #require(documents.namedLocations.last)
        #expect(
            countries["@odata.type"]?.text == "#microsoft.graph.countryNamedLocation",
            "inferred from CountriesAndRegions")
        #expect(countries["countriesAndRegions"]?.strings == ["KP", "IR"])
        #expect(countries["includeUnknownCountriesAndRegions"]?.flag == false)
        #expect(countries["countryLookupMethod"]?.text == "clientIpAddress")
        #expect(countries["ipRanges"] == nil)
        #expect(countries["isTrusted"] == nil)
    }

    @Test func anAuthenticationStrengthIsACustomPolicyWithItsCombinations() throws {
        let (documents, _) = DSCConfigurationReader.read(try Self.fixture(), file: Self.fixtureName)
        let strength = try #require(documents.authenticationStrengths.first)
        #expect(strength["id"]?.text == "7a3c9e41-2b6d-4f80-a1c5-93d2e8f4b617")
        #expect(strength["displayName"]?.text == "Partner MFA")
        #expect(strength["description"]?.text == "Phishing-resistant or push for partners")
        #expect(strength["policyType"]?.text == "custom")
        #expect(
            strength["allowedCombinations"]?.strings
                == ["windowsHelloForBusiness", "fido2", "password,microsoftAuthenticatorPush"])
    }

    @Test func crossTenantInstancesBecomeGraphObjects() throws {
        let (documents, _) = DSCConfigurationReader.read(try Self.fixture(), file: Self.fixtureName)
        let partner = try #require(documents.crossTenantPartners.first)
        #expect(partner["tenantId"]?.text == "11111111-2222-3333-4444-555555555555")
        #expect(partner[path: "inboundTrust.isMfaAccepted"]?.flag == true)
        #expect(partner[path: "inboundTrust.isCompliantDeviceAccepted"]?.flag == true)
        #expect(partner[path: "inboundTrust.isHybridAzureADJoinedDeviceAccepted"]?.flag == false)
        #expect(partner[path: "automaticUserConsentSettings.inboundAllowed"]?.flag == true)
        #expect(partner[path: "automaticUserConsentSettings.outboundAllowed"]?.flag == false)
        #expect(partner[path: "b2bCollaborationInbound.usersAndGroups.accessType"]?.text == "blocked")
        #expect(
            partner[path: "b2bCollaborationInbound.usersAndGroups.targets[0].target"]?.text
                == "9a1b2c3d-0000-4000-8000-000000000001")
        #expect(partner[path: "b2bCollaborationInbound.usersAndGroups.targets[0].targetType"]?.text == "group")
        #expect(partner[path: "b2bCollaborationInbound.usersAndGroups.targets[1].targetType"]?.text == "user")

        let standard = try #require(documents.crossTenantDefault)
        #expect(standard["tenantId"] == nil)
        #expect(standard[path: "inboundTrust.isMfaAccepted"]?.flag == false)
        #expect(standard[path: "b2bCollaborationInbound.applications.accessType"]?.text == "allowed")
        #expect(standard[path: "b2bCollaborationInbound.applications.targets[0].target"]?.text == "AllApplications")
        #expect(standard[path: "b2bCollaborationInbound.usersAndGroups.targets[0].target"]?.text == "AllUsers")
    }

    @Test func onlyAnUndefinedVariableInAPropertyThatMattersIsReported() throws {
        let text = try Self.fixture()
        let (_, diagnostics) = DSCConfigurationReader.read(text, file: Self.fixtureName)
        // $ConfigurationData and $OrganizationName fill credentials and tenant ids everywhere,
        // which the reader ignores; only the excluded user depends on one.
        #expect(diagnostics.count == 1)
        let warning = try #require(diagnostics.first)
        #expect(warning.id == "crosswalk.tenant.dsc-variable")
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("ExcludeUsers"))
        #expect(warning.message.contains("$OrganizationName"))
        let expected = position(of: #""admin@$OrganizationName""#, in: text)
        #expect((warning.line, warning.column) == (expected.line, expected.column))
    }

    // MARK: - Positions

    @Test func valuesPointAtTheLineAndColumnTheyWereWrittenAt() throws {
        let text = try Self.fixture()
        let (documents, _) = DSCConfigurationReader.read(text, file: Self.fixtureName)
        let policy = try #require(documents.policies.first)

        let header = position(of: #"AADConditionalAccessPolicy "AADConditionalAccessPolicy-CA010"#, in: text)
        #expect(policy.location == DocumentPosition(file: Self.fixtureName, line: header.line, column: header.column))

        let name = position(of: #""CA010 Guests require MFA""#, in: text)
        #expect(
            policy["displayName"]?.location
                == DocumentPosition(file: Self.fixtureName, line: name.line, column: name.column))

        let controls = position(of: #"@("mfa")"#, in: text)
        #expect(policy[path: "grantControls.builtInControls"]?.location?.line == controls.line)
        #expect(policy[path: "grantControls.builtInControls"]?.location?.column == controls.column)
        #expect(policy[path: "grantControls.builtInControls[0]"]?.location?.column == controls.column + 2)

        let partner = try #require(documents.crossTenantPartners.first)
        let target = position(of: "'9a1b2c3d-0000-4000-8000-000000000002'", in: text)
        let written = partner[path: "b2bCollaborationInbound.usersAndGroups.targets[1].target"]?.location
        #expect(written == DocumentPosition(file: Self.fixtureName, line: target.line, column: target.column))
    }

    @Test func columnsCountCharactersNotBytes() {
        let text = """
            AADNamedLocationPolicy "Zürich" { DisplayName = "Zürich"; Id = "é" }
            """
        let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "u.ps1")
        #expect(diagnostics.isEmpty)
        let id = position(of: #""é""#, in: text)
        #expect(id.column == 64)
        #expect(
            documents.namedLocations.first?["id"]?.location
                == DocumentPosition(file: "u.ps1", line: 1, column: id.column))
    }

    // MARK: - PowerShell syntax

    @Test func arraysAndInstanceArraysMaySpanLines() throws {
        let text = """
            Configuration Lines
            {
                Node localhost
                {
                    AADConditionalAccessPolicy Multi
                    {
                        DisplayName   = 'Multi'
                        IncludeUsers  = @(
                            "a@contoso.com"
                            "b@contoso.com",
                            'c@contoso.com'
                        )
                        ExcludeGroups = "One",
                                        "Two"
                        IncludeApplications = @("x"; "y")
                        ExcludeUsers = @()
                        IncludeRoles = "Global Reader"
                    }
                    AADCrossTenantAccessPolicyConfigurationPartner P
                    {
                        PartnerTenantId = 'p'
                        B2BDirectConnectOutbound = MSFT_AADCrossTenantAccessPolicyB2BSetting
                        {
                            UsersAndGroups = MSFT_AADCrossTenantAccessPolicyTargetConfiguration { AccessType = 'allowed'; Targets = @(MSFT_AADCrossTenantAccessPolicyTarget { Target = 'AllUsers'; TargetType = 'user' }, MSFT_AADCrossTenantAccessPolicyTarget{Target='g1';TargetType='group'}) }
                        }
                    }
                }
            }
            """
        let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "lines.ps1")
        #expect(diagnostics.isEmpty)
        let users = try #require(documents.policies.first?[path: "conditions.users"])
        #expect(users["includeUsers"]?.strings == ["a@contoso.com", "b@contoso.com", "c@contoso.com"])
        #expect(users[path: "includeUsers[2]"]?.location?.line == 11)
        #expect(users["excludeGroups"]?.strings == ["One", "Two"])
        #expect(users[path: "excludeGroups[1]"]?.location?.line == 14)
        #expect(users["excludeUsers"]?.strings == [])
        #expect(users["includeRoles"]?.strings == ["Global Reader"], "one value is a list of one")
        #expect(documents.policies.first?[path: "conditions.applications.includeApplications"]?.strings == ["x", "y"])

        let partner = try #require(documents.crossTenantPartners.first)
        let targets = partner[path: "b2bDirectConnectOutbound.usersAndGroups.targets"]
        #expect(targets?.items.count == 2)
        #expect(partner[path: "b2bDirectConnectOutbound.usersAndGroups.targets[1].target"]?.text == "g1")
        #expect(partner[path: "b2bDirectConnectOutbound.usersAndGroups.targets[1].targetType"]?.text == "group")
    }

    @Test func commentsAndStringsWithBracesQuotesAndBackticksDoNotConfuseTheReader() throws {
        let text = #"""
            <# A block comment with a brace { and a block that is not one:
            AADConditionalAccessPolicy Fake { DisplayName = "no" }
            #>
            # AADConditionalAccessPolicy Commented { DisplayName = "no" }
            AADConditionalAccessPolicy Tricky
            {
                DisplayName      = "Braces { } and `"quotes`", ""doubled"" and `$dollar # not a comment" # a comment }
                Id               = 'It''s {x} "as is" `n'
                State            = "enabled"; IncludeUsers = @('All') # trailing {
                DeviceFilterRule = @"
            device.displayName -eq "Kiosk {1}" -and device.model -eq 'A'
            "@
                DeviceFilterMode = 'include' <# inline #>
                ExcludeUsers     = @(
                    # a commented-out item "x@contoso.com"
                    "y@contoso.com" # }
                )
                IncludeGroups    = @'
            Literal $NotAVariable {
            '@
            }
            """#
        let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "tricky.ps1")
        #expect(diagnostics.isEmpty)
        #expect(documents.policies.count == 1)
        let policy = try #require(documents.policies.first)
        #expect(policy["displayName"]?.text == #"Braces { } and "quotes", "doubled" and $dollar # not a comment"#)
        #expect(policy["id"]?.text == #"It's {x} "as is" `n"#)
        #expect(policy["state"]?.text == "enabled")
        #expect(policy[path: "conditions.users.includeUsers"]?.strings == ["All"])
        #expect(policy[path: "conditions.users.excludeUsers"]?.strings == ["y@contoso.com"])
        #expect(policy[path: "conditions.users.includeGroups"]?.strings == ["Literal $NotAVariable {"])
        #expect(
            policy[path: "conditions.devices.deviceFilter.rule"]?.text
                == #"device.displayName -eq "Kiosk {1}" -and device.model -eq 'A'"#)
        #expect(policy[path: "conditions.devices.deviceFilter.mode"]?.text == "include")
    }

    @Test func variablesTheFileDefinesAreSubstitutedAndOthersKeptAndReported() throws {
        let text = #"""
            $OrganizationName = "contoso.onmicrosoft.com"
            $ConfigurationData = @{
                AllNodes    = @(@{ NodeName = "localhost"; PSDscAllowPlainTextPassword = $true })
                NonNodeData = @{ BreakGlassGroup = "Break Glass"; Hours = 12 }
            }
            Configuration Variables
            {
                Node localhost
                {
                    AADConditionalAccessPolicy V
                    {
                        DisplayName          = "V"
                        ExcludeUsers         = @("admin@$OrganizationName", "${OrganizationName}")
                        ExcludeGroups        = $ConfigurationData.NonNodeData.BreakGlassGroup
                        SignInFrequencyValue = $ConfigurationData.NonNodeData.Hours
                        IncludeGroups        = @($ConfigurationData.NonNodeData.Missing)
                        State                = $PolicyState
                        IncludeUsers         = Get-Users -All
                        ApplicationId        = $ConfigurationData.NonNodeData.ApplicationId
                        Credential           = $Credscredential
                    }
                }
            }
            """#
        let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "variables.ps1")
        let policy = try #require(documents.policies.first)
        #expect(
            policy[path: "conditions.users.excludeUsers"]?.strings == [
                "admin@contoso.onmicrosoft.com", "contoso.onmicrosoft.com",
            ])
        #expect(policy[path: "conditions.users.excludeGroups"]?.strings == ["Break Glass"])
        #expect(policy[path: "sessionControls.signInFrequency.value"]?.number == 12)
        #expect(policy[path: "conditions.users.includeGroups"]?.strings == ["$ConfigurationData.NonNodeData.Missing"])
        #expect(policy["state"]?.text == "$PolicyState")
        #expect(policy[path: "conditions.users.includeUsers"]?.strings == ["Get-Users -All"])

        #expect(diagnostics.map(\.id) == Array(repeating: "crosswalk.tenant.dsc-variable", count: 3))
        #expect(diagnostics.map(\.line) == [16, 17, 18])
        #expect(diagnostics[0].message.contains("$ConfigurationData.NonNodeData.Missing"))
        #expect(diagnostics[1].message.contains("$PolicyState"))
        #expect(diagnostics[2].message.contains("expression"))
    }

    @Test func guestTypesMayBeAnArrayOrOneCommaSeparatedString() throws {
        let text = """
            AADConditionalAccessPolicy Types
            {
                IncludeGuestOrExternalUserTypes      = @("internalGuest", "serviceProvider")
                IncludeExternalTenantsMembershipKind = "all"
                ExcludeGuestsOrExternalUsers         = "b2bDirectConnectUser,otherExternalUser"
                ExcludeExternalTenantsMembers        = @("t1", "t2")
            }
            """
        let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "types.ps1")
        #expect(diagnostics.isEmpty)
        let users = try #require(documents.policies.first?[path: "conditions.users"])
        #expect(
            users[path: "includeGuestsOrExternalUsers.guestOrExternalUserTypes"]?.text
                == "internalGuest,serviceProvider")
        #expect(
            users[path: "includeGuestsOrExternalUsers.externalTenants.@odata.type"]?.text
                == "#microsoft.graph.conditionalAccessAllExternalTenants")
        #expect(users[path: "includeGuestsOrExternalUsers.externalTenants.members"] == nil)
        #expect(
            users[path: "excludeGuestsOrExternalUsers.guestOrExternalUserTypes"]?.text
                == "b2bDirectConnectUser,otherExternalUser")
        #expect(
            users[path: "excludeGuestsOrExternalUsers.externalTenants.membershipKind"]?.text == "enumerated",
            "members without a kind are an enumeration")
        #expect(users[path: "excludeGuestsOrExternalUsers.externalTenants.members"]?.strings == ["t1", "t2"])
    }

    @Test func aBlockThatEnsuresAbsenceIsNotPartOfTheTenant() {
        let text = """
            AADConditionalAccessPolicy Old
            {
                DisplayName = "Retired policy"
                Ensure      = "Absent"
                State       = "enabled"
            }
            AADNamedLocationPolicy Gone
            {
                DisplayName = "Gone"
                Ensure      = 'absent'
            }
            AADConditionalAccessPolicy Kept
            {
                DisplayName = "Kept"
                Ensure      = "Present"
            }
            """
        let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "absent.ps1")
        #expect(documents.policies.count == 1)
        #expect(documents.policies.first?["displayName"]?.text == "Kept")
        #expect(documents.namedLocations.isEmpty)
        #expect(diagnostics.map(\.id) == ["crosswalk.tenant.dsc-absent", "crosswalk.tenant.dsc-absent"])
        #expect(diagnostics.allSatisfy { $0.severity == .note })
        #expect(diagnostics.map(\.line) == [4, 10])
    }

    // MARK: - Broken text

    @Test func aBlockLeftOpenIsReportedAndTheNextBlockIsStillRead() throws {
        let text = """
            AADNamedLocationPolicy Broken
            {
                DisplayName = "Broken"
                IpRanges    = @("10.0.0.0/8")

            AADNamedLocationPolicy Fine
            {
                DisplayName = "Fine"
                IpRanges    = @("10.1.0.0/16")
            }
            """
        let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "open.ps1")
        #expect(documents.namedLocations.map { $0["displayName"]?.text } == ["Fine"])
        let warning = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(warning.id == "crosswalk.tenant.dsc-syntax")
        #expect(warning.severity == .warning)
        #expect((warning.line, warning.column) == (2, 1))
        #expect(warning.message.contains("Broken"))
        #expect(warning.message.contains("line 6"))
    }

    @Test func aBlockOpenAtTheEndOfTheFileIsReported() {
        let (documents, diagnostics) = DSCConfigurationReader.read(
            "AADConditionalAccessPolicy Last\n{\n    DisplayName = 'Last'\n", file: "end.ps1")
        #expect(documents.policies.isEmpty)
        #expect(diagnostics.map(\.id) == ["crosswalk.tenant.dsc-syntax"])
        #expect(diagnostics.first?.message.contains("never closed") == true)
    }

    @Test func aStringLeftOpenIsReportedAndReadToTheEndOfItsLine() throws {
        let text = """
            AADNamedLocationPolicy A
            {
                DisplayName = "Head office
                IsTrusted   = $True
            }
            """
        let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "string.ps1")
        let warning = try #require(diagnostics.first { $0.id == "crosswalk.tenant.dsc-syntax" })
        #expect(warning.severity == .warning)
        #expect((warning.line, warning.column) == (3, 19))
        #expect(warning.message.contains("string"))
        #expect(documents.namedLocations.first?["displayName"]?.text == "Head office")
        #expect(documents.namedLocations.first?["isTrusted"]?.flag == true)
    }

    @Test func textThatIsNotAPropertyStopsOnlyItsOwnBlock() throws {
        let text = """
            AADNamedLocationPolicy First
            {
                DisplayName = "First"
                IpRanges    = @("10.0.0.0/8"
            }
            AADNamedLocationPolicy Second
            {
                = "no name"
            }
            AADNamedLocationPolicy Third
            {
                DisplayName = "Third"
                IpRanges    = @("10.2.0.0/16")
            }
            """
        let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "bad.ps1")
        #expect(documents.namedLocations.map { $0["displayName"]?.text } == ["Third"])
        #expect(diagnostics.map(\.id) == ["crosswalk.tenant.dsc-syntax", "crosswalk.tenant.dsc-syntax"])
        #expect(diagnostics.map(\.line) == [5, 8])
    }

    @Test func nestingIsCappedRatherThanRecursedWithoutEnd() {
        let depth = 5_000
        let inputs = [
            "AADConditionalAccessPolicy D { IncludeUsers = " + String(repeating: "@(", count: depth)
                + String(repeating: ")", count: depth) + " }",
            "AADConditionalAccessPolicy D { IncludeUsers = " + String(repeating: "(", count: depth) + "1"
                + String(repeating: ")", count: depth) + " }",
            "AADConditionalAccessPolicy D { IncludeUsers = " + String(repeating: "[string]", count: depth) + "'x' }",
            "AADCrossTenantAccessPolicyConfigurationDefault D { InboundTrust = "
                + String(repeating: "MSFT_X { A = ", count: depth) + "1" + String(repeating: " }", count: depth) + " }",
            "$x = " + String(repeating: "@{ a = ", count: depth) + "1" + String(repeating: " }", count: depth),
        ]
        for text in inputs {
            let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "deep.ps1")
            #expect(documents.isEmpty)
            if text.hasPrefix("AAD") {
                #expect(diagnostics.contains { $0.message.contains("nested more than 64") })
            }
        }
    }

    @Test func randomBytesNeverCrashTheReader() {
        var random = SplitMix64(seed: 0x0D5C_2025)
        let pieces = [
            "{", "}", "(", ")", "@(", "@{", "[", "]", "=", ";", ",", "\n", "\r\n", " ", "\"", "'", "`", "$", "${",
            "$(", "#", "<#", "#>", "@\"\n", "\n\"@", "@'\n", "\n'@", "AADConditionalAccessPolicy",
            "AADNamedLocationPolicy",
            "AADCrossTenantAccessPolicyConfigurationPartner", "MSFT_A", "Node", "Configuration", " x ", "Id", "Ensure",
            "\"Absent\"", "$True", "$OrganizationName", "$ConfigurationData.NonNodeData.X", "“", "’", "é", "\u{FEFF}",
            "-1",
            "2.5",
        ]
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<random.next(below: 300) {
                if random.next(below: 3) == 0 {
                    bytes.append(UInt8(truncatingIfNeeded: random.next()))
                } else {
                    bytes.append(contentsOf: pieces[random.next(below: pieces.count)].utf8)
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let (_, diagnostics) = DSCConfigurationReader.read(text, file: "random.ps1")
            #expect(diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 })
        }
    }

    @Test func cuttingAndSplicingARealExportNeverCrashesTheReader() throws {
        let original = Array(try Self.fixture().utf8)
        var random = SplitMix64(seed: 42)
        for _ in 0..<200 {
            var bytes = original
            for _ in 0..<(1 + random.next(below: 4)) {
                let start = random.next(below: bytes.count)
                let length = min(random.next(below: 200), bytes.count - start)
                let insertAt = random.next(below: bytes.count - length + 1)
                let cut = Array(bytes[start..<(start + length)])
                bytes.removeSubrange(start..<(start + length))
                if random.next(below: 2) == 0 {
                    bytes.insert(contentsOf: cut, at: min(insertAt, bytes.count))
                }
            }
            let (documents, diagnostics) = DSCConfigurationReader.read(
                String(decoding: bytes, as: UTF8.self), file: "cut.ps1")
            #expect(documents.policies.count <= 1)
            #expect(diagnostics.allSatisfy { $0.line >= 1 })
        }
    }

    // MARK: - Through the engine

    @Test func policiesWithIdsAndBuiltInValuesDecodeAsATenant() throws {
        let text = """
            Configuration Engine
            {
                Node localhost
                {
                    AADConditionalAccessPolicy "Guests MFA"
                    {
                        Id                                   = "10000000-0000-4000-8000-000000000001";
                        DisplayName                          = "Guests MFA";
                        State                                = "enabled";
                        IncludeGuestOrExternalUserTypes      = @("b2bCollaborationGuest","b2bDirectConnectUser");
                        IncludeExternalTenantsMembershipKind = "all";
                        IncludeApplications                  = @("All");
                        ExcludeLocations                     = @("20000000-0000-4000-8000-000000000002");
                        ClientAppTypes                       = @("all");
                        BuiltInControls                      = @("mfa","compliantDevice");
                        GrantControlOperator                 = "OR";
                        SignInFrequencyIsEnabled             = $True;
                        SignInFrequencyType                  = "Hours";
                        SignInFrequencyValue                 = 8;
                        SignInFrequencyInterval              = "timeBased";
                        PersistentBrowserIsEnabled           = $False;
                        PersistentBrowserMode                = "";
                        Ensure                               = "Present";
                        Credential                           = $Credscredential;
                    }
                    AADConditionalAccessPolicy "Block risky partners"
                    {
                        Id                                   = "10000000-0000-4000-8000-000000000002";
                        DisplayName                          = "Block risky partners";
                        State                                = "enabledForReportingButNotEnforced";
                        IncludeGuestOrExternalUserTypes      = @("b2bCollaborationMember");
                        IncludeExternalTenantsMembers        = @("30000000-0000-4000-8000-000000000003");
                        IncludeApplications                  = @("All");
                        IncludePlatforms                     = @("Android","IOS");
                        SignInRiskLevels                     = @("High");
                        DeviceFilterMode                     = "exclude";
                        DeviceFilterRule                     = "device.isCompliant -eq True";
                        BuiltInControls                      = @("block");
                        GrantControlOperator                 = "OR";
                    }
                    AADNamedLocationPolicy Office
                    {
                        Id          = "20000000-0000-4000-8000-000000000002"
                        DisplayName = "Office"
                        IpRanges    = @("198.51.100.0/24")
                        IsTrusted   = $True
                    }
                    AADNamedLocationPolicy Countries
                    {
                        Id                  = "20000000-0000-4000-8000-000000000003"
                        DisplayName         = "Countries"
                        OdataType           = "#microsoft.graph.countryNamedLocation"
                        CountriesAndRegions = @("fr","DE")
                    }
                    AADAuthenticationStrengthPolicy Strong
                    {
                        Id                  = "40000000-0000-4000-8000-000000000004"
                        DisplayName         = "Strong"
                        AllowedCombinations = @("fido2","windowsHelloForBusiness")
                    }
                    AADCrossTenantAccessPolicyConfigurationDefault Default
                    {
                        IsSingleInstance = "Yes"
                        InboundTrust = MSFT_AADCrossTenantAccessPolicyInboundTrust { IsMfaAccepted = $False }
                    }
                    AADCrossTenantAccessPolicyConfigurationPartner Partner
                    {
                        PartnerTenantId = "30000000-0000-4000-8000-000000000003"
                        InboundTrust = MSFT_AADCrossTenantAccessPolicyInboundTrust {
                            IsMfaAccepted = $True
                            IsCompliantDeviceAccepted = $True
                        }
                    }
                }
            }
            """
        let (documents, diagnostics) = DSCConfigurationReader.read(text, file: "engine.ps1")
        #expect(diagnostics.isEmpty)
        let tenant = try Tenant(document: tenantDocument(documents))

        #expect(
            tenant.policies.map(\.id) == [
                "10000000-0000-4000-8000-000000000001", "10000000-0000-4000-8000-000000000002",
            ])
        let guests = try #require(tenant.policies.first)
        #expect(guests.state == .enabled)
        #expect(
            guests.conditions.users.includeGuestsOrExternalUsers?.guestOrExternalUserTypes
                == [.b2bCollaborationGuest, .b2bDirectConnectUser])
        #expect(guests.conditions.users.includeGuestsOrExternalUsers?.externalTenants == .all)
        #expect(guests.conditions.locations?.excludeLocations == ["20000000-0000-4000-8000-000000000002"])
        #expect(guests.grantControls?.builtInControls == [.mfa, .compliantDevice])
        #expect(guests.grantControls?.operator == .or)
        #expect(guests.sessionControls?.signInFrequency == "8 hours")
        #expect(guests.sessionControls?.persistentBrowser == nil)

        let block = try #require(tenant.policies.last)
        #expect(block.state == .enabledForReportingButNotEnforced)
        #expect(
            block.conditions.users.includeGuestsOrExternalUsers?.externalTenants
                == .enumerated(["30000000-0000-4000-8000-000000000003"]))
        #expect(block.conditions.platforms?.includePlatforms == [.android, .iOS])
        #expect(block.conditions.signInRiskLevels == [.high])
        #expect(block.conditions.devices?.deviceFilter?.rule == "device.isCompliant -eq True")

        #expect(
            tenant.namedLocations.map(\.id) == [
                "20000000-0000-4000-8000-000000000002", "20000000-0000-4000-8000-000000000003",
            ])
        #expect(tenant.authenticationStrengths.map(\.id) == ["40000000-0000-4000-8000-000000000004"])
        #expect(tenant.authenticationStrengths.first?.policyType == .custom)
        #expect(tenant.crossTenantAccess.defaultConfiguration.inboundTrust.isMfaAccepted == false)
        #expect(tenant.crossTenantAccess.partners.first?.inboundTrust.isMfaAccepted == true)
        #expect(tenant.crossTenantAccess.partners.first?.inboundTrust.isCompliantDeviceAccepted == true)
    }

    @Test func theEnginesErrorsPointIntoTheConfigurationFile() throws {
        let text = """
            AADConditionalAccessPolicy Typo
            {
                Id              = "p1"
                State           = "enabled"
                BuiltInControls = @("mfa",
                                    "multiFactor")
            }
            """
        let (documents, _) = DSCConfigurationReader.read(text, file: "typo.ps1")
        let error = try #require(throws: DocumentError.self) { try Tenant(document: tenantDocument(documents)) }
        let typo = position(of: #""multiFactor""#, in: text)
        #expect(typo.line == 6)
        #expect(error.location == DocumentPosition(file: "typo.ps1", line: typo.line, column: typo.column))
    }

    // MARK: - Helpers

    private func tenantDocument(_ documents: GraphDocuments) -> DocumentValue {
        var crossTenant: [DocumentMember] = [
            DocumentMember(key: "partners", value: DocumentValue(.array(documents.crossTenantPartners)))
        ]
        if let standard = documents.crossTenantDefault {
            crossTenant.append(DocumentMember(key: "default", value: standard))
        }
        return DocumentValue(
            .object([
                DocumentMember(key: "tenantId", value: DocumentValue(.string("x"))),
                DocumentMember(key: "conditionalAccessPolicies", value: DocumentValue(.array(documents.policies))),
                DocumentMember(key: "namedLocations", value: DocumentValue(.array(documents.namedLocations))),
                DocumentMember(
                    key: "authenticationStrengthPolicies",
                    value: DocumentValue(.array(documents.authenticationStrengths))),
                DocumentMember(key: "crossTenantAccessPolicy", value: DocumentValue(.object(crossTenant))),
            ]))
    }

    /// The 1-based line and column (in characters) where `needle` first appears in `text`.
    private func position(of needle: String, in text: String) -> (line: Int, column: Int) {
        guard let range = text.range(of: needle) else { return (0, 0) }
        let before = text[..<range.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return (line, text.unicodeScalars[lineStart..<range.lowerBound].count + 1)
    }
}

/// A small seeded generator, so the random inputs are the same on every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    mutating func next(below bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next() % UInt64(bound))
    }
}

extension DocumentValue {
    /// The value at a dotted path with `[n]` indices, such as `targets[1].target`; keys may
    /// contain dots only as `@odata.type`.
    fileprivate subscript(path path: String) -> DocumentValue? {
        var current: DocumentValue? = self
        for step in Self.steps(path) {
            switch step {
            case .key(let key): current = current?[key]
            case .index(let index):
                guard let items = current?.items, index < items.count else { return nil }
                current = items[index]
            }
        }
        return current
    }

    private enum Step {
        case key(String)
        case index(Int)
    }

    private static func steps(_ path: String) -> [Step] {
        var steps: [Step] = []
        let protected = path.replacingOccurrences(of: "@odata.type", with: "@odata\u{1}type")
        for part in protected.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "[") {
                indices.insert(Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) ?? -1, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { steps.append(.key(name.replacingOccurrences(of: "\u{1}", with: "."))) }
            steps += indices.map(Step.index)
        }
        return steps
    }

    fileprivate var items: [DocumentValue] {
        if case .array(let items) = kind { return items }
        return []
    }

    fileprivate var keys: [String] {
        if case .object(let members) = kind { return members.map(\.key) }
        return []
    }

    fileprivate var text: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    fileprivate var strings: [String]? {
        guard case .array(let items) = kind else { return nil }
        return items.map { $0.text ?? "<\($0.kind)>" }
    }

    fileprivate var flag: Bool? {
        if case .bool(let flag) = kind { return flag }
        return nil
    }

    fileprivate var number: Double? {
        if case .number(let number) = kind { return number }
        return nil
    }
}
