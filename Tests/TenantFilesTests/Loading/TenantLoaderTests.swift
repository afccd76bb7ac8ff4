import AccessEngine
import Foundation
import Testing
@testable import TenantFiles

/// Each fixture is written in the shape its tool produces; Fixtures/EXPECTED.md says what each
/// must read as.
@Suite("Reading tenants as admins export them")
struct TenantLoaderTests {
    @Test(
        "single objects, arrays and the value, policies and details wrappers all read",
        arguments: [
            ("json-quirks/single.json", 1), ("json-quirks/array.json", 2), ("json-quirks/wrapper-value.json", 2),
            ("json-quirks/wrapper-policies.json", 2), ("json-quirks/wrapper-details.json", 1),
            ("json-quirks/trailing-commas.json", 1), ("json-quirks/odata-annotations.json", 1),
        ])
    func wrappers(file: String, count: Int) throws {
        let loaded = try TenantFixtures.load(file)
        #expect(loaded.tenant.policies.count == count)
        #expect(!loaded.diagnostics.contains { $0.severity >= .warning })
    }

    @Test("a duplicate state key: the last value wins and the warning stays in the report")
    func duplicateState() throws {
        let loaded = try TenantFixtures.load("json-quirks/duplicate-keys.json")
        #expect(loaded.tenant.policies.first?.state == .enabled)
        #expect(loaded.diagnostics.map(\.id).contains(TolerantJSON.duplicateKey))
    }

    @Test(
        "policies without ids get stable ids from their names or file, said once per file; no state reads as enabled with a warning"
    )
    func derivedIds() throws {
        let loaded = try TenantFixtures.load("no-ids")
        let ids = loaded.tenant.policies.map(\.id).sorted()
        #expect(ids == ["block-legacy-authentication-report-only", "no-name", "require-mfa-for-administrators"])
        #expect(loaded.diagnostics.filter { $0.id == PolicyIdentity.derivedId }.count == 3)
        let missing = loaded.diagnostics.filter { $0.id == PolicyIdentity.missingState }
        #expect(missing.count == 1 && missing[0].severity == .warning)
        #expect(try TenantFixtures.load("no-ids").tenant.policies.map(\.id) == loaded.tenant.policies.map(\.id))
    }

