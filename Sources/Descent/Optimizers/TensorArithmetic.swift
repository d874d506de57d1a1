/// PyTorch's element-wise tensor operations on one `Double`, with ATen's rounding order, so the
/// update rules round exactly as `torch.optim` does on the CPU.
enum TensorArithmetic {
    /// `torch.lerp(start, end, weight)`: ATen evaluates `start + weight * (end - start)` when
    /// |weight| < 0.5 and `end - (end - start) * (1 - weight)` otherwise.
    @inline(__always)
    static func lerp(_ start: Double, _ end: Double, _ weight: Double) -> Double {
        abs(weight) < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight)
    }

    /// `torch.maximum(a, b)`: the larger, and NaN when either is NaN (unlike `Swift.max`).
    @inline(__always)
    static func maximum(_ a: Double, _ b: Double) -> Double {
        if a.isNaN || b.isNaN { return .nan }
        return a > b ? a : b
    }

    /// `torch.addcmul(s, t1, t2, value: v)`: `s + v * t1 * t2`, left to right.
    @inline(__always)
    static func addcmul(_ s: Double, _ t1: Double, _ t2: Double, value: Double) -> Double {
        s + value * t1 * t2
    }

    /// `torch.addcdiv(s, t1, t2, value: v)`: `s + v * t1 / t2`, left to right.
    @inline(__always)
    static func addcdiv(_ s: Double, _ t1: Double, _ t2: Double, value: Double) -> Double {
        s + value * t1 / t2
    }
}
