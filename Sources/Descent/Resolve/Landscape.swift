/// A training path drawn on a plane: its points in plane coordinates and legend text.
public struct ProjectedPath: Sendable {
    /// Legend name: `training path`, `run 1 (init seed 0)`.
    public var label: String
    /// The training settings, as `TrainingSpec.summary`.
    public var settings: String
    /// Final losses, and where early stopping ended training if it did.
    public var outcome: String
    /// Points in the plane's (α, β) coordinates, up to the parameters kept.
    public var points: [Vec2]
}

/// One panel variant of a scene, built: the exact surface runs take, the surface drawn (the
/// same, or for a computed surface its fast grid, interpolated), the axis and value names,
/// the points marked as minima and any projected training paths. Every output of a scene
/// (figure, animation, mesh, trace, grid) reads its landscapes, so they all see one surface.
public struct Landscape: Sendable {
    /// Panel title when a scene compares variants.
    public var title: String?
    /// Exact values, gradients and Hessians (with mini-batch gradients for network slices).
    public var exact: any Surface
    /// What figures paint and meshes sample.
    public var drawn: any Surface
    /// The grid the drawn surface interpolates, when there is one.
    public var field: Field?
    /// Name of the horizontal axis: `x`, `α (random direction, filter-normalized)`, `PC1 (93.0 % of variance)`.
    public var xLabel: String
    /// Name of the vertical axis.
    public var yLabel: String
    /// What the values are: `f`, `loss`, `validation loss`, a grid file's quantity.
    public var quantity: String
    /// Training paths, projected on the plane.
    public var paths: [ProjectedPath]
    /// Points marked with a star: a surface's known minima, or a network's trained weights θ*.
    public var marks: [Vec2]

    /// A landscape from its parts.
    public init(title: String? = nil, exact: any Surface, drawn: any Surface, field: Field? = nil,
                xLabel: String = "x", yLabel: String = "y", quantity: String = "f", paths: [ProjectedPath] = [],
                marks: [Vec2]) {
        self.title = title
        self.exact = exact
        self.drawn = drawn
        self.field = field
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.quantity = quantity
        self.paths = paths
        self.marks = marks
    }

    /// A surface written down (catalogue or formula): drawn as it is, its known minima marked.
    public init(analytic surface: any Surface) {
        self.init(exact: surface, drawn: surface, marks: surface.knownMinima)
    }
}
