import Foundation

/// A value with its exact gradient and Hessian in the two surface variables (x, y):
/// second-order forward-mode automatic differentiation.
///
/// Seed with `Jet.x(_:)` and `Jet.y(_:)`; every operation applies the chain rule to first and
/// second order, so a function written against `DiffScalar` yields f, ∇f and ∇²f in one pass.
public struct Jet: DiffScalar, Hashable {
    /// The function's value.
    public var value: Double
    /// The first derivatives (∂/∂x, ∂/∂y).
    public var gradient: Vec2
    /// The second derivatives (∂²/∂x², ∂²/∂x∂y, ∂²/∂y²).
    public var hessian: SymmetricMatrix2

    /// A jet with the given value and derivatives.
    public init(value: Double, gradient: Vec2, hessian: SymmetricMatrix2) {
        self.value = value
        self.gradient = gradient
        self.hessian = hessian
    }

    /// A constant: zero gradient and Hessian.
    public init(_ constant: Double) {
        self.init(value: constant, gradient: .zero, hessian: SymmetricMatrix2(xx: 0, xy: 0, yy: 0))
    }

    /// The variable x at `value`: gradient (1, 0).
    public static func x(_ value: Double) -> Jet {
        Jet(value: value, gradient: Vec2(1, 0), hessian: SymmetricMatrix2(xx: 0, xy: 0, yy: 0))
    }

    /// The variable y at `value`: gradient (0, 1).
    public static func y(_ value: Double) -> Jet {
        Jet(value: value, gradient: Vec2(0, 1), hessian: SymmetricMatrix2(xx: 0, xy: 0, yy: 0))
    }

    /// a·b, but 0 when either factor is 0: a derivative that is infinite (√u at 0) times a
    /// direction the input does not vary in contributes nothing, not NaN.
    @inlinable
    static func times(_ a: Double, _ b: Double) -> Double { a == 0 || b == 0 ? 0 : a * b }

    /// f(u) given f(u), f'(u), f''(u): ∇f = f'∇u, ∇²f = f'∇²u + f''∇u∇uᵀ.
    @inlinable
    func chain(_ f0: Double, _ f1: Double, _ f2: Double) -> Jet {
        let g = gradient, h = hessian
        return Jet(
            value: f0,
            gradient: Vec2(Self.times(f1, g.x), Self.times(f1, g.y)),
            hessian: SymmetricMatrix2(
                xx: Self.times(f1, h.xx) + Self.times(f2, g.x * g.x),
                xy: Self.times(f1, h.xy) + Self.times(f2, g.x * g.y),
                yy: Self.times(f1, h.yy) + Self.times(f2, g.y * g.y)))
    }

    /// f(a, b) given f and its partial derivatives to second order in its two arguments.
    @inlinable
    static func chain2(
        _ a: Jet, _ b: Jet, f: Double, fa: Double, fb: Double, faa: Double, fab: Double, fbb: Double
    ) -> Jet {
        let ga = a.gradient, gb = b.gradient
        return Jet(
            value: f,
            gradient: fa * ga + fb * gb,
            hessian: SymmetricMatrix2(
                xx: fa * a.hessian.xx + fb * b.hessian.xx
                    + faa * ga.x * ga.x + 2 * fab * ga.x * gb.x + fbb * gb.x * gb.x,
                xy: fa * a.hessian.xy + fb * b.hessian.xy
                    + faa * ga.x * ga.y + fab * (ga.x * gb.y + gb.x * ga.y) + fbb * gb.x * gb.y,
                yy: fa * a.hessian.yy + fb * b.hessian.yy
                    + faa * ga.y * ga.y + 2 * fab * ga.y * gb.y + fbb * gb.y * gb.y))
    }

    /// The sum, derivatives added.
    public static func + (a: Jet, b: Jet) -> Jet {
        Jet(value: a.value + b.value, gradient: a.gradient + b.gradient,
            hessian: SymmetricMatrix2(xx: a.hessian.xx + b.hessian.xx, xy: a.hessian.xy + b.hessian.xy,
                                      yy: a.hessian.yy + b.hessian.yy))
    }

    /// The difference.
    public static func - (a: Jet, b: Jet) -> Jet { a + (-b) }

