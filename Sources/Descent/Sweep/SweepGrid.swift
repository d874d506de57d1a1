/// How many columns a grid of panels takes when the scene does not say.
public enum SweepGrid {
    /// The column count that makes `count` square-ish panels fill a `width` × `height` figure
    /// best: the one whose cells, at the figure's aspect, are largest (ties: fewer rows).
    public static func columns(for count: Int, width: Int, height: Int) -> Int {
        guard count > 1 else { return 1 }
        var best = 1, bestSide = 0.0
        for columns in 1...count {
            let rows = (count + columns - 1) / columns
            let side = min(Double(width) / Double(columns), Double(height) / Double(rows))
            if side > bestSide + 1e-9 {
                best = columns
                bestSide = side
            }
        }
        return best
    }
}
