import Foundation

/// A number type a surface can be written once against, and then evaluated either fast
/// (`Double`) or with exact first and second derivatives (`Jet`).
///
/// Functions with kinks (`abs`, `relu`, `min`, `max`) choose a branch from `value`; at the kink
/// itself they return the derivative of the branch taken.
public protocol DiffScalar: Sendable {
    /// A constant: its derivatives are zero.
    init(_ constant: Double)
    /// The plain value, without derivatives.
    var value: Double { get }

    /// The sum.
    static func + (a: Self, b: Self) -> Self
    /// The difference.
    static func - (a: Self, b: Self) -> Self
    /// The product.
    static func * (a: Self, b: Self) -> Self
    /// The quotient; dividing by zero follows IEEE 754 (infinite or NaN).
    static func / (a: Self, b: Self) -> Self
    /// The negation.
    static prefix func - (a: Self) -> Self

    /// The sine of `a` in radians.
    static func sin(_ a: Self) -> Self
    /// The cosine of `a` in radians.
    static func cos(_ a: Self) -> Self
    /// The tangent of `a` in radians.
    static func tan(_ a: Self) -> Self
    /// e raised to `a`.
    static func exp(_ a: Self) -> Self
    /// The natural logarithm, defined for `a > 0`.
    static func log(_ a: Self) -> Self
    /// The square root, defined for `a ≥ 0`; its derivative is infinite at 0.
    static func sqrt(_ a: Self) -> Self
    /// The hyperbolic tangent, in (−1, 1).
    static func tanh(_ a: Self) -> Self
    /// The arctangent, in radians in (−π/2, π/2).
    static func atan(_ a: Self) -> Self
    /// `a` raised to a constant power; negative `a` is allowed for integer `exponent`.
    static func power(_ a: Self, _ exponent: Double) -> Self
    /// `a` raised to a variable power, defined for `a > 0`.
    static func pow(_ a: Self, _ b: Self) -> Self
    /// The angle of the point (`x`, `y`) from the positive x axis, in radians in (−π, π].
    static func atan2(_ y: Self, _ x: Self) -> Self
}

extension DiffScalar {
    /// The sum with a constant.
    public static func + (a: Self, b: Double) -> Self { a + Self(b) }
    /// The sum with a constant.
    public static func + (a: Double, b: Self) -> Self { Self(a) + b }
    /// The difference with a constant.
    public static func - (a: Self, b: Double) -> Self { a - Self(b) }
    /// The difference from a constant.
    public static func - (a: Double, b: Self) -> Self { Self(a) - b }
    /// The product with a constant.
    public static func * (a: Self, b: Double) -> Self { a * Self(b) }
    /// The product with a constant.
    public static func * (a: Double, b: Self) -> Self { Self(a) * b }
    /// The quotient by a constant.
    public static func / (a: Self, b: Double) -> Self { a / Self(b) }
    /// A constant divided by `b`.
    public static func / (a: Double, b: Self) -> Self { Self(a) / b }

    /// `a` times itself.
    public static func square(_ a: Self) -> Self { a * a }
    /// The absolute value; at 0 the derivative is that of `a` (the branch taken).
    public static func abs(_ a: Self) -> Self { a.value < 0 ? -a : a }
    /// The rectifier max(a, 0); at 0 the derivative is 0.
    public static func relu(_ a: Self) -> Self { a.value > 0 ? a : Self(0) }
    /// The smaller of `a` and `b`, with its derivatives; `a` when they are equal.
    public static func min(_ a: Self, _ b: Self) -> Self { b.value < a.value ? b : a }
    /// The larger of `a` and `b`, with its derivatives; `a` when they are equal.
    public static func max(_ a: Self, _ b: Self) -> Self { b.value > a.value ? b : a }

    /// The logistic function 1 / (1 + e^-a), computed without overflow for large |a|.
    public static func sigmoid(_ a: Self) -> Self {
        if a.value >= 0 { return 1.0 / (1.0 + exp(-a)) }
        let e = exp(a)
        return e / (1.0 + e)
    }

    /// log(1 + e^a), computed without overflow: a + log(1 + e^-a) for a > 0, log(1 + e^a) otherwise.
    /// One branch for the whole expression, so the derivative at 0 is σ(0) = ½ from both sides.
    public static func softplus(_ a: Self) -> Self {
        a.value > 0 ? a + log(1.0 + exp(-a)) : log(1.0 + exp(a))
    }
}

extension Double: DiffScalar {
    /// The number itself.
    @inlinable public var value: Double { self }
    /// The sine, in radians.
    @inlinable public static func sin(_ a: Double) -> Double { Foundation.sin(a) }
    /// The cosine, in radians.
    @inlinable public static func cos(_ a: Double) -> Double { Foundation.cos(a) }
    /// The tangent, in radians.
    @inlinable public static func tan(_ a: Double) -> Double { Foundation.tan(a) }
    /// e raised to `a`.
    @inlinable public static func exp(_ a: Double) -> Double { Foundation.exp(a) }
    /// The natural logarithm.
    @inlinable public static func log(_ a: Double) -> Double { Foundation.log(a) }
    /// The square root.
    @inlinable public static func sqrt(_ a: Double) -> Double { a.squareRoot() }
    /// The hyperbolic tangent.
    @inlinable public static func tanh(_ a: Double) -> Double { Foundation.tanh(a) }
    /// The arctangent, in radians.
    @inlinable public static func atan(_ a: Double) -> Double { Foundation.atan(a) }
    /// `a` raised to a constant power; squaring is done by one multiplication.
    @inlinable public static func power(_ a: Double, _ exponent: Double) -> Double {
        exponent == 2 ? a * a : Foundation.pow(a, exponent)
    }
    /// `a` raised to `b`.
    @inlinable public static func pow(_ a: Double, _ b: Double) -> Double { Foundation.pow(a, b) }
    /// The angle of (`x`, `y`) from the positive x axis, in radians in (−π, π].
    @inlinable public static func atan2(_ y: Double, _ x: Double) -> Double { Foundation.atan2(y, x) }
}
