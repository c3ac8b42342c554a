import Dispatch

extension Array where Element: Sendable {
    /// `map` over the elements on all cores, results in the original order.
    /// Register files are independent, so loading them is embarrassingly parallel.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(self[index]), at: index)
        }
        return results.values()
    }
}

/// One slot per index, each written by exactly one iteration of `concurrentPerform` and read
/// only after all of them have returned: no two threads ever touch the same slot.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func values() -> [T] { slots.compactMap { $0 } }
}
