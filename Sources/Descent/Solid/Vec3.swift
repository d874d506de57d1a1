import Foundation

/// A point or vector in 3D: the parameter plane (x, y) with height z, in the normalized box of
/// a 3D view (see `SolidBox`), or in camera coordinates.
public struct Vec3: Hashable, Sendable, Codable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    public var z: Double

    public init(_ x: Double, _ y: Double, _ z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    public static let zero = Vec3(0, 0, 0)

    /// Euclidean length.
    public var norm: Double { (x * x + y * y + z * z).squareRoot() }

    public var isFinite: Bool { x.isFinite && y.isFinite && z.isFinite }

    /// The vector scaled to length 1; the zero vector stays zero.
    public var normalized: Vec3 {
        let n = norm
        return n > 0 ? self / n : self
    }

    public func dot(_ o: Vec3) -> Double { x * o.x + y * o.y + z * o.z }

    public func cross(_ o: Vec3) -> Vec3 {
        Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x)
    }

    public var description: String { "(\(x), \(y), \(z))" }

    public static func + (a: Vec3, b: Vec3) -> Vec3 { Vec3(a.x + b.x, a.y + b.y, a.z + b.z) }
    public static func - (a: Vec3, b: Vec3) -> Vec3 { Vec3(a.x - b.x, a.y - b.y, a.z - b.z) }
    public static prefix func - (a: Vec3) -> Vec3 { Vec3(-a.x, -a.y, -a.z) }
    public static func * (s: Double, a: Vec3) -> Vec3 { Vec3(s * a.x, s * a.y, s * a.z) }
    public static func / (a: Vec3, s: Double) -> Vec3 { Vec3(a.x / s, a.y / s, a.z / s) }
}
