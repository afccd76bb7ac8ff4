import AccessEngine
import Foundation
@testable import SiteGenerator
import TenantFiles
import Testing

/// The proof that the page's structure loses nothing: its data, decoded as the page decodes it
/// and combined as `whatif.js` combines it, gives what the engine gives when it evaluates the
/// same sign-in directly.
@Suite("What If equivalence")
struct WhatIfEquivalenceTests {
    static var contentTenants: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content/_data/tenants").path
    }

    /// The page rebuilt from its embedded JSON only.
    static func decoded(_ page: WhatIfPage) throws -> WhatIfPage {
        WhatIfPage(
            payload: try JSONDecoder().decode(WhatIfPage.Payload.self, from: Data(page.payloadJSON.utf8)),
            file: page.file)
    }

    /// Compares one combination; returns a description of the first difference.
    static func difference(
        _ combination: InputCombination, page: WhatIfPage, tenant: Tenant, compiled: CompiledTenant,
        elsewhere: (ip: String, country: String)? = nil
    ) -> String? {
        let answers = combination.resolved(page.dimensions)
        let signIn = WhatIfQuestions.signIn(
            answers, tenant: tenant, elsewhere: elsewhere ?? WhatIfQuestions.elsewhere(tenant))
        let evaluation = compiled.evaluate(signIn)
        let answer = page.lookUp(combination)
        guard let outcome = answer.outcome else { return "\(combination.key): no outcome on the page" }
        if outcome != WhatIfOutcome(evaluation) {
            return "\(combination.key): page \(outcome), engine \(WhatIfOutcome(evaluation))"
        }
        let policies = evaluation.policies
        if answer.applies != policies.map(\.policyApplies) { return "\(combination.key): applies differ" }
        let reasons = policies.map { $0.analysisReasons.names.first ?? "notSet" }
        if answer.reasons != reasons { return "\(combination.key): reasons \(answer.reasons), engine \(reasons)" }
        return nil
    }

    static func count(_ dimensions: [WalkthroughDimension]) -> Int {
        // Every option of every question; questions that do not apply collapse, so this bounds
        // the distinct combinations from above.
        dimensions.reduce(1) { $0 * $1.options.count }
    }

    /// Every combination, in mixed-radix order, without building the list.
    static func forEachCombination(_ dimensions: [WalkthroughDimension], _ body: (InputCombination) -> Bool) {
        var digits = [Int](repeating: 0, count: dimensions.count)
        while true {
            var chosen: [String: String?] = [:]
            var values: [String?] = []
            var collapsedLater = false
            for (index, dimension) in dimensions.enumerated() {
                if dimension.applies(given: chosen) {
                    values.append(dimension.options[digits[index]].value)
                } else {
                    values.append(nil)
                    if digits[index] != 0 { collapsedLater = true }
                }
                chosen[dimension.id] = .some(values.last!)
            }
            if !collapsedLater, !body(InputCombination(values: values)) { return }
            var position = dimensions.count - 1
            while position >= 0 {
                digits[position] += 1
                if digits[position] < dimensions[position].options.count { break }
                digits[position] = 0
                position -= 1
            }
            if position < 0 { return }
        }
    }

    @Test(
        "every combination of each bundled tenant: the page's answer is the engine's",
        arguments: ["contoso.yaml", "woodgrove.yaml"])
    func bundledTenants(_ file: String) throws {
        let path = "\(Self.contentTenants)/\(file)"
        let loader = TenantLoader(access: .anywhere)
        let loaded = try loader.loadTenant(at: path)
        let compiled = try loaded.compiled()
        let built = try WhatIfPage.compile(tenantPath: path, loader: loader)
        let page = try Self.decoded(built)
        var checked = 0
        var failures: [String] = []
        let elsewhere = WhatIfQuestions.elsewhere(loaded.tenant)
        Self.forEachCombination(page.dimensions) { combination in
            checked += 1
            if let failure = Self.difference(
                combination, page: page, tenant: loaded.tenant, compiled: compiled, elsewhere: elsewhere)
            {
                failures.append(failure)
            }
            return failures.count < 5
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(checked > 1)
        print(
            "\(file): \(checked) combinations, \(page.outcomes.count) outcomes, \(page.tables.reduce(0) { $0 + $1.count }) table entries, \(page.cases.count) states, \(built.payloadJSON.utf8.count) bytes"
        )
    }

    @Test("100,000 random combinations of a 50-policy tenant: the page's answer is the engine's")
    func generatedTenant() throws {
        let tenant = BenchmarkTenant.make()
        let compiled = try CompiledTenant(tenant)
        let built = WhatIfPage.compile(tenant, compiled: compiled, file: "generated.yaml")
        let page = try Self.decoded(built)
        #expect(page.policies.count == 50)
        let elsewhere = WhatIfQuestions.elsewhere(tenant)
        var failures: [String] = []
        let sample = built.sample(100_000)
        #expect(sample.count == 100_000)
        for combination in sample {
            if let failure = Self.difference(
                combination, page: page, tenant: tenant, compiled: compiled, elsewhere: elsewhere)
            {
                failures.append(failure)
                if failures.count >= 5 { break }
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        print(
            "generated: \(Self.count(page.dimensions)) combinations at most, \(page.outcomes.count) outcomes, \(page.tables.reduce(0) { $0 + $1.count }) table entries, \(page.cases.count) states, \(built.payloadJSON.utf8.count) bytes"
        )
    }
}