    @Test("Graph PowerShell SDK output: PascalCase keys, null sub-objects, AdditionalProperties merged")
    func graphPowerShell() throws {
        let loaded = try TenantFixtures.load("graph-powershell")
        #expect(loaded.tenant.policies.count == 2)
        #expect(loaded.tenant.namedLocations.count >= 1)
        let guests = try #require(
            loaded.tenant.policies.compactMap(\.conditions.users.includeGuestsOrExternalUsers).first)
        #expect(guests.guestOrExternalUserTypes.contains(.b2bCollaborationGuest))
        #expect(!loaded.diagnostics.contains { $0.severity >= .warning })
        _ = try loaded.compiled()
    }

    @Test("AzureAD module integers map in Graph's declared order")
    func legacyIntegers() throws {
        let policies = try TenantFixtures.load("azuread-module/policies.json").tenant.policies
        let block = try #require(policies.first { $0.displayName == "Block legacy authentication" })
        #expect(block.state == .enabled)
        #expect(block.grantControls?.builtInControls == [.block])
        #expect(block.conditions.clientAppTypes == [.exchangeActiveSync, .other])
        let mobile = try #require(policies.first { $0.state == .enabledForReportingButNotEnforced })
        #expect(mobile.conditions.platforms?.includePlatforms == [.android, .iOS])
        #expect(mobile.conditions.signInRiskLevels == [.medium, .high])
        #expect(mobile.grantControls?.builtInControls == [.mfa, .compliantDevice])
    }

    @Test("an integer outside the enumeration is an error at its position")
    func badInteger() {
        let diagnostics = TenantFixtures.failure { _ = try TenantFixtures.load("azuread-module/bad-integer.json") }
        let error = diagnostics.first { $0.severity == .error }
        #expect(error?.id == LegacyEnumeration.invalidInteger)
        #expect(error?.line == 49)
        #expect(error?.message.contains("42") == true)
    }

    @Test(
        "EntraExporter, IntuneManagement, CIPP and a plain folder are recognised by content",
        arguments: [
            ("entra-exporter", 3, 2, "EntraExporter"), ("intune-management", 2, 1, "IntuneManagement"),
            ("cipp", 2, 3, nil),
            ("plain-folder", 3, 2, nil), ("with-tenant-file", 1, 0, nil),
        ])
    func folders(folder: String, policies: Int, locations: Int, layout: String?) throws {
        let loaded = try TenantFixtures.load(folder)
        #expect(loaded.tenant.policies.count == policies)
        #expect(loaded.tenant.namedLocations.count >= locations)
        #expect(loaded.files.allSatisfy { $0.layout == layout })
        _ = try loaded.compiled()
    }

    @Test("EntraExporter: cross-tenant default and partners, the unrelated group export only names a group")
    func entraExporterTrust() throws {
        let tenant = try TenantFixtures.load("entra-exporter").tenant
        #expect(tenant.crossTenantAccess.partners.count == 2)
        #expect(tenant.crossTenantAccess.partners.contains { $0.inboundTrust.isMfaAccepted == true })
        #expect(tenant.allAuthenticationStrengths.contains { $0.displayName == "Contoso phishing-resistant" })
    }

    @Test(
        "a Microsoft365DSC configuration reads as Graph documents; names resolve to the export's ids; Absent blocks are skipped"
    )
    func microsoft365DSC() throws {
        let loaded = try TenantFixtures.load("m365dsc/M365TenantConfig.ps1")
        #expect(loaded.files.map(\.format) == ["Microsoft365DSC configuration"])
        let policy = try #require(loaded.tenant.policies.first)
        #expect(loaded.tenant.policies.count == 1)
        #expect(policy.grantControls?.authenticationStrength == "3e334591-d1f8-456e-912d-71d100a4d70c")
        #expect(policy.conditions.locations?.excludeLocations == ["fbdccd77-7b44-4956-a3f8-80bfd9a5366a"])
        #expect(loaded.tenant.crossTenantAccess.partners.first?.inboundTrust.isMfaAccepted == true)
        #expect(loaded.diagnostics.contains { $0.id == "crosswalk.tenant.dsc-absent" })
        _ = try loaded.compiled()
    }

    @Test("a tenant file in the folder gives the licence and names; without one the defaults are named")
    func tenantSettings() throws {
        let withFile = try TenantFixtures.load("with-tenant-file")
        #expect(withFile.tenant.license == .p2)
        #expect(withFile.tenant.displayName == "Contoso Ltd")
        #expect(withFile.defaultsUsed == ["emailOneTimePasscodeEnabled (true)"])
        let without = try TenantFixtures.load("plain-folder")
        #expect(without.defaultsUsed.contains("license (p1)"))
        #expect(without.diagnostics.contains { $0.id == TenantAssembly.defaultsNote })
        #expect(without.diagnostics.contains { $0.id == TenantLoader.ignoredFiles && $0.message.contains("notes.txt") })
    }

    @Test("IntuneManagement's migration table names the tenant and the objects policies refer to")
    func migrationTable() throws {
        let tenant = try TenantFixtures.load("intune-management").tenant
        #expect(tenant.tenantId == "b5e85561-c62d-4b70-bf60-825f3ebc3514")
        #expect(tenant.name(for: "763fd043-0055-4c8e-ad30-b75eebea4679") == "CA-Exclude-Guests")
    }

    @Test("placeholders, names and missing ids are warnings at their positions, and unresolved conditions are recorded")
    func unresolvedReferences() throws {
        let loaded = try TenantFixtures.load("placeholders/policies.json")
        let ids = loaded.diagnostics.map(\.id)
        #expect(ids.filter { $0 == ReferenceResolver.placeholder }.count == 3)
        #expect(ids.contains(ReferenceResolver.legacyTrustedIPs))
        #expect(ids.contains(ReferenceResolver.unresolved))
        #expect(ids.contains(ReferenceResolver.byName))
        let placeholder = try #require(loaded.diagnostics.first { $0.message.contains("<AdministratorGroup>") })
        #expect((placeholder.line, placeholder.column) == (37, 11))
        let admins = try #require(
            loaded.tenant.policies.first { $0.displayName == "Require MFA for the administrator group" })
        #expect(admins.unresolved == [.includedUsers, .excludedUsers])
        #expect(admins.conditions.users.includeGroups.isEmpty)
        _ = try loaded.compiled()
    }

    @Test("a policy whose only group is a placeholder gives notEnoughInformation, never a guess")
    func unresolvedEvaluation() throws {
        let compiled = try TenantFixtures.load("placeholders/policies.json").compiled()
        let signIn = SignIn(identity: SignInIdentity(userId: "someone"), context: .applications(["All"]))
        let result = compiled.evaluate(signIn).policies.first {
            $0.displayName == "Require MFA for the administrator group"
        }
        #expect(result?.policyApplies == false)
        #expect(result?.analysisReasons.contains(.notEnoughInformation) == true)
    }

    /// An exclusion the export cannot resolve (a placeholder group) may or may not hold the
    /// user: the policy is listed as undecided, and its block counts, so the answer is never
    /// milder than Entra's for a user outside that group.
    @Test("a block policy whose excluded group is a placeholder still blocks, listed as undecided")
    func unresolvedExclusionKeepsTheBlock() throws {
        let tenant = try TenantFixtures.withFolder([
            "p.json":
                #"{"displayName": "Block all but admins", "state": "enabled", "conditions": {"users": {"includeUsers": ["All"], "excludeGroups": ["<AdministratorGroup>"]}, "applications": {"includeApplications": ["All"]}}, "grantControls": {"operator": "OR", "builtInControls": ["block"]}}"#
        ]) { try TenantLoader(access: .anywhere).loadTenant(at: $0).compiled() }
        let evaluation = tenant.evaluate(
            SignIn(identity: SignInIdentity(userId: "u"), context: .applications(["All"])))
        #expect(evaluation.policies.first?.analysisReasons.contains(.notEnoughInformation) == true)
        #expect(evaluation.decision == .blocked)
    }

    @Test("a group named by display name matches a sign-in that lists it by that name")
    func groupByName() throws {
        let tenant = try TenantFixtures.withFolder([
            "p.json":
                #"{"displayName": "Finance", "state": "enabled", "conditions": {"users": {"includeGroups": ["Finance Team"]}, "applications": {"includeApplications": ["All"]}}, "grantControls": {"operator": "OR", "builtInControls": ["block"]}}"#
        ]) { try TenantLoader(access: .anywhere).loadTenant(at: $0).compiled() }
        var signIn = SignIn(identity: SignInIdentity(userId: "u"), context: .applications(["All"]))
        signIn.guest = GuestContext(groups: ["Finance Team"])
        #expect(tenant.evaluate(signIn).decision == .blocked)
        signIn.guest = GuestContext(groups: ["Other"])
        #expect(tenant.evaluate(signIn).decision == .granted)
    }

    @Test("a confined loader refuses documents outside its roots, by path or by link, with its own id")
    func confinement() throws {
        try TenantFixtures.withFolder([
            "site/tenant.yaml": "tenantId: t\nconditionalAccessPolicies: ../outside.json\n", "outside.json": "[]",
        ]) { folder in
            let loader = TenantLoader(access: .confined(to: ["\(folder)/site"]))
            let diagnostics = TenantFixtures.failure { _ = try loader.loadTenant(at: "\(folder)/site/tenant.yaml") }
            #expect(diagnostics.map(\.id) == [FileAccess.outsideRoot])
            #expect(diagnostics.first?.line == 2)
            try FileManager.default.createSymbolicLink(
                atPath: "\(folder)/site/link.json", withDestinationPath: "\(folder)/outside.json")
            try "tenantId: t\nconditionalAccessPolicies: link.json\n".write(
                toFile: "\(folder)/site/tenant.yaml", atomically: true, encoding: .utf8)
            #expect(
                TenantFixtures.failure { _ = try loader.loadTenant(at: "\(folder)/site/tenant.yaml") }.map(\.id) == [
                    FileAccess.outsideRoot
                ])
            #expect(
                try TenantLoader(access: .anywhere).loadTenant(at: "\(folder)/site/tenant.yaml").tenant.tenantId == "t")
        }
    }

    @Test("an unknown tenant key is a warning with the nearest known key")
    func unknownTenantKey() throws {
        let loaded = try TenantFixtures.withFolder(["t.yaml": "tenantId: t\nlicence: p2\n"]) {
            try TenantLoader(access: .anywhere).loadTenant(at: "\($0)/t.yaml")
        }
        let warning = try #require(loaded.diagnostics.first { $0.id == TenantLoader.unknownKey })
        #expect(warning.message.contains("did you mean 'license'"))
    }

    @Test("the import report lists policies with their source and every diagnostic")
    func report() throws {
        let loaded = try TenantFixtures.load("placeholders/policies.json")
        let report = TenantReport(loaded)
        #expect(report.policies.count == 3)
        #expect(report.policies.allSatisfy { $0.source.hasSuffix("placeholders/policies.json") })
        #expect(report.diagnostics.count == loaded.diagnostics.count)
        #expect(report.text.contains("unresolved: included users, excluded users"))
    }
}

