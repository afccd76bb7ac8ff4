import Articles
import Foundation
import Testing
@testable import Consistency

/// A site's tenant can be an export folder (`_data/tenants/NAME/`), read like any tenant file.
@Suite("Scenario tenants from export folders")
struct TenantFolderScenarioTests {
    @Test("a scenario names a folder of Graph exports with a tenant.yaml, and is checked against it")
    func folderTenant() throws {
        let root = try ScratchContent.make([
            "_data/tenants/acme/tenant.yaml": "tenantId: acme\nlicense: p1\n",
            "_data/tenants/acme/exports/policies.json": #"""
            {"value": [{"id": "block", "displayName": "Block guests", "state": "enabled",
              "conditions": {"users": {"includeUsers": ["GuestsOrExternalUsers"]}, "applications": {"includeApplications": ["All"]}},
              "grantControls": {"operator": "OR", "builtInControls": ["block"]},}]}
            """#,
            "a.md": """
            # A

            ```crosswalk-scenario
            tenant: acme
            signIn:
              signInIdentity: {userId: u, externalTenantId: 3c5a9f1e-7b2d-4e6f-8a1c-2d3e4f5a6b7c, externalUserType: b2bCollaborationGuest}
            expect:
              decision: blocked
              policiesApplied: [block]
            ```
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root.resolvedURL.path) }
        let article = try #require(ArticleReader(root: root).read("a.md").article)
        let check = ConsistencyChecker(contentRoot: root, articlePaths: ["a.md"]).check(article)
        #expect(check.allDiagnostics.isEmpty, "\(check.allDiagnostics)")
    }
}
