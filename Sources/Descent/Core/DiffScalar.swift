import Foundation

/// A number type a surface can be written once against, and then evaluated either fast
/// (`Double`) or with exact first and second derivatives (`Jet`).
///
/// Functions with kinks (`abs`, `relu`, `min`, `max`) choose a branch from `value`; at the kink
/// itself they return the derivative of the branch taken.
public protocol DiffScalar: Sendable {
    init(_ constant: Double)
    /// The plain value, without derivatives.
    var value: Double { get }

    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self

    static func sin(_ a: Self) -> Self
    static func cos(_ a: Self) -> Self
    static func tan(_ a: Self) -> Self
    static func exp(_ a: Self) -> Self
    static func log(_ a: Self) -> Self
    static func sqrt(_ a: Self) -> Self
    static func tanh(_ a: Self) -> Self
    static func atan(_ a: Self) -> Self
    /// `a` raised to a constant power; negative `a` is allowed for integer `exponent`.
    static func power(_ a: Self, _ exponent: Double) -> Self
    /// `a` raised to a variable power, defined for `a > 0`.
    static func pow(_ a: Self, _ b: Self) -> Self
    static func atan2(_ y: Self, _ x: Self) -> Self
}

extension DiffScalar {
    public static func + (a: Self, b: Double) -> Self { a + Self(b) }
    public static func + (a: Double, b: Self) -> Self { Self(a) + b }
    public static func - (a: Self, b: Double) -> Self { a - Self(b) }
    public static func - (a: Double, b: Self) -> Self { Self(a) - b }
    public static func * (a: Self, b: Double) -> Self { a * Self(b) }
    public static func * (a: Double, b: Self) -> Self { Self(a) * b }
    public static func / (a: Self, b: Double) -> Self { a / Self(b) }
    public static func / (a: Double, b: Self) -> Self { Self(a) / b }

    public static func square(_ a: Self) -> Self { a * a }
    public static func abs(_ a: Self) -> Self { a.value < 0 ? -a : a }
    public static func relu(_ a: Self) -> Self { a.value > 0 ? a : Self(0) }
    public static func min(_ a: Self, _ b: Self) -> Self { b.value < a.value ? b : a }
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
    @inlinable public var value: Double { self }
    @inlinable public static func sin(_ a: Double) -> Double { Foundation.sin(a) }
    @inlinable public static func cos(_ a: Double) -> Double { Foundation.cos(a) }
    @inlinable public static func tan(_ a: Double) -> Double { Foundation.tan(a) }
    @inlinable public static func exp(_ a: Double) -> Double { Foundation.exp(a) }
    @inlinable public static func log(_ a: Double) -> Double { Foundation.log(a) }
    @inlinable public static func sqrt(_ a: Double) -> Double { a.squareRoot() }
    @inlinable public static func tanh(_ a: Double) -> Double { Foundation.tanh(a) }
    @inlinable public static func atan(_ a: Double) -> Double { Foundation.atan(a) }
    @inlinable public static func power(_ a: Double, _ exponent: Double) -> Double {
        exponent == 2 ? a * a : Foundation.pow(a, exponent)
    }
    @inlinable public static func pow(_ a: Double, _ b: Double) -> Double { Foundation.pow(a, b) }
    @inlinable public static func atan2(_ y: Double, _ x: Double) -> Double { Foundation.atan2(y, x) }
}
