import Foundation
@testable import Descent

/// Helpers for the `Jet` tests: numeric derivatives of the plain `Double` evaluation, and
/// closeness with a relative tolerance.
enum JetTesting {
    /// ∇f by central differences of `value(at:)`, step `h` (truncation error O(h²)).
    static func numericGradient(_ s: some Surface, at p: Vec2, h: Double = 1e-6) -> Vec2 {
        let fx = (s.value(at: Vec2(p.x + h, p.y)) - s.value(at: Vec2(p.x - h, p.y))) / (2 * h)
        let fy = (s.value(at: Vec2(p.x, p.y + h)) - s.value(at: Vec2(p.x, p.y - h))) / (2 * h)
        return Vec2(fx, fy)
    }

    /// ∇²f by second central differences of `value(at:)` only (independent of any gradient code).
    static func numericHessian(_ s: some Surface, at p: Vec2, h: Double = 1e-4) -> SymmetricMatrix2 {
        func f(_ dx: Double, _ dy: Double) -> Double { s.value(at: Vec2(p.x + dx * h, p.y + dy * h)) }
        let f0 = f(0, 0)
        return SymmetricMatrix2(
            xx: (f(1, 0) - 2 * f0 + f(-1, 0)) / (h * h),
            xy: (f(1, 1) - f(1, -1) - f(-1, 1) + f(-1, -1)) / (4 * h * h),
            yy: (f(0, 1) - 2 * f0 + f(0, -1)) / (h * h))
    }

    /// |a − b| ≤ tolerance · max(1, |b|).
    static func isClose(_ a: Double, _ b: Double, tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(b))
    }

    static func isClose(_ a: Vec2, _ b: Vec2, tolerance: Double) -> Bool {
        isClose(a.x, b.x, tolerance: tolerance) && isClose(a.y, b.y, tolerance: tolerance)
    }

    static func isClose(_ a: SymmetricMatrix2, _ b: SymmetricMatrix2, tolerance: Double) -> Bool {
        isClose(a.xx, b.xx, tolerance: tolerance) && isClose(a.xy, b.xy, tolerance: tolerance)
            && isClose(a.yy, b.yy, tolerance: tolerance)
    }

    /// True when value, gradient and Hessian have no NaN and no infinity.
    static func isAllFinite(_ j: Jet) -> Bool {
        j.value.isFinite && j.gradient.isFinite && j.hessian.xx.isFinite && j.hessian.xy.isFinite
            && j.hessian.yy.isFinite
    }
}

/// SplitMix64: a small seeded generator, so property tests see the same inputs on every run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
