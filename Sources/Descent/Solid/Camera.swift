import Foundation

/// Where a 3D view is seen from: a camera on a sphere around the centre of the view's box,
/// looking at that centre with the z axis up on screen.
///
/// Angles follow matplotlib's `view_init`: `elevation` is the angle above the xy plane, in
/// degrees within −90...90 (90 looks straight down); `azimuth` turns the camera about the z
/// axis, in degrees, from the +x axis towards +y (−60 looks from the front right). `distance`
/// is the camera's distance from the centre in the units of the normalized box (see
/// `SolidBox`: the longer side of the plane spans 2), or nil for a parallel (orthographic)
/// projection, the limit of an infinitely distant camera.
public struct Camera: Sendable, Equatable, Hashable, Codable {
    /// Degrees above the xy plane, in −90...90.
    public var elevation: Double
    /// Degrees about the z axis from +x towards +y.
    public var azimuth: Double
    /// Distance from the box centre in box units, or nil for a parallel projection.
    public var distance: Double?

    /// A camera; the defaults are matplotlib's view (30°, −60°) with a 30° field of view.
    public init(elevation: Double = 30, azimuth: Double = -60, distance: Double? = Camera.distance(fieldOfView: 30)) {
        self.elevation = elevation
        self.azimuth = azimuth
        self.distance = distance
    }

    /// Elevations a camera may have, degrees.
    public static let elevations: ClosedRange<Double> = -90...90
    /// Fields of view a scene may ask for, degrees; 0 is a parallel projection.
    public static let fieldsOfView: Range<Double> = 0..<120

    /// The distance at which the box's bounding sphere fills a field of view of `degrees`
    /// (nil, a parallel projection, for 0). Figures are fitted to their panel, so the field of
    /// view sets how strong the perspective is, not how large the box appears.
    public static func distance(fieldOfView degrees: Double) -> Double? {
        guard degrees > 0 else { return nil }
        return SolidBox.boundingRadius / sin(degrees * .pi / 360)
    }

    /// The azimuth in radians, reduced to one turn first so that a huge azimuth keeps its angle.
    private var azimuthRadians: Double { azimuth.truncatingRemainder(dividingBy: 360) * .pi / 180 }

    /// Unit vector from the centre towards the camera.
    public var direction: Vec3 {
        let e = elevation * .pi / 180, a = azimuthRadians
        return Vec3(cos(e) * cos(a), cos(e) * sin(a), sin(e))
    }

    /// Unit vector pointing right on screen: horizontal, perpendicular to the azimuth, so it
    /// stays defined when looking straight down or up.
    public var right: Vec3 {
        let a = azimuthRadians
        return Vec3(-sin(a), cos(a), 0)
    }

    /// Unit vector pointing up on screen: perpendicular to `right` and the viewing direction.
    public var up: Vec3 { direction.cross(right) }

    /// The camera position, or nil for a parallel projection.
    public var position: Vec3? { distance.map { $0 * direction } }
}

/// A camera's projection with its axes computed once, for projecting many points.
public struct CameraProjection: Sendable {
    /// The camera projected from.
    public let camera: Camera
    /// Unit vector from the centre towards the camera.
    public let direction: Vec3
    /// Unit vector pointing right on screen.
    public let right: Vec3
    /// Unit vector pointing up on screen.
    public let up: Vec3

    /// The projection of `camera`.
    public init(_ camera: Camera) {
        self.camera = camera
        direction = camera.direction
        right = camera.right
        up = camera.up
    }

    /// `p` on the image plane: (u, v) with u to the right and v up, and its depth along the
    /// viewing direction (larger is farther). Units are those of the box: the plane through
    /// the centre facing the camera keeps its size, so parallel and perspective views of the
    /// same box are about as large. Requires a point in front of the camera (depth > 0 for a
    /// perspective camera), which every point of the box is when the distance exceeds
    /// `SolidBox.boundingRadius`.
    @inline(__always)
    public func project(_ p: Vec3) -> Vec3 {
        let u = p.dot(right), v = p.dot(up), along = p.dot(direction)
        guard let distance = camera.distance else { return Vec3(u, v, -along) }
        let depth = distance - along
        let s = distance / depth
        return Vec3(s * u, s * v, depth)
    }

    /// How near `p` is to the camera, larger nearer, as a quantity linear across the screen
    /// (so it can be interpolated over a projected triangle): the distance along the viewing
    /// direction for a parallel view; for a perspective one along · distance / depth, an affine
    /// function of 1/depth that keeps its precision for any camera distance.
    @inline(__always)
    public func nearness(_ p: Vec3) -> Double {
        let along = p.dot(direction)
        guard let distance = camera.distance else { return along }
        return along * (distance / (distance - along))
    }
}
