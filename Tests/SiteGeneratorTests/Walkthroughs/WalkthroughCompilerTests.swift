import AccessEngine
import Articles
import Foundation
@testable import SiteGenerator
import Testing

@Suite("Walkthrough compiler")
struct WalkthroughCompilerTests {
    @Test(
        "every flow of the engine has a recipe that asks each of the flow's inputs with its values",
        arguments: FlowID.allCases)
    func recipesCoverFlowInputs(flow: FlowID) {
        let recipe = WalkthroughRecipe.recipe(for: flow)
        for input in Flow.flow(flow).inputs {
            let dimension = recipe.dimensions.first { $0.id == input.path }
            #expect(dimension != nil, "\(input.path)")
            #expect(Set(dimension?.options.map(\.value) ?? []) == Set(input.values), "\(input.path)")
        }
    }

    @Test("a question only names questions asked before it", arguments: FlowID.allCases)
    func requirementsPointBackwards(flow: FlowID) {
        let dimensions = WalkthroughRecipe.recipe(for: flow).dimensions
        for (index, dimension) in dimensions.enumerated() {
            let earlier = Set(dimensions[..<index].map(\.id))
            #expect(Set(dimension.requires.keys).isSubset(of: earlier), "\(dimension.id)")
        }
    }

    @Test("collapsing a question that does not apply never hides a different outcome", arguments: FlowID.allCases)
    func collapseIsHonest(flow: FlowID) throws {
        let recipe = WalkthroughRecipe.recipe(for: flow)
        let compiled = try WalkthroughCompiler().compile(recipe)
        for item in compiled.cases {
            for (index, value) in item.combination.values.enumerated() where value == nil {
                for option in recipe.dimensions[index].options {
                    var answers = item.combination.resolved(recipe.dimensions)
                    answers[recipe.dimensions[index].id] = option.value
                    let scenario = recipe.scenario(answers)
                    let outcome = try WalkthroughCompiler.evaluate(
                        tenant: scenario.tenantDocument, signIn: scenario.signInDocument, playing: flow)
                    #expect(
                        outcome == compiled.outcomes[item.outcome],
                        "\(item.combination.key) with \(recipe.dimensions[index].id)=\(option.value)")
                }
            }
        }
    }

    @Test(
        "combinations are distinct, outcomes are stored once, and the data fits the budget", arguments: FlowID.allCases)
    func deduplicatedAndWithinBudget(flow: FlowID) throws {
        let compiled = try WalkthroughCompiler().compile(WalkthroughRecipe.recipe(for: flow))
        let keys = compiled.cases.map(\.combination.key)
        #expect(Set(keys).count == keys.count)
        #expect(Set(compiled.outcomes).count == compiled.outcomes.count)
        #expect(compiled.outcomes.count <= compiled.cases.count)
        #expect(keys.contains(compiled.defaultKey))
        #expect(compiled.payloadBytes <= CompiledWalkthrough.byteBudget)
    }

    @Test("the cross-tenant flow: trusted home MFA is enough; direct connect without trust is blocked")
    func crossTenantOutcomes() throws {
        let compiled = try WalkthroughCompiler().compile(WalkthroughRecipe.recipe(for: .entraCrossTenant))
        func outcome(_ key: String) -> WalkthroughOutcome? {
            compiled.cases.first { $0.combination.key == key }.map { compiled.outcomes[$0.outcome] }
        }
        let trusted = outcome("p1|mfa|b2bCollaboration|true|password,microsoftAuthenticatorPush|-|-")
        #expect(trusted?.verdict == "granted")
        #expect(trusted?.mfa == "homeTenant")
        let directConnect = outcome("p1|mfa|b2bDirectConnect|false|-|-|-")
        #expect(directConnect?.verdict == "blocked")
        #expect(directConnect?.reason == "directConnectMfaWithoutTrust")
        let free = outcome("free|-|b2bCollaboration|-|-|-|-")
        #expect(free?.mfa == "resourceTenant")
    }

    @Test("JSON in a script element cannot close it")
    func scriptEscaping() {
        let escaped = ScriptSafeJSON.escape(#"{"text":"</script><script>alert(1)</script><!--"}"#)
        #expect(!escaped.contains("</"))
        #expect(!escaped.contains("<!--"))
        let decoded = try? JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: String]
        #expect(decoded?["text"] == "</script><script>alert(1)</script><!--")
    }
}
