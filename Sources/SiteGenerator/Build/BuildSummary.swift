import Articles

/// What a successful build produced, for the one-line summary and for tests.
public struct BuildSummary: Sendable {
    public var pageCount: Int
    /// How many typed tables of each kind (`step tables`, ...) the pages contain.
    public var tableCounts: [String: Int]
    public var scenarioCount: Int
    /// Cells, step tables and scenarios verified against the engine.
    public var checkCount: Int
    /// Warnings that did not stop the build (broken links, ...).
    public var warnings: [Diagnostic]
    public var searchIndexed: Bool

    public var tableCount: Int { tableCounts.values.reduce(0, +) }
}
