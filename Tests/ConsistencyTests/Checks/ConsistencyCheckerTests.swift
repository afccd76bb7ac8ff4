import Articles
import Consistency
import Testing

@Suite("Consistency checks")
struct ConsistencyCheckerTests {
    @Test("a consistent article checks clean, cell by cell")
    func consistent() async {
        let report = await CheckFixture.report("consistent")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let kinds = report.items.map(\.kind)
        #expect(kinds.filter { $0 == .matrixCell }.count == 10)
        #expect(kinds.filter { $0 == .methodCell }.count == 4)
        #expect(kinds.filter { $0 == .stepTable }.count == 1)
        #expect(kinds.filter { $0 == .scenario }.count == 2)
        #expect(!report.fails(warningsAsErrors: true))
        let scenario = report.items.first { $0.name == "trusted home MFA" }
        #expect(scenario?.outcome == "Granted: multifactor authentication met by a claim from the home tenant.")
    }

    @Test("each planted mistake is found at its line and column with its id, and nothing else")
    func inconsistent() async {
        let report = await CheckFixture.report("inconsistent")
        #expect(
            report.diagnostics.map(\.place) == [
                "9:1 crosswalk.steps.numbering",
                "12:33 crosswalk.steps.bad-skip",
                "22:52 crosswalk.matrix.cell-mismatch",
                "23:3 crosswalk.matrix.unknown-control",
                "29:30 crosswalk.methods.cell-mismatch",
                "39:13 crosswalk.scenario.mismatch",
                "43:9 crosswalk.scenario.unknown-tenant",
                "50:1 crosswalk.walkthrough.unknown-flow",
            ])
        #expect(report.fails(warningsAsErrors: false))
    }

    @Test("a mismatch explains itself: expected, actual and the evaluations behind it")
    func explanations() async throws {
        let report = await CheckFixture.report("inconsistent")
        let cell = try #require(report.diagnostics.first { $0.id == .matrixCellMismatch })
        #expect(
            cell.message
                == "'Require multifactor authentication' for B2B direct connect users: the table says supported, the engine says supported when mfa claims are trusted"
        )
        #expect(cell.notes.contains("no inbound trust: blocked (directConnectMfaWithoutTrust)"))
        let scenario = try #require(report.diagnostics.first { $0.id == .scenarioMismatch })
        #expect(scenario.notes.contains("policies that apply: guests-mfa (enabled)"))
        #expect(scenario.notes.contains { $0.hasPrefix("requirement mfa: challenge in the resourceTenant") })
        #expect(
            report.diagnostics.first { $0.id == .unknownControl }?.message.contains(
                "did you mean 'require compliant device'") == true)
    }

    @Test("a scenario marked shouldFail passes when the engine disagrees and fails when it agrees")
    func shouldFail() async throws {
        let root = try ScratchContent.make([
            "_data/tenants/t.yaml": "tenantId: t\nlicense: p1\n",
            "a.md": """
            # A

            ```crosswalk-scenario
            tenant: t
            signIn:
              signInIdentity: {userId: u, externalUserType: b2bCollaborationGuest, externalTenantId: x}
            expect:
              decision: granted
            shouldFail: true
            ```
            """,
        ])
        let article = try #require(ArticleReader(root: root).read("a.md").article)
        let check = ConsistencyChecker(contentRoot: root, articlePaths: ["a.md"]).check(article)
        #expect(check.allDiagnostics.map(\.place) == ["8:3 crosswalk.scenario.should-fail"])
    }

    @Test("unknown keys and values in a scenario are errors at their place, never ignored")
    func strictScenario() async throws {
        let root = try ScratchContent.make([
            "_data/tenants/t.yaml": "tenantId: t\n",
            "a.md": """
            # A

            ```crosswalk-scenario
            tenant: t
            signIn:
              signInIdentity: {userId: u, externalUserType: b2bCollaborationGueest}
            expect:
              decison: granted
            ```

            ```crosswalk-scenario
            tenant: t
            signIn:
              signInIdentity: {userId: u}
            expect:
              decision: allowed
              requirements:
                - control: mfa
                  where: home
            ```
            """,
        ])
        let article = try #require(ArticleReader(root: root).read("a.md").article)
        let places = ConsistencyChecker(contentRoot: root, articlePaths: ["a.md"]).check(article).allDiagnostics.map(
            \.place)
        #expect(
            places == [
                "6:49 crosswalk.signin.unknown-value", "16:13 crosswalk.scenario.invalid",
                "18:16 crosswalk.scenario.mismatch",
            ])
    }

    @Test("a step table that names no flow is an error; an ignored one is not checked")
    func unboundSteps() async throws {
        let root = try ScratchContent.make([
            "a.md": """
            # Setting things up

            | Step | Description |
            |---|---|
            | 1 | Open the portal. |

            <!-- crosswalk: ignore -->
            | Step | Description |
            |---|---|
            | 1 | Open the portal. |

            <!-- crosswalk: steps flow=email-one-time-passcode -->
            | Step | Description |
            |---|---|
            | 1 | a |
            | 2 | b |
            | 3 | c |
            | 4 | d |
            """
        ])
        let article = try #require(ArticleReader(root: root).read("a.md").article)
        let check = ConsistencyChecker(contentRoot: root, articlePaths: ["a.md"]).check(article)
        #expect(check.allDiagnostics.map(\.place) == ["3:1 crosswalk.steps.unbound"])
        #expect(check.items.map(\.name) == ["steps of email-one-time-passcode"])
    }
}
