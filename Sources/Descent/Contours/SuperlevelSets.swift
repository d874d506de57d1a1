/// Where a field reaches each level, as closed rings ready to fill: the vector form of filled
/// contour bands. Painting the box in the lowest band's colour, then the region {f ≥ level} of
/// each level in turn in the next band's colour, draws every band with no seam between them.
///
/// The field is surrounded by a frame of samples below every level, one grid step outside its
/// box, so every contour closes into a ring; rings that meet the box's border run around it
/// outside the box, and drawing clips them to the box. Each ring keeps {f ≥ level} on its left
/// (see `IsoLine`), so the rings of one level fill correctly with the even–odd rule: holes,
/// where f dips below the level, are the rings nested inside others.
public enum SuperlevelSets {
    /// For each of `levels`, in order, the closed rings bounding {f ≥ level} over `field`'s box,
    /// each repeating its first point at the end. Nil when a value is not finite (such a region
    /// has no boundary to trace), when values reach so far below zero that no finite frame lies
    /// below them, or when the field has fewer than 2 × 2 samples.
    public static func rings(_ field: Field, levels: [Double]) -> [[[Vec2]]]? {
        guard field.columns >= 2, field.rows >= 2, field.values.allSatisfy(\.isFinite),
              let range = field.finiteRange else { return nil }
        let lowest = min(range.lowerBound, levels.filter(\.isFinite).min() ?? range.lowerBound)
        // Below every value and level, by a margin that survives rounding at any magnitude.
        let below = lowest - max(1, abs(lowest))
        guard below.isFinite else { return nil }
        let (columns, rows) = (field.columns + 2, field.rows + 2)
        let dx = (field.box.x.upperBound - field.box.x.lowerBound) / Double(field.columns - 1)
        let dy = (field.box.y.upperBound - field.box.y.lowerBound) / Double(field.rows - 1)
        var values = [Double](repeating: below, count: columns * rows)
        for row in 0..<field.rows {
            let source = row * field.columns, target = (row + 1) * columns + 1
            values.replaceSubrange(target..<(target + field.columns), with: field.values[source..<(source + field.columns)])
        }
        let framed = Field(box: ViewBox(x: (field.box.x.lowerBound - dx)...(field.box.x.upperBound + dx),
                                        y: (field.box.y.lowerBound - dy)...(field.box.y.upperBound + dy)),
                           columns: columns, rows: rows, values: values)
        return MarchingSquares.isolines(framed, levels: levels).map { line in
            line.polylines.filter { $0.count >= 4 && $0.first == $0.last }
        }
    }
}
