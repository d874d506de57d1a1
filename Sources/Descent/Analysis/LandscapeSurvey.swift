/// What descent knows about a surface within a view: its critical points, and the scales the
/// outcome rules measure against. Computed once per figure; every run is classified against it.
public struct LandscapeSurvey: Sendable {
    /// The surface surveyed.
    public let surface: any Surface
    /// The part of the plane surveyed.
    public let view: ViewBox
    /// Minima, saddles and maxima in the view (grown by 5 %), as `CriticalPointFinder` finds them.
    public let criticalPoints: [CriticalPoint]
    /// A run within this distance of a point is at it: 10⁻³ of the view's diagonal, about a
    /// pixel of a 1000-pixel figure.
    public let settleRadius: Double
    /// The 90th percentile of |∇f| over a 24 × 24 grid on the view: what a steep slope is here.
    public let gradientScale: Double
    /// The 90th percentile over the same grid of the Hessian's largest |eigenvalue|.
    public let curvatureScale: Double
    /// The largest finite f on the grid.
    public let highestValue: Double

    /// Surveys `surface` in `view`; critical points are found unless given.
    public init(surface: any Surface, view: ViewBox, criticalPoints: [CriticalPoint]? = nil) {
        self.surface = surface
        self.view = view
        self.criticalPoints = criticalPoints ?? CriticalPointFinder.find(on: surface, in: view)
        settleRadius = 1e-3 * view.diagonal
        var slopes: [Double] = [], curvatures: [Double] = [], highest = -Double.infinity
        let n = 24
        for row in 0..<n {
            for column in 0..<n {
                let p = Vec2(view.x.lowerBound + (Double(column) + 0.5) * view.width / Double(n),
                             view.y.lowerBound + (Double(row) + 0.5) * view.height / Double(n))
                let value = surface.value(at: p)
                if value.isFinite { highest = max(highest, value) }
                let slope = surface.gradient(at: p).norm
                if slope.isFinite { slopes.append(slope) }
                let (low, high) = surface.hessian(at: p).eigenvalues
                let curvature = max(abs(low), abs(high))
                if curvature.isFinite { curvatures.append(curvature) }
            }
        }
        gradientScale = Self.percentile90(slopes)
        curvatureScale = Self.percentile90(curvatures)
        highestValue = highest
    }

    /// The minima, lowest first.
    public var minima: [CriticalPoint] { criticalPoints.filter { $0.kind == .minimum } }

    /// The critical point nearest to `p`, or nil when there is none.
    public func nearestCriticalPoint(to p: Vec2) -> CriticalPoint? {
        criticalPoints.min { ($0.position - p).norm < ($1.position - p).norm }
    }

    /// The minimum nearest to `p`, or nil when there is none.
    public func nearestMinimum(to p: Vec2) -> CriticalPoint? {
        minima.min { ($0.position - p).norm < ($1.position - p).norm }
    }

    /// How a minimum ranks among the minima in view: the only one, one of the lowest (equal
    /// within 10⁻⁹ of the value range, so Himmelblau's four are all global), or higher.
    public func rank(of minimum: CriticalPoint) -> Outcome.MinimumRank {
        let values = minima.map(\.value)
        guard values.count > 1, let lowest = values.min() else { return .only }
        let tolerance = 1e-9 * max(1, abs(highestValue - lowest))
        return minimum.value <= lowest + tolerance ? .global : .local
    }

    private static func percentile90(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(0.9 * Double(sorted.count)))]
    }
}