@Suite("What the service would not accept, said as warnings")
struct ImportWarningTests {
    @Test("a redefined built-in strength is ignored with a warning; the built-in definition stands")
    func builtInStrength() throws {
        let loaded = try TenantFixtures.withFolder([
            "s.json":
                #"[{"id": "00000000-0000-0000-0000-000000000002", "displayName": "Mine", "policyType": "custom", "allowedCombinations": ["password"]}]"#
        ]) { try TenantLoader(access: .anywhere).loadTenant(at: "\($0)/s.json") }
        #expect(loaded.diagnostics.map(\.id).contains(TenantAssembly.builtInRedefined))
        #expect(
            loaded.tenant.allAuthenticationStrengths.first { $0.id == "00000000-0000-0000-0000-000000000002" }?
                .displayName != "Mine")
    }

    @Test("external tenants without guest types warn that the policy selects no one")
    func tenantsWithoutTypes() throws {
        let loaded = try TenantFixtures.withFolder([
            "p.json":
                #"{"id": "p", "displayName": "P", "state": "enabled", "conditions": {"users": {"includeGuestsOrExternalUsers": {"guestOrExternalUserTypes": "none", "externalTenants": {"membershipKind": "enumerated", "members": ["abc"]}}}, "applications": {"includeApplications": ["All"]}}, "grantControls": {"operator": "OR", "builtInControls": ["mfa"]}}"#
        ]) { try TenantLoader(access: .anywhere).loadTenant(at: "\($0)/p.json") }
        #expect(loaded.diagnostics.map(\.id).contains(TenantAssembly.tenantsWithoutTypes))
    }

    @Test("more than 2,048 group memberships in a sign-in is a warning")
    func manyGroups() throws {
        let groups = (0...2048).map { "g\($0)" }.joined(separator: ", ")
        let loaded = try SignInReaderTests.read("signInIdentity: {userId: u}\nguest: {groups: [\(groups)]}\n")
        #expect(loaded.diagnostics.map(\.id) == [SignInReader.manyGroups])
    }
}

