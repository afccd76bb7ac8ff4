import Foundation

/// Where a build's time went, phase by phase, for `crosswalk build --timings`.
///
/// Each phase has its wall time and the processor time the whole process spent in it (all
/// threads, user and system), so a phase that does not use every core shows up as processor
/// time close to its wall time. Phases are recorded in the order they ran; a phase that did not
/// run (search with `--no-search`) is absent rather than zero.
public struct BuildTimings: Sendable {
    public struct Phase: Sendable {
        public var name: String
        public var duration: Duration
        public var processorTime: Duration
    }

    public private(set) var phases: [Phase] = []
    /// Work done alongside the phases (the What If pages, compiled while the articles are read
    /// and their code coloured), with its own wall time; its processor time counts in the
    /// phases it ran beside.
    public private(set) var alongside: [(name: String, duration: Duration)] = []

    private let clock = ContinuousClock()
    private var mark: ContinuousClock.Instant
    private var processorMark: Duration

    init() {
        mark = clock.now
        processorMark = Self.processorTime()
    }

    /// Ends the phase that began at the previous call (or at creation).
    mutating func finish(_ name: String) {
        let now = clock.now
        let processor = Self.processorTime()
        phases.append(Phase(name: name, duration: now - mark, processorTime: processor - processorMark))
        mark = now
        processorMark = processor
    }

    /// Records work that ran beside the phases, taking `duration`.
    mutating func record(alongside name: String, duration: Duration) {
        alongside.append((name, duration))
    }

    public var total: Duration { phases.reduce(.zero) { $0 + $1.duration } }

    /// User and system time of every thread of the process so far.
    public static func processorTime() -> Duration {
        var usage = rusage()
        #if os(Linux)
            let status = getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            let status = getrusage(RUSAGE_SELF, &usage)
        #endif
        guard status == 0 else { return .zero }
        func duration(_ time: timeval) -> Duration {
            .seconds(Int64(time.tv_sec)) + .microseconds(Int64(time.tv_usec))
        }
        return duration(usage.ru_utime) + duration(usage.ru_stime)
    }
}
