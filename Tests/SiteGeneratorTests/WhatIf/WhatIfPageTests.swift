import TenantFiles
import AccessEngine
import Consistency
import Foundation
@testable import SiteGenerator
import Testing
import TestSupport

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
        for combination in InputCombination.enumerate(page.dimensions) {
            #expect(
                WhatIfEquivalenceTests.difference(combination, page: page, tenant: tenant, compiled: compiled) == nil)
        }
    }

    @Test("the bundled tenant asks location, risk, platform and client app, with no warning")
    func everyConditionIsAsked() throws {
        let page = try WhatIfPage.compile(tenantPath: Self.bundledTenant, loader: TenantLoader(access: .anywhere))
        let asked = page.dimensions.map(\.id)
        #expect(Array(asked.prefix(2)) == ["who", "homeTenant"])
        for id in ["location", "signInRisk", "userRisk", "platform", "clientApp", "app", "homeMfa", "device"] {
            #expect(asked.contains(id), "\(id)")
        }
        let location = try #require(page.dimensions.first { $0.id == "location" })
        #expect(location.options.contains { $0.value == "country:KP" && $0.label.contains("North Korea") })
        #expect(page.budgetWarning == nil)
        #expect(page.payloadJSON.utf8.count <= 128 * 1024)
    }

    @Test("over budget, the warning names the questions that multiply the outcomes")
    func overBudgetIsNamed() throws {
        let tenant = BenchmarkTenant.make()
        let structure = WhatIfStructure(tenant: tenant, compiled: try CompiledTenant(tenant), file: "t.yaml")
        let page = structure.page()
        #expect(page.budgetWarning == nil)
        #expect(page.payloadJSON.utf8.count <= 512 * 1024)
        var tight = structure
        tight.budget = 10
        let warning = try #require(tight.page().budgetWarning)
        #expect(warning.id == WhatIfPage.overBudget && warning.severity == .warning)
        #expect(warning.message.contains("'Who signs in' × 'Home tenant'"))
        #expect(warning.message.contains("more than its budget of 10"))
    }

    @Test("what reading the tenant had to warn about is on the page, for the build to show")
    func importWarningsReachTheBuild() throws {
        let folder = Scratch.url("whatif")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tenant = folder.appendingPathComponent("t.yaml")
        try """
        tenantId: t
        conditionalAccessPolicies:
          - {id: p, displayName: P, state: enabled, conditions: {users: {includeGroups: ["<Admins>"]}, applications: {includeApplications: [All]}}, grantControls: {operator: OR, builtInControls: [mfa]}}
        """.write(to: tenant, atomically: true, encoding: .utf8)
        let page = try WhatIfPage.compile(
            tenantPath: tenant.path, loader: TenantLoader(access: .confined(to: [folder.path])))
        #expect(page.importWarnings.map(\.id.rawValue) == ["crosswalk.tenant.placeholder"])
        #expect(page.importWarnings.first?.location.line == 3)
    }
}
