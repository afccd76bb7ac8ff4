import AccessEngine

/// Every outcome of one flow's walkthrough, computed by the engine at build time.
public struct CompiledWalkthrough: Sendable {
    public var flow: Flow
    public var dimensions: [WalkthroughDimension]
    /// The opening sentence of a challenge's story (``WalkthroughRecipe/opening``).
    public var opening: String
    /// Distinct outcomes; `cases` points into this table.
    public var outcomes: [WalkthroughOutcome]
    /// Every combination with its outcome index, in enumeration order.
    public var cases: [Case]
    public var defaultKey: String

    /// One combination, the documents it was evaluated with, and its outcome.
    public struct Case: Sendable {
        public var combination: InputCombination
        public var tenant: JSONDocument
        public var signIn: JSONDocument
        public var outcome: Int
    }

    public var defaultOutcome: WalkthroughOutcome {
        outcomes[cases.first { $0.combination.key == defaultKey }?.outcome ?? 0]
    }

    /// The resolved answers of a combination, keyed by dimension id.
    public func answers(_ combination: InputCombination) -> [String: String] {
        combination.resolved(dimensions)
    }

    /// Budget for the embedded data of one flow, before compression.
    public static let byteBudget = 64 * 1024
}
