import Foundation

/// How many cores the parallel helpers of this module may use in the current task.
///
/// All of them, unless a caller doing work beside another process says fewer: a build compiles
/// the What If pages while Pygments colours code in its own process, and taking both cores
/// there would slow Pygments, which the build waits on, by more than it saves.
public enum CoreLimit {
    /// The most cores to use; `nil` for all. ``parallelMap(count:_:)`` starts that many
    /// workers; ``concurrentMap(count:_:)``, which Dispatch spreads over every core, runs on the
    /// calling thread alone when the limit is one.
    @TaskLocal public static var cores: Int?

    /// The cores the helpers use: the machine's, within the task's limit.
    static var available: Int {
        min(ProcessInfo.processInfo.activeProcessorCount, cores ?? .max)
    }
}
