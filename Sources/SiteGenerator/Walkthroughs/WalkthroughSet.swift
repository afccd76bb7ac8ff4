import AccessEngine
import Articles

/// The walkthroughs a site places, compiled once per flow, with the diagnostics of placements
/// that cannot be played.
public struct WalkthroughSet: Sendable {
    public var compiled: [FlowID: CompiledWalkthrough]
    /// How many placements the articles make (a flow placed twice counts twice).
    public var placementCount: Int

    /// Compiles every flow placed in `articles`; engine failures and data over the budget are
    /// errors at the placement. Unknown flows are the consistency check's to report
    /// (``DiagnosticID/unknownWalkthroughFlow``): no site is built past it.
    public static func compile(_ articles: [Article]) -> (set: WalkthroughSet, diagnostics: [Diagnostic]) {
        var compiled: [FlowID: CompiledWalkthrough] = [:]
        var diagnostics: [Diagnostic] = []
        var count = 0
        for article in articles {
            for placement in article.walkthroughs {
                count += 1
                guard let id = FlowID(rawValue: placement.flow), compiled[id] == nil else { continue }
                do {
                    let walkthrough = try WalkthroughCompiler().compile(WalkthroughRecipe.recipe(for: id))
                    if walkthrough.payloadBytes > CompiledWalkthrough.byteBudget {
                        diagnostics.append(
                            Diagnostic(
                                .walkthroughTooLarge, at: placement.location,
                                "walkthrough of '\(id.rawValue)' needs \(walkthrough.payloadBytes) bytes of data; the budget is \(CompiledWalkthrough.byteBudget)"
                            ))
                    }
                    compiled[id] = walkthrough
                } catch {
                    diagnostics.append(
                        Diagnostic(
                            .walkthroughEngine, at: placement.location,
                            "walkthrough of '\(id.rawValue)' cannot be evaluated: \(error.message)"))
                }
            }
        }
        return (WalkthroughSet(compiled: compiled, placementCount: count), diagnostics)
    }

    /// The largest embedded data of any compiled flow, in bytes.
    public var largestPayloadBytes: Int {
        compiled.values.map(\.payloadBytes).max() ?? 0
    }
}

/// Numbers the walkthroughs of one page in document order while it renders.
final class PlacementCounter: @unchecked Sendable {
    private var value = 0

    /// Rendering one page is sequential; the counter is never shared between pages.
    func next() -> Int {
        value += 1
        return value
    }
}
