/// The contour lines of one level: where a field crosses `level`, as polylines in the field's
/// plane units (the same x, y as `Field.x(column:)` and `Field.y(row:)`).
///
/// Each polyline keeps the region f ≥ level on its left (y up): rings around a maximum run
/// counter-clockwise, rings around a minimum clockwise. A closed ring repeats its first point at
/// the end; an open line ends where it meets the grid border or a cell with a non-finite corner.
/// No polyline has two equal consecutive points, and each has at least two distinct points.
public struct IsoLine: Sendable, Equatable {
    /// The value the lines trace.
    public let level: Double
    /// The lines, each a sequence of points in plane units.
    public let polylines: [[Vec2]]

    /// The contour of `level` made of `polylines`.
    public init(level: Double, polylines: [[Vec2]]) {
        self.level = level
        self.polylines = polylines
    }
}
