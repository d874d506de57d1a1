/// The contour lines of one level: where a field crosses `level`, as polylines in the field's
/// plane units (the same x, y as `Field.x(column:)` and `Field.y(row:)`).
///
/// Each polyline keeps the region f ≥ level on its left (y up): rings around a maximum run
/// counter-clockwise, rings around a minimum clockwise. A closed ring repeats its first point at
/// the end; an open line ends where it meets the grid border or a cell with a non-finite corner.
/// No polyline has two equal consecutive points, and each has at least two distinct points.
public struct IsoLine: Sendable, Equatable {
    public let level: Double
    public let polylines: [[Vec2]]

    public init(level: Double, polylines: [[Vec2]]) {
        self.level = level
        self.polylines = polylines
    }
}
