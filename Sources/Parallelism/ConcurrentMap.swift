import Foundation

/// ``parallelMap(count:_:)`` for synchronous callers: runs `body` for every index in `0..<count`
/// on all cores and returns the results in order.
///
/// Each result goes into its own preallocated slot, so no lock is taken; use it for a few hundred
/// items of similar cost (Dispatch hands them out one by one to whichever core is free).
public func concurrentMap<Result: Sendable>(count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    guard count > 1, CoreLimit.available > 1 else { return (0..<count).map(body) }
    let slots = Slots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(body(index), at: index) }
    return slots.collect()
}

/// One slot per index; each is written exactly once, by one thread.
private final class Slots<Element: Sendable>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    private let count: Int

    init(count: Int) {
        base = .allocate(capacity: count)
        self.count = count
    }

    func store(_ value: Element, at index: Int) {
        (base + index).initialize(to: value)
    }

    /// Moves every slot's value out; call once, after every slot is stored.
    func collect() -> [Element] {
        let values = Array(UnsafeMutableBufferPointer(start: base, count: count))
        base.deinitialize(count: count)
        base.deallocate()
        return values
    }
}
