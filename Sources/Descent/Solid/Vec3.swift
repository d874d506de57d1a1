import Foundation

/// A point or vector in 3D: the parameter plane (x, y) with height z, in the normalized box of
/// a 3D view (see `SolidBox`), or in camera coordinates.
public struct Vec3: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first coordinate.
    public var x: Double
    /// The second coordinate.
    public var y: Double
    /// The third coordinate: the height in a 3D view.
    public var z: Double

    /// The point (`x`, `y`, `z`).
    public init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    /// The origin.
    public static let zero = Vec3(0, 0, 0)

    /// Euclidean length.
    public var norm: Double { (x * x + y * y + z * z).squareRoot() }

    /// Whether all three coordinates are finite.
    public var isFinite: Bool { x.isFinite && y.isFinite && z.isFinite }

    /// The vector scaled to length 1; the zero vector stays zero.
    public var normalized: Vec3 {
        let n = norm
        return n > 0 ? self / n : self
    }

    /// The dot product.
    public func dot(_ o: Vec3) -> Double { x * o.x + y * o.y + z * o.z }

    /// The cross product, perpendicular to both (right-handed).
    public func cross(_ o: Vec3) -> Vec3 {
        Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x)
    }

    /// The coordinates as `(x, y, z)`.
    public var description: String { "(\(x), \(y), \(z))" }

    /// The sum.
    public static func + (a: Vec3, b: Vec3) -> Vec3 { Vec3(a.x + b.x, a.y + b.y, a.z + b.z) }
    /// The difference.
    public static func - (a: Vec3, b: Vec3) -> Vec3 { Vec3(a.x - b.x, a.y - b.y, a.z - b.z) }
    /// The negation.
    public static prefix func - (a: Vec3) -> Vec3 { Vec3(-a.x, -a.y, -a.z) }
    /// The vector scaled by `s`.
    public static func * (s: Double, a: Vec3) -> Vec3 { Vec3(s * a.x, s * a.y, s * a.z) }
    /// The vector divided by `s`.
    public static func / (a: Vec3, s: Double) -> Vec3 { Vec3(a.x / s, a.y / s, a.z / s) }
}
