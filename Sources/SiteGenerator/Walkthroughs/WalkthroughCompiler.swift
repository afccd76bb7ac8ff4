import TenantFiles
import AccessEngine
import Consistency

/// Precomputes a walkthrough: enumerates the combinations of a recipe's answers, evaluates each
/// with the engine against the tenant synthesised for it, and keeps each distinct outcome once.
///
/// The documents are parsed from the same JSON text that `--export-walkthrough-cases` writes,
/// so what the page shows is exactly what `crosswalk whatif` answers for those files.
public struct WalkthroughCompiler: Sendable {
    public init() {}

    public func compile(_ recipe: WalkthroughRecipe) throws(DocumentError) -> CompiledWalkthrough {
        var outcomes: [WalkthroughOutcome] = []
        var outcomeIndex: [WalkthroughOutcome: Int] = [:]
        var cases: [CompiledWalkthrough.Case] = []
        for combination in InputCombination.enumerate(recipe.dimensions) {
            let scenario = recipe.scenario(combination.resolved(recipe.dimensions))
            let tenantDocument = scenario.tenantDocument
            let signInDocument = scenario.signInDocument
            let outcome = try Self.evaluate(tenant: tenantDocument, signIn: signInDocument, playing: recipe.flow)
            let index: Int
            if let known = outcomeIndex[outcome] {
                index = known
            } else {
                index = outcomes.count
                outcomes.append(outcome)
                outcomeIndex[outcome] = index
            }
            cases.append(
                CompiledWalkthrough.Case(
                    combination: combination, tenant: tenantDocument, signIn: signInDocument, outcome: index))
        }
        return CompiledWalkthrough(
            flow: Flow.flow(recipe.flow), dimensions: recipe.dimensions, opening: recipe.opening, outcomes: outcomes,
            cases: cases, defaultKey: InputCombination.defaults(recipe.dimensions).key)
    }

    /// Evaluates documents given as JSON text, parsed the way `crosswalk whatif` reads files.
    static func evaluate(
        tenant: JSONDocument, signIn: JSONDocument, playing flow: FlowID
    ) throws(DocumentError) -> WalkthroughOutcome {
        let tenantValue = try DocumentValue.parse(yaml: tenant.text(), file: "tenant.json")
        let signInValue = try DocumentValue.parse(yaml: signIn.text(), file: "sign-in.json")
        let compiled = try CompiledTenant(Tenant(document: tenantValue))
        return WalkthroughOutcome(compiled.evaluate(try SignIn(document: signInValue)), playing: flow)
    }
}
