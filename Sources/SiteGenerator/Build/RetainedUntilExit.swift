import Foundation

/// Values deliberately kept alive until the process exits (see
/// ``SiteOptions/processExitsAfterBuild``): they stay reachable, so they are not leaks, and the
/// operating system takes their memory back in one step when the process ends.
enum RetainedUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var values: [any Sendable] = []

    static func keep(_ value: any Sendable) {
        lock.lock()
        defer { lock.unlock() }
        values.append(value)
    }
}
