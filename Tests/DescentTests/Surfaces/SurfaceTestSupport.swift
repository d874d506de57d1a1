@testable import Descent

/// A catalogued surface built with given parameter values, as a test argument.
struct SurfaceCase: Sendable, CustomStringConvertible {
    let name: String
    let values: [String: Double]
    let surface: any Surface
    let domain: ViewBox

    var description: String {
        let settings = values.sorted { $0.key < $1.key }.map { "\($0.key)=\(NumberFormat.plain($0.value))" }
        return ([name] + settings).joined(separator: " ")
    }

    /// Non-default parameter values for every catalogue entry that has parameters.
    static let nonDefaultValues: [String: [String: Double]] = [
        "quadratic": ["condition": 50, "rotation": 30, "scale": 2],
        "rosenbrock": ["a": 2, "b": 10],
        "rastrigin": ["a": 3],
        "ackley": ["a": 5, "b": 0.5, "c": 3],
        "plateau": ["steepness": 2.5],
        "trap": ["tilt": 1.2],
    ]

    /// Every entry with its defaults, plus with its non-default values where it has parameters.
    static let all: [SurfaceCase] = SurfaceCatalogue.entries.flatMap { entry in
        [[:], nonDefaultValues[entry.name]].compactMap { values in
            values.map {
                SurfaceCase(name: entry.name, values: $0, surface: entry.make($0), domain: entry.domain)
            }
        }
    }
}

/// Central finite differences and comparisons, the independent reference for derivatives.
enum SurfaceCheck {
    /// Deterministic points spread over `box`, none at its centre or on its edges.
    static func samplePoints(in box: ViewBox) -> [Vec2] {
        let fractions: [(Double, Double)] = [
            (0.17, 0.29), (0.31, 0.83), (0.58, 0.44), (0.72, 0.12), (0.91, 0.67), (0.45, 0.95),
        ]
        return fractions.map { fx, fy in
            Vec2(box.x.lowerBound + fx * box.width, box.y.lowerBound + fy * box.height)
        }
    }

    /// Step for a central difference at coordinate `t`: 1e-6 relative, at least 1e-6.
    static func step(_ t: Double) -> Double { 1e-6 * max(1, abs(t)) }

    /// ∇f by central differences of the value.
    static func numericGradient(_ surface: any Surface, at p: Vec2) -> Vec2 {
        let hx = step(p.x), hy = step(p.y)
        return Vec2(
            (surface.value(at: Vec2(p.x + hx, p.y)) - surface.value(at: Vec2(p.x - hx, p.y))) / (2 * hx),
            (surface.value(at: Vec2(p.x, p.y + hy)) - surface.value(at: Vec2(p.x, p.y - hy))) / (2 * hy))
    }

    /// ∇²f by central differences of the exact gradient, symmetrised.
    static func numericHessian(_ surface: any Surface, at p: Vec2) -> SymmetricMatrix2 {
        let hx = step(p.x), hy = step(p.y)
        let dx = (surface.gradient(at: Vec2(p.x + hx, p.y)) - surface.gradient(at: Vec2(p.x - hx, p.y))) / (2 * hx)
        let dy = (surface.gradient(at: Vec2(p.x, p.y + hy)) - surface.gradient(at: Vec2(p.x, p.y - hy))) / (2 * hy)
        return SymmetricMatrix2(xx: dx.x, xy: 0.5 * (dx.y + dy.x), yy: dy.y)
    }

    /// |a − b| ≤ tolerance · max(1, |a|, |b|) in every component: relative for large values,
    /// absolute for small ones.
    static func isClose(_ a: Vec2, _ b: Vec2, tolerance: Double) -> Bool {
        let scale = max(1, a.norm, b.norm)
        return abs(a.x - b.x) <= tolerance * scale && abs(a.y - b.y) <= tolerance * scale
    }

    static func isClose(_ a: SymmetricMatrix2, _ b: SymmetricMatrix2, tolerance: Double) -> Bool {
        let scale = [1, abs(a.xx), abs(a.xy), abs(a.yy), abs(b.xx), abs(b.xy), abs(b.yy)].max()!
        return abs(a.xx - b.xx) <= tolerance * scale && abs(a.xy - b.xy) <= tolerance * scale
            && abs(a.yy - b.yy) <= tolerance * scale
    }
}
