/// A rectangle of the parameter plane: x in [xMin, xMax], y in [yMin, yMax].
public struct ViewBox: Hashable, Sendable, Codable {
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>

    public init(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.x = x
        self.y = y
    }

    public var width: Double { x.upperBound - x.lowerBound }
    public var height: Double { y.upperBound - y.lowerBound }

    public func contains(_ p: Vec2) -> Bool { x.contains(p.x) && y.contains(p.y) }

    /// Length of the box's diagonal.
    public var diagonal: Double { (width * width + height * height).squareRoot() }

    /// The box grown by `fraction` of its width and height on every side.
    public func grown(by fraction: Double) -> ViewBox {
        let dx = width * fraction, dy = height * fraction
        return ViewBox(x: (x.lowerBound - dx)...(x.upperBound + dx), y: (y.lowerBound - dy)...(y.upperBound + dy))
    }
}
