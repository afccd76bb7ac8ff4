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
    /// Walkthrough placements in the pages.
    public var walkthroughCount: Int = 0
    /// Bytes of embedded data per compiled flow (before compression), by flow id.
    public var walkthroughBytes: [String: Int] = [:]
    /// The What If pages built, one per tenant file.
    public var whatIfTenants: Int = 0
    /// Wall time per phase of the build.
    public var timings = BuildTimings()

    /// The largest walkthrough data of the site, in bytes.
    public var largestWalkthroughBytes: Int { walkthroughBytes.values.max() ?? 0 }

    public var tableCount: Int { tableCounts.values.reduce(0, +) }
}
