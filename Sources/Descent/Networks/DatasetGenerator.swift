import Foundation

/// A synthetic data set, generated deterministically from its seed with `NoiseGenerator`.
///
/// Classification: `twoMoons` (as scikit-learn's `make_moons(shuffle=False)`: the upper moon
/// first, class 0), `circles` (`make_circles`: outer circle class 0, inner class 1, radius
/// `factor`), `spirals` (two interleaved arms of `turns` turns), `xor` (uniform in [−1, 1]²,
/// class 1 where x·y < 0), `blobs` (`centers` Gaussian clusters of standard deviation `spread`,
/// centres uniform in [−4, 4]^features). Regression on x uniform in [−1, 1]: `linear`
/// (y = slope·x + intercept) and `polynomial` (y = Σ cₖ xᵏ). `noise` is the standard deviation
/// of Gaussian noise added to every input coordinate (classification) or to y (regression).
public enum DatasetGenerator: Sendable, Equatable {
    /// Two interleaving half circles, as scikit-learn's `make_moons(shuffle=False)`.
    case twoMoons(samples: Int, noise: Double, seed: UInt64)
    /// Two concentric circles, the inner of radius `factor`, as scikit-learn's `make_circles`.
    case circles(samples: Int, noise: Double, factor: Double, seed: UInt64)
    /// Two interleaved spiral arms of `turns` turns.
    case spirals(samples: Int, noise: Double, turns: Double, seed: UInt64)
    /// Points uniform in [−1, 1]², class 1 where x·y < 0.
    case xor(samples: Int, noise: Double, seed: UInt64)
    /// `centers` Gaussian clusters of standard deviation `spread` in `features` dimensions.
    case blobs(samples: Int, centers: Int, features: Int, spread: Double, seed: UInt64)
    /// y = slope·x + intercept plus noise, x uniform in [−1, 1].
    case linear(samples: Int, noise: Double, slope: Double, intercept: Double, seed: UInt64)
    /// y = Σ cₖ xᵏ plus noise, x uniform in [−1, 1]; `coefficients` from c₀ up.
    case polynomial(samples: Int, noise: Double, coefficients: [Double], seed: UInt64)

    /// The scene-file names, in `descent list` order.
    public static let names = ["two_moons", "circles", "spirals", "xor", "blobs", "linear", "polynomial"]

    /// Number of samples generated.
    public var samples: Int {
        switch self {
        case let .twoMoons(n, _, _), let .circles(n, _, _, _), let .spirals(n, _, _, _), let .xor(n, _, _),
             let .blobs(n, _, _, _, _), let .linear(n, _, _, _, _), let .polynomial(n, _, _, _): n
        }
    }

    /// The samples, the same for the same case on every platform.
    public func generate() -> Dataset {
        switch self {
        case let .twoMoons(n, noise, seed):
            let outer = n / 2, inner = n - outer
            var x: [Double] = [], t: [Double] = []
            for i in 0..<outer {
                let a = outer > 1 ? Double.pi * Double(i) / Double(outer - 1) : 0
                x += [cos(a), sin(a)]
                t.append(0)
            }
            for i in 0..<inner {
                let a = inner > 1 ? Double.pi * Double(i) / Double(inner - 1) : 0
                x += [1 - cos(a), 1 - sin(a) - 0.5]
                t.append(1)
            }
            return Self.classes(Self.noised(x, noise, seed), t, features: 2, classes: 2)
        case let .circles(n, noise, factor, seed):
            let outer = n / 2, inner = n - outer
            var x: [Double] = [], t: [Double] = []
            for i in 0..<outer {
                let a = 2 * Double.pi * Double(i) / Double(outer)
                x += [cos(a), sin(a)]
                t.append(0)
            }
            for i in 0..<inner {
                let a = 2 * Double.pi * Double(i) / Double(inner)
                x += [factor * cos(a), factor * sin(a)]
                t.append(1)
            }
            return Self.classes(Self.noised(x, noise, seed), t, features: 2, classes: 2)
        case let .spirals(n, noise, turns, seed):
            var x: [Double] = [], t: [Double] = []
            for arm in 0..<2 {
                let m = arm == 0 ? n / 2 : n - n / 2
                for i in 0..<m {
                    let s = m > 1 ? Double(i) / Double(m - 1) : 0
                    let r = 0.1 + 0.9 * s
                    let a = 2 * Double.pi * turns * s + Double(arm) * Double.pi
                    x += [r * cos(a), r * sin(a)]
                    t.append(Double(arm))
                }
            }
            return Self.classes(Self.noised(x, noise, seed), t, features: 2, classes: 2)
        case let .xor(n, noise, seed):
            var rng = NoiseGenerator(seed: seed)
            var x: [Double] = [], t: [Double] = []
            for _ in 0..<n {
                let a = 2 * rng.nextUniform() - 1, b = 2 * rng.nextUniform() - 1
                x += [a, b]
                t.append(a * b < 0 ? 1 : 0)
            }
            return Self.classes(Self.noised(x, noise, seed &+ 1), t, features: 2, classes: 2)
        case let .blobs(n, k, d, spread, seed):
            var rng = NoiseGenerator(seed: seed)
            let centres = (0..<(k * d)).map { _ in 8 * rng.nextUniform() - 4 }
            var x: [Double] = [], t: [Double] = []
            for i in 0..<n {
                let c = i % k
                for j in 0..<d { x.append(centres[c * d + j] + spread * rng.nextGaussian()) }
                t.append(Double(c))
            }
            return Self.classes(x, t, features: d, classes: k)
        case let .linear(n, noise, slope, intercept, seed):
            return Self.regression(n, noise, seed) { slope * $0 + intercept }
        case let .polynomial(n, noise, coefficients, seed):
            return Self.regression(n, noise, seed) { x in coefficients.reversed().reduce(0) { $0 * x + $1 } }
        }
    }

    private static func noised(_ x: [Double], _ noise: Double, _ seed: UInt64) -> [Double] {
        guard noise > 0 else { return x }
        var rng = NoiseGenerator(seed: seed)
        return x.map { $0 + noise * rng.nextGaussian() }
    }

    private static func classes(_ x: [Double], _ t: [Double], features: Int, classes: Int) -> Dataset {
        Dataset(inputs: x, targets: t, featureCount: features, targetWidth: 1, task: .classification(classes: classes))
    }

    private static func regression(_ n: Int, _ noise: Double, _ seed: UInt64, _ f: (Double) -> Double) -> Dataset {
        var rng = NoiseGenerator(seed: seed)
        let x = (0..<n).map { _ in 2 * rng.nextUniform() - 1 }
        let y = x.map { f($0) + noise * rng.nextGaussian() }
        return Dataset(inputs: x, targets: y, featureCount: 1, targetWidth: 1, task: .regression)
    }
}
