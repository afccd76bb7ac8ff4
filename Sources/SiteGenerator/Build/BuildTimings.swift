/// Where a build's wall time went, phase by phase, for `crosswalk build --timings`.
///
/// Phases are recorded in the order they ran; a phase that did not run (search with
/// `--no-search`) is absent rather than zero.
public struct BuildTimings: Sendable {
    public struct Phase: Sendable {
        public var name: String
        public var duration: Duration
    }

    public private(set) var phases: [Phase] = []

    private let clock = ContinuousClock()
    private var mark: ContinuousClock.Instant

    init() {
        mark = clock.now
    }

    /// Ends the phase that began at the previous call (or at creation).
    mutating func finish(_ name: String) {
        let now = clock.now
        phases.append(Phase(name: name, duration: now - mark))
        mark = now
    }

    public var total: Duration { phases.reduce(.zero) { $0 + $1.duration } }
}
