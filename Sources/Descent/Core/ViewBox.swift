/// A rectangle of the parameter plane: x in [xMin, xMax], y in [yMin, yMax].
public struct ViewBox: Hashable, Sendable, Codable {
    /// The range of the first parameter.
    public var x: ClosedRange<Double>
    /// The range of the second parameter.
    public var y: ClosedRange<Double>

    /// The box spanned by the two ranges.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.x = x
        self.y = y
    }

    /// The extent in x.
    public var width: Double { x.upperBound - x.lowerBound }
    /// The extent in y.
    public var height: Double { y.upperBound - y.lowerBound }

    /// Whether `p` lies in the box, edges included.
    public func contains(_ p: Vec2) -> Bool { x.contains(p.x) && y.contains(p.y) }

    /// Length of the box's diagonal.
    public var diagonal: Double { (width * width + height * height).squareRoot() }

    /// The box grown by `fraction` of its width and height on every side.
    public func grown(by fraction: Double) -> ViewBox {
        let dx = width * fraction, dy = height * fraction
        return ViewBox(x: (x.lowerBound - dx)...(x.upperBound + dx), y: (y.lowerBound - dy)...(y.upperBound + dy))
    }
}
