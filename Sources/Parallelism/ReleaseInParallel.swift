import Foundation

/// Destroys `values` on all cores and returns once every element is gone.
///
/// Hand over the last reference (`releaseInParallel(consume articles)`): a thousand parsed
/// articles are millions of small allocations, and letting them go at the end of a scope frees
/// them one by one on a single core after all other work is done. Elements still referenced
/// elsewhere simply outlive the call.
public func releaseInParallel<Element: Sendable>(_ values: consuming [Element]) async {
    let count = values.count
    guard count > 1 else { return }
    let storage = ReleaseBuffer<Element>(moving: consume values)
    _ = await parallelMap(count: count) { storage.destroy(at: $0) }
    storage.deallocate()
}

/// Elements copied out of an array so that disjoint ones can be destroyed from different threads.
private final class ReleaseBuffer<Element: Sendable>: @unchecked Sendable {
    private let elements: UnsafeMutableBufferPointer<Element>

    /// Takes over the array's elements; once the array itself is released, this is the only
    /// reference to them.
    init(moving values: consuming [Element]) {
        elements = .allocate(capacity: values.count)
        _ = elements.initialize(from: values)
    }

    /// Each index is destroyed exactly once, by one thread (`parallelMap` hands out disjoint runs).
    func destroy(at index: Int) {
        (elements.baseAddress! + index).deinitialize(count: 1)
    }

    func deallocate() {
        elements.deallocate()
    }
}
