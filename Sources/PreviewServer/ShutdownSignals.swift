import Dispatch
import Foundation

/// Waits for SIGINT or SIGTERM, so the server can close the event streams of open pages (which
/// never end on their own) before it stops.
public final class ShutdownSignals: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let stream: AsyncStream<Void>

    public init() {
        let (stream, continuation) = AsyncStream<Void>.makeStream()
        self.stream = stream
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield() }
            source.resume()
            return source
        }
    }

    /// Returns at the first signal, or when the task is cancelled.
    public func wait() async {
        for await _ in stream { return }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