    /// The negation.
    public static prefix func - (a: Jet) -> Jet {
        Jet(value: -a.value, gradient: -a.gradient,
            hessian: SymmetricMatrix2(xx: -a.hessian.xx, xy: -a.hessian.xy, yy: -a.hessian.yy))
    }

    /// The product, by the product rule.
    public static func * (a: Jet, b: Jet) -> Jet {
        chain2(a, b, f: a.value * b.value, fa: b.value, fb: a.value, faa: 0, fab: 1, fbb: 0)
    }

    /// The quotient, by the quotient rule; at `b.value == 0` the result is infinite or NaN.
    public static func / (a: Jet, b: Jet) -> Jet {
        let r = 1 / b.value
        return chain2(a, b, f: a.value * r, fa: r, fb: -a.value * r * r,
                      faa: 0, fab: -r * r, fbb: 2 * a.value * r * r * r)
    }

    /// The sine, in radians.
    public static func sin(_ a: Jet) -> Jet {
        let s = Foundation.sin(a.value), c = Foundation.cos(a.value)
        return a.chain(s, c, -s)
    }

    /// The cosine, in radians.
    public static func cos(_ a: Jet) -> Jet {
        let s = Foundation.sin(a.value), c = Foundation.cos(a.value)
        return a.chain(c, -s, -c)
    }

    /// The tangent, in radians.
    public static func tan(_ a: Jet) -> Jet {
        let t = Foundation.tan(a.value)
        let d = 1 + t * t
        return a.chain(t, d, 2 * t * d)
    }

    /// e raised to `a`.
    public static func exp(_ a: Jet) -> Jet {
        let e = Foundation.exp(a.value)
        return a.chain(e, e, e)
    }

    /// The natural logarithm, defined for `a.value > 0`.
    public static func log(_ a: Jet) -> Jet {
        let r = 1 / a.value
        return a.chain(Foundation.log(a.value), r, -r * r)
    }

    /// The square root; its derivatives are infinite at 0.
    public static func sqrt(_ a: Jet) -> Jet {
        let s = a.value.squareRoot()
        return a.chain(s, 0.5 / s, -0.25 / (s * a.value))
    }

    /// The hyperbolic tangent.
    public static func tanh(_ a: Jet) -> Jet {
        let t = Foundation.tanh(a.value)
        let d = 1 - t * t
        return a.chain(t, d, -2 * t * d)
    }

    /// The arctangent, in radians.
    public static func atan(_ a: Jet) -> Jet {
        let d = 1 / (1 + a.value * a.value)
        return a.chain(Foundation.atan(a.value), d, -2 * a.value * d * d)
    }

    /// `a` raised to a constant power; the exponent 0 gives 1 even at `a.value == 0`.
    public static func power(_ a: Jet, _ n: Double) -> Jet {
        if n == 0 { return Jet(1) }
        if n == 1 { return a }
        if n == 2 { return a.chain(a.value * a.value, 2 * a.value, 2) }
        let u = a.value
        return a.chain(Foundation.pow(u, n), n * Foundation.pow(u, n - 1),
                       n * (n - 1) * Foundation.pow(u, n - 2))
    }

    /// `a` raised to a variable power, defined for `a.value > 0`.
    public static func pow(_ a: Jet, _ b: Jet) -> Jet {
        let u = a.value, v = b.value
        let f = Foundation.pow(u, v)
        let lnu = Foundation.log(u)
        return chain2(a, b, f: f,
                      fa: v * Foundation.pow(u, v - 1),
                      fb: f * lnu,
                      faa: v * (v - 1) * Foundation.pow(u, v - 2),
                      fab: Foundation.pow(u, v - 1) * (1 + v * lnu),
                      fbb: f * lnu * lnu)
    }

    /// The angle of (`b`, `a`) from the positive x axis, in radians: atan2(y: `a`, x: `b`).
    public static func atan2(_ a: Jet, _ b: Jet) -> Jet {
        // f(a, b) = atan2(a, b): fa = b/r², fb = -a/r², faa = -2ab/r⁴, fab = (a²-b²)/r⁴, fbb = 2ab/r⁴.
        let u = a.value, v = b.value
        let r2 = u * u + v * v
        let r4 = r2 * r2
        return chain2(a, b, f: Foundation.atan2(u, v), fa: v / r2, fb: -u / r2,
                      faa: -2 * u * v / r4, fab: (u * u - v * v) / r4, fbb: 2 * u * v / r4)
    }
}
