/// Which views of the surface a figure shows.
public enum Projection: String, Sendable, CaseIterable, Codable {
    /// The plane seen from above: filled contours and paths (the default).
    case flat = "2d"
    /// The surface as a lit mesh in perspective, paths lying on it.
    case solid = "3d"
    /// Both, side by side: the 2D view on the left, the 3D view on the right.
    case both
}

/// How surface values become heights in a 3D view.
public enum HeightScale: String, Sendable, CaseIterable, Codable {
    /// Height follows f.
    case linear
    /// Height follows log₁₀(f + shift), for surfaces whose values span decades.
    case log
}

/// Where a 3D view draws contour lines.
public enum SolidContours: String, Sendable, CaseIterable, Codable {
    /// Projected on the floor of the box, under the mesh.
    case floor
    /// On the mesh itself.
    case surface
    /// On the floor and on the mesh.
    case both
    /// No contour lines.
    case none

    /// Whether lines are drawn on the floor.
    public var onFloor: Bool { self == .floor || self == .both }
    /// Whether lines are drawn on the mesh.
    public var onSurface: Bool { self == .surface || self == .both }
}

/// How a 3D view looks: camera, heights, mesh and lines.
public struct SolidView: Sendable, Equatable {
    /// Where the view is seen from.
    public var camera: Camera
    /// How values become heights.
    public var heightScale: HeightScale
    /// Added to f before a log height scale; nil takes `HeightAxis.automaticShift`.
    public var heightShift: Double?
    /// Grid lines drawn over the mesh.
    public var wireframe: Bool
    /// Where contour lines are drawn.
    public var contours: SolidContours
    /// Samples of the mesh along each side of the view.
    public var resolution: Int

    /// Mesh resolutions a scene may ask for.
    public static let resolutions = 8...400

    /// A 3D view; by default linear heights, no wireframe, contours on the floor, 100 samples a side.
    public init(camera: Camera = Camera(), heightScale: HeightScale = .linear, heightShift: Double? = nil,
                wireframe: Bool = false, contours: SolidContours = .floor, resolution: Int = 100) {
        self.camera = camera
        self.heightScale = heightScale
        self.heightShift = heightShift
        self.wireframe = wireframe
        self.contours = contours
        self.resolution = resolution
    }
}
