import Foundation

/// Hands every site event to every open page.
///
/// It remembers a failed build, so a page opened while the content is broken shows the
/// diagnostics at once; a good build clears it.
public final class ReloadBroadcaster: @unchecked Sendable {
    public init() {}

    private let lock = NSLock()
    private var subscribers: [UUID: AsyncStream<SiteEvent>.Continuation] = [:]
    private var failure: SiteEvent?

    /// A stream of events for one page; it ends when the page goes away.
    func subscribe() -> AsyncStream<SiteEvent> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<SiteEvent>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        lock.lock()
        subscribers[id] = continuation
        let current = failure
        lock.unlock()
        if let current { continuation.yield(current) }
        return stream
    }

    public func send(_ event: SiteEvent) {
        lock.lock()
        if case .failed = event { failure = event } else { failure = nil }
        let targets = Array(subscribers.values)
        lock.unlock()
        for continuation in targets { continuation.yield(event) }
    }

    var subscriberCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return subscribers.count
    }

    /// Ends every stream, so open connections close when the server stops.
    public func finish() {
        lock.lock()
        let targets = Array(subscribers.values)
        subscribers.removeAll()
        lock.unlock()
        for continuation in targets { continuation.finish() }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        subscribers[id] = nil
        lock.unlock()
    }
}
