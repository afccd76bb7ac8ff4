import Dispatch
import Foundation

/// Stops a command cleanly on SIGINT or SIGTERM: runs `cleanUp` (outside the signal handler, on
/// a dispatch queue, where file operations are safe) and exits with 128 + the signal number, as
/// shells expect.
final class InterruptHandler: @unchecked Sendable {
    private var sources: [any DispatchSourceSignal] = []

    init(cleanUp: @escaping @Sendable () -> Void) {
        let lock = NSLock()
        nonisolated(unsafe) var stopping = false
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global(qos: .userInitiated))
            source.setEventHandler {
                lock.lock()
                let first = !stopping
                stopping = true
                lock.unlock()
                guard first else { return }
                cleanUp()
                Terminal.printError("\ninterrupted; the output was left as it was")
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Restores the default handlers, so a later signal stops the process at once.
    func remove() {
        for source in sources { source.cancel() }
        sources.removeAll()
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
