import Foundation
import Testing
import TestSupport

/// Runs the built `crosswalk` binary on fixture files.
@Suite struct WhatIfCommandTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var fixtures: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }

    static func crosswalk(_ arguments: [String]) throws -> Run {
        let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("crosswalk")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = fixtures
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func jsonOutputMatchesGolden() throws {
        let run = try Self.crosswalk([
            "whatif", "--tenant", "tenant.yaml", "--sign-in", "sign-in-partner-guest.yaml", "--format", "json",
        ])
        #expect(run.status == 0)
        let golden = try String(
            contentsOf: Self.fixtures.appendingPathComponent("whatif-partner-guest.golden.json"), encoding: .utf8)
        #expect(run.stdout == golden)
    }

    @Test func textOutputStartsWithTheVerdict() throws {
        let run = try Self.crosswalk(["whatif", "--tenant", "tenant.yaml", "--sign-in", "sign-in-direct-connect.yaml"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("BLOCKED (directConnectMfaWithoutTrust)\n"))
        #expect(run.stdout.contains("step 6:"))
    }

    @Test func unknownEnumValueIsReportedWithPositionAndStatus2() throws {
        let run = try Self.crosswalk(["whatif", "--tenant", "tenant.yaml", "--sign-in", "sign-in-bad-enum.yaml"])
        #expect(run.status == 2)
        #expect(
            run.stderr.hasPrefix(
                "sign-in-bad-enum.yaml:5:19: error: [crosswalk.signin.unknown-value] unknown value 'amiga' for signInConditions.devicePlatform; expected one of"
            ))
        #expect(run.stdout.isEmpty)
    }

    /// Writes `text` to a file in a fresh temporary folder, runs `body` with its path, then
    /// removes the folder.
    static func withTemporaryFile<Result>(
        named name: String, containing text: String, _ body: (String) throws -> Result
    ) throws -> Result {
        let directory = Scratch.url("cli")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try body(file.path)
    }

    @Test func missingReferencedDocumentPointsAtTheReference() throws {
        let run = try Self.withTemporaryFile(
            named: "tenant.yaml", containing: "tenantId: t\nconditionalAccessPolicies: missing.json\n"
        ) { tenant in
            try Self.crosswalk(["whatif", "--tenant", tenant, "--sign-in", "sign-in-direct-connect.yaml"])
        }
        #expect(run.status == 2)
        #expect(run.stderr.contains("tenant.yaml:2:28: error: [crosswalk.tenant.missing-file] referenced file"))
    }

    @Test func malformedYamlIsReportedWithPosition() throws {
        let (run, path) = try Self.withTemporaryFile(
            named: "sign-in.yaml", containing: "signInIdentity:\n  userId: [\n"
        ) { signIn in
            (try Self.crosswalk(["whatif", "--tenant", "tenant.yaml", "--sign-in", signIn]), signIn)
        }
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix(path + ":3:1: error:"))
    }

    @Test func flowsListsEveryFlowAsJson() throws {
        let run = try Self.crosswalk(["flows", "--format", "json"])
        #expect(run.status == 0)
        let flows = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        #expect(
            flows?.compactMap { $0["id"] as? String } == [
                "entra-cross-tenant", "external-identity-provider", "email-one-time-passcode", "resource-tenant-mfa",
            ])
    }

    @Test func inlineTenantAndYamlScalarsStayText() throws {
        // `NO` is Norway, not YAML 1.1's false; inline Graph documents need no files.
        let tenant = """
            tenantId: 11111111-1111-1111-1111-111111111111
            namedLocations:
              - {id: nordics, countriesAndRegions: [NO, SE]}
            conditionalAccessPolicies:
              value:
                - id: block-nordics
                  state: enabled
                  conditions:
                    users: {includeUsers: [All]}
                    applications: {includeApplications: [All]}
                    locations: {includeLocations: [nordics]}
                  grantControls: {operator: OR, builtInControls: [block]}
            crossTenantAccessPolicy:
              default:
                b2bDirectConnectInbound:
                  usersAndGroups: {accessType: allowed, targets: [{target: AllUsers, targetType: user}]}
                  applications: {accessType: allowed, targets: [{target: AllApplications, targetType: application}]}
            """
        let signIn = Self.fixtures.appendingPathComponent("sign-in-direct-connect.yaml").path
        let run = try Self.withTemporaryFile(named: "tenant.yaml", containing: tenant) { path in
            try Self.crosswalk(["whatif", "--tenant", path, "--sign-in", signIn])
        }
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("GRANTED\n"))
        let norway = try Self.withTemporaryFile(named: "tenant.yaml", containing: tenant) { path in
            try Self.withTemporaryFile(
                named: "sign-in.yaml",
                containing: "signInIdentity: {userId: 007}\nsignInConditions: {country: NO}\n"
            ) { signInPath in
                try Self.crosswalk(["whatif", "--tenant", path, "--sign-in", signInPath, "--format", "json"])
            }
        }
        #expect(norway.status == 0)
        #expect(norway.stdout.contains("\"blockReason\" : \"blockedByPolicy\""))
    }
}

extension WhatIfCommandTests {
    /// An undecided policy is listed as not applying (as in Entra's What If) but counts for the
    /// verdict: a sign-in that does not say its client app is blocked by a policy that blocks
    /// browsers, since it may be one. The text names the policy.
    @Test func undecidedPoliciesAreNamed() throws {
        let tenant = """
            tenantId: t
            conditionalAccessPolicies:
              - id: browsers
                displayName: Block browsers
                state: enabled
                conditions: {users: {includeUsers: [All]}, applications: {includeApplications: [All]}, clientAppTypes: [browser]}
                grantControls: {operator: OR, builtInControls: [block]}
            """
        let run = try Self.withTemporaryFile(named: "tenant.yaml", containing: tenant) { tenantPath in
            try Self.withTemporaryFile(named: "sign-in.yaml", containing: "signInIdentity: {userId: u}\n") {
                signInPath in
                try Self.crosswalk(["whatif", "--tenant", tenantPath, "--sign-in", signInPath])
            }
        }
        #expect(run.stdout.hasPrefix("BLOCKED"))
        #expect(run.stdout.contains("Undecided: Block browsers could still apply"))
        #expect(run.stdout.contains("counts them as applying"))
    }
}
