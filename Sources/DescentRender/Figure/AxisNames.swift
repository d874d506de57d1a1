/// Short names of a surface's axes, for the edges of a 3D view's box, where a long axis label
/// would run past the box: `x`, `y` and `f`, or `PC1`, `PC2` and `loss` on a network's plane.
public struct AxisNames: Sendable, Equatable {
    /// The name of the horizontal plane axis.
    public var x: String
    /// The name of the other plane axis.
    public var y: String
    /// What the heights are.
    public var value: String

    /// Names for the three edges of a 3D box.
    public init(x: String = "x", y: String = "y", value: String = "f") {
        self.x = x
        self.y = y
        self.value = value
    }
}
