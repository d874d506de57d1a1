import Dispatch

/// Data-parallel loops over index ranges, on all cores.
///
/// Every closure is `@Sendable`, so the compiler checks what each caller shares between the
/// threads. Results are written through `fill`, which hands each piece of work only its own part
/// of the output: the one place where threads write to one array, and it is here.
public enum Parallel {
    /// Calls `body` once for each consecutive range of at most `chunk` indices covering
    /// 0..<count, concurrently; returns when all calls have.
    public static func forEachRange(_ count: Int, chunk: Int, _ body: @Sendable (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let chunk = max(1, chunk)
        let pieces = (count + chunk - 1) / chunk
        if pieces == 1 { return body(0..<count) }
        DispatchQueue.concurrentPerform(iterations: pieces) { i in
            body((i * chunk)..<min(count, (i + 1) * chunk))
        }
    }

    /// Computes `array` in place, concurrently: the array is cut into blocks of `blockLength`
    /// elements (rows of an image, say; the last block may be shorter), and `body(blocks, out)`
    /// is called for consecutive ranges of at most `chunk` blocks, where `out` is the part of the
    /// array those blocks cover (`out[0]` is element `blocks.lowerBound * blockLength`).
    public static func fill<T: Sendable>(_ array: inout [T], blockLength: Int = 1, chunk: Int,
                                         _ body: @Sendable (_ blocks: Range<Int>, _ out: UnsafeMutableBufferPointer<T>) -> Void) {
        let length = max(1, blockLength), count = array.count
        array.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // Each call gets the elements of its own blocks only, so no two threads touch one element.
            nonisolated(unsafe) let start = base
            forEachRange((count + length - 1) / length, chunk: chunk) { blocks in
                let first = blocks.lowerBound * length, end = min(count, blocks.upperBound * length)
                body(blocks, UnsafeMutableBufferPointer(start: start + first, count: end - first))
            }
        }
    }

    /// `transform` applied to every element, concurrently, in order.
    public static func map(_ values: [Double], chunk: Int = 16_384, _ transform: @Sendable (Double) -> Double) -> [Double] {
        var result = values
        fill(&result, chunk: chunk) { range, out in
            for i in out.indices { out[i] = transform(values[range.lowerBound + i]) }
        }
        return result
    }

    /// `body(i)` for i in 0..<count, computed concurrently (`chunk` indices per piece of work),
    /// in order of i.
    public static func results<T: Sendable>(_ count: Int, chunk: Int = 1, _ body: @Sendable (Int) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        fill(&results, chunk: chunk) { range, out in
            for (k, i) in range.enumerated() { out[k] = body(i) }
        }
        return results.map { $0! }
    }
}
