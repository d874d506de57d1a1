/// The box a 3D view draws in: the view's rectangle of the plane mapped to
/// [−halfWidth, halfWidth] × [−halfDepth, halfDepth] (the longer side spans 2, the shorter
/// keeps the data's aspect when it is between 1:4 and 4:1, else also 2), and heights mapped to
/// [−halfHeight, halfHeight]. Camera distances are in these units.
public struct SolidBox: Sendable, Equatable {
    /// The rectangle of the plane the box spans.
    public let view: ViewBox
    /// Half the box's extent along x, at most 1.
    public let halfWidth: Double
    /// Half the box's extent along y, at most 1.
    public let halfDepth: Double
    /// Half the box's height: heights span [−0.75, 0.75].
    public static let halfHeight = 0.75

    /// Radius of the sphere around the largest box (2 × 2 × 1.5), the same for every view so
    /// that a field of view means the same distance everywhere.
    public static let boundingRadius = (2 + halfHeight * halfHeight).squareRoot()

    /// The box for `view`, sized by its aspect ratio.
    public init(view: ViewBox) {
        self.view = view
        let ratio = view.height / view.width
        let keepsAspect = ratio > 0.25 && ratio < 4
        halfWidth = keepsAspect && ratio > 1 ? 1 / ratio : 1
        halfDepth = keepsAspect && ratio < 1 ? ratio : 1
    }

    /// The normalized position of a point of the plane at normalized height `z`.
    public func point(_ p: Vec2, z: Double) -> Vec3 {
        Vec3(-halfWidth + 2 * halfWidth * (p.x - view.x.lowerBound) / view.width,
             -halfDepth + 2 * halfDepth * (p.y - view.y.lowerBound) / view.height, z)
    }

    /// The point of the plane under a normalized position (the inverse of `point`).
    public func plane(_ p: Vec3) -> Vec2 {
        Vec2(view.x.lowerBound + (p.x + halfWidth) / (2 * halfWidth) * view.width,
             view.y.lowerBound + (p.y + halfDepth) / (2 * halfDepth) * view.height)
    }

    /// The corner (±halfWidth, ±halfDepth, ±halfHeight) with the given signs.
    public func corner(_ sx: Double, _ sy: Double, _ sz: Double) -> Vec3 {
        Vec3(sx * halfWidth, sy * halfDepth, sz * Self.halfHeight)
    }
}
