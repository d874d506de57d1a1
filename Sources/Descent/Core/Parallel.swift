import Dispatch

/// Data-parallel loops over index ranges, on all cores.
public enum Parallel {
    /// Calls `body` once for each consecutive range of at most `chunk` indices covering
    /// 0..<count, concurrently; returns when all calls have.
    public static func forEachRange(_ count: Int, chunk: Int, _ body: (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let chunk = max(1, chunk)
        let pieces = (count + chunk - 1) / chunk
        if pieces == 1 { return body(0..<count) }
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let body = body
            DispatchQueue.concurrentPerform(iterations: pieces) { i in
                body((i * chunk)..<min(count, (i + 1) * chunk))
            }
        }
    }

    /// `transform` applied to every element, concurrently, in order.
    public static func map(_ values: [Double], chunk: Int = 16_384, _ transform: (Double) -> Double) -> [Double] {
        var result = [Double](repeating: 0, count: values.count)
        result.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            values.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let input = input
                forEachRange(values.count, chunk: chunk) { range in
                    for i in range { out[i] = transform(input[i]) }
                }
            }
        }
        return result
    }

    /// `body(i)` for i in 0..<count, computed concurrently, in order of i.
    public static func results<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            nonisolated(unsafe) let slots = base
            withoutActuallyEscaping(body) { body in
                nonisolated(unsafe) let body = body
                DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = body(i) }
            }
        }
        return results.map { $0! }
    }
}
