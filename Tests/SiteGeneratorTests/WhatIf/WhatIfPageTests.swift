import TenantFiles
import AccessEngine
import Consistency
import Foundation
@testable import SiteGenerator
import Testing

@Suite("What If page")
struct WhatIfPageTests {
    static var fixtureTenant: String { "\(SiteFixture.fixtures)/walkthroughs/_data/tenants/northwind.yaml" }
    static var bundledTenant: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content/_data/tenants/contoso.yaml").path
    }

    @Test("every precomputed answer is what the engine says for the same sign-in")
    func answersMatchTheEngine() throws {
        let loader = TenantLoader(access: .anywhere)
        let page = try WhatIfPage.compile(tenantPath: Self.fixtureTenant, loader: loader)
        let tenant = try loader.loadTenant(at: Self.fixtureTenant).tenant
        let compiled = try CompiledTenant(tenant)
        let combinations = InputCombination.enumerate(page.dimensions)
        #expect(page.cases.count == combinations.count)
        for combination in combinations {
            let evaluation = compiled.evaluate(WhatIfQuestions.signIn(combination.resolved(page.dimensions), tenant: tenant))
            let outcome = try #require(page.cases[combination.key].map { page.outcomes[$0] })
            #expect(outcome.verdict == evaluation.decision.rawValue, "\(combination.key)")
            #expect(outcome.applies == evaluation.policies.map(\.policyApplies), "\(combination.key)")
        }
    }

    @Test("questions come most telling first, and what does not fit is named, never dropped silently")
    func omissionsAreReported() throws {
        let page = try WhatIfPage.compile(tenantPath: Self.bundledTenant, loader: TenantLoader(access: .anywhere))
        let asked = page.dimensions.map(\.id)
        #expect(Array(asked.prefix(2)) == ["who", "homeTenant"])
        #expect(asked.contains("homeMfa") && asked.contains("device"))
        #expect(InputCombination.enumerate(page.dimensions).count <= WhatIfPage.combinationLimit)
        if page.omitted.isEmpty {
            #expect(page.omissionWarning == nil)
        } else {
            let warning = try #require(page.omissionWarning)
            #expect(warning.severity == .warning)
            for question in page.omitted { #expect(warning.message.contains("'\(question.label)'")) }
            #expect(WhatIfHTML(page: page, elementID: "whatif-1").render().contains("class=\"whatif-omitted\""))
        }
    }

    @Test("what reading the tenant had to warn about is on the page, for the build to show")
    func importWarningsReachTheBuild() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-whatif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tenant = folder.appendingPathComponent("t.yaml")
        try """
            tenantId: t
            conditionalAccessPolicies:
              - {id: p, displayName: P, state: enabled, conditions: {users: {includeGroups: ["<Admins>"]}, applications: {includeApplications: [All]}}, grantControls: {operator: OR, builtInControls: [mfa]}}
            """.write(to: tenant, atomically: true, encoding: .utf8)
        let page = try WhatIfPage.compile(tenantPath: tenant.path, loader: TenantLoader(access: .confined(to: [folder.path])))
        #expect(page.importWarnings.map(\.id.rawValue) == ["crosswalk.tenant.placeholder"])
        #expect(page.importWarnings.first?.location.line == 3)
    }
}
