import Articles
import Foundation
@testable import SiteGenerator
import TenantFiles
import Testing

@Suite("Scenario cards")
struct ScenarioCardTests {
    static func scenario(_ yaml: String) throws -> ScenarioBlock {
        let root = ContentRoot(path: try SiteFixture.temporaryFolder().path)
        let markdown = "# A\n\n```crosswalk-scenario\n\(yaml)\n```\n"
        let (article, _) = ArticleReader(root: root).read("a.md", bytes: Array(markdown.utf8))
        return try #require(article?.scenarios.first)
    }

    static func tool() throws -> (element: String, page: WhatIfPage) {
        (
            "whatif-1",
            try WhatIfPage.compile(tenantPath: WhatIfPageTests.bundledTenant, loader: TenantLoader(access: .anywhere))
        )
    }

    static let fabrikamGuest = """
        title: Fabrikam guest with Authenticator at home
        tenant: contoso
        signIn:
          signInIdentity: {userId: adele@fabrikam.example, externalTenantId: 3c5a9f1e-7b2d-4e6f-8a1c-2d3e4f5a6b7c, externalUserType: b2bCollaborationGuest}
          signInContext: {includeApplications: [4b8e2f61-93ad-4c57-b1e0-7f2a6d9c3e85]}
          signInConditions: {clientAppType: browser, country: KP}
          guest:
            identityProvider: entraId
            homeSession: {mfa: ["password,microsoftAuthenticatorPush"]}
        expect:
          decision: blocked
        """

    @Test("a card says who, from where, to what and what was done at home, with the YAML folded away")
    func readable() throws {
        let html = ScenarioCard(
            scenario: try Self.scenario(Self.fabrikamGuest), item: nil, tool: try Self.tool(), root: "../"
        ).render()
        #expect(html.contains("<dt>Who signs in</dt><dd>adele@fabrikam.example, B2B collaboration guest</dd>"))
        #expect(html.contains("<dt>From</dt><dd>Fabrikam</dd>"))
        #expect(html.contains("<dt>To</dt><dd>Finance portal</dd>"))
        #expect(html.contains("<dt>At home</dt><dd>MFA with password,microsoftAuthenticatorPush</dd>"))
        #expect(html.contains("<details class=\"scenario-source\"><summary>Scenario source (YAML)</summary>"))
    }

    @Test("try it in What If opens the page with the scenario's answers when it shows the same verdict")
    func whatIfLink() throws {
        let card = ScenarioCard(
            scenario: try Self.scenario(Self.fabrikamGuest), item: nil, tool: try Self.tool(), root: "../")
        let link = try #require(card.whatIfLink())
        #expect(link.hasPrefix("../whatif.html#whatif-1&"))
        #expect(link.contains("location=country%3AKP"))
        #expect(link.contains("homeMfa=password%2CmicrosoftAuthenticatorPush"))
        let granted = Self.fabrikamGuest.replacingOccurrences(of: "decision: blocked", with: "decision: granted")
        #expect(
            ScenarioCard(scenario: try Self.scenario(granted), item: nil, tool: try Self.tool(), root: "").whatIfLink()
                == nil)
        let address = Self.fabrikamGuest.replacingOccurrences(of: "country: KP", with: "ipAddress: 203.0.113.5")
        #expect(
            ScenarioCard(scenario: try Self.scenario(address), item: nil, tool: try Self.tool(), root: "").whatIfLink()
                == nil)
    }
}