/// concept-conditional-access-users-groups § Directory roles: only built-in role templates count.
@Suite("Directory roles")
struct DirectoryRoleTests {
    static func load(_ roles: String) throws -> LoadedTenant {
        try TenantFixtures.withFolder([
            "p.json":
                #"{"id": "p", "displayName": "P", "state": "enabled", "conditions": {"users": {"includeRoles": [\#(roles)]}, "applications": {"includeApplications": ["All"]}}, "grantControls": {"operator": "OR", "builtInControls": ["block"]}}"#
        ]) { try TenantLoader(access: .anywhere).loadTenant(at: "\($0)/p.json") }
    }

    @Test("a built-in role named by display name becomes its template id")
    func byName() throws {
        let loaded = try Self.load(#""Security Administrator""#)
        #expect(loaded.tenant.policies.first?.conditions.users.includeRoles == ["194ae4cb-b126-40b2-bd5b-6091b380977d"])
    }

    @Test("a role id that is not a built-in template is a warning and never matches")
    func customRole() throws {
        let loaded = try Self.load(#""0b5ee9a3-1111-4c4c-9c9c-123456789abc", "62e90394-69f5-4237-9190-012177145e10""#)
        #expect(loaded.diagnostics.map(\.id).contains(ReferenceResolver.unknownRole))
        #expect(loaded.tenant.policies.first?.conditions.users.includeRoles == ["62e90394-69f5-4237-9190-012177145e10"])
    }
}
