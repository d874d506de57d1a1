import Foundation

/// A point or vector in the plane of a loss surface's two parameters.
public struct Vec2: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first coordinate.
    public var x: Double
    /// The second coordinate.
    public var y: Double

    /// The point (`x`, `y`).
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    /// The origin.
    public static let zero = Vec2(0, 0)

    /// Euclidean length.
    public var norm: Double { (x * x + y * y).squareRoot() }

    /// True when both coordinates are finite (not NaN, not infinite).
    public var isFinite: Bool { x.isFinite && y.isFinite }

    /// The dot product.
    public func dot(_ other: Vec2) -> Double { x * other.x + y * other.y }

    /// The coordinates as `(x, y)`.
    public var description: String { "(\(x), \(y))" }

    /// The sum.
    public static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(a.x + b.x, a.y + b.y) }
    /// The difference.
    public static func - (a: Vec2, b: Vec2) -> Vec2 { Vec2(a.x - b.x, a.y - b.y) }
    /// The negation.
    public static prefix func - (a: Vec2) -> Vec2 { Vec2(-a.x, -a.y) }
    /// The vector scaled by `s`.
    public static func * (s: Double, a: Vec2) -> Vec2 { Vec2(s * a.x, s * a.y) }
    /// The vector scaled by `s`.
    public static func * (a: Vec2, s: Double) -> Vec2 { Vec2(s * a.x, s * a.y) }
    /// The vector divided by `s`.
    public static func / (a: Vec2, s: Double) -> Vec2 { Vec2(a.x / s, a.y / s) }
    /// Adds `b` to `a`.
    public static func += (a: inout Vec2, b: Vec2) { a = a + b }
    /// Subtracts `b` from `a`.
    public static func -= (a: inout Vec2, b: Vec2) { a = a - b }
}
