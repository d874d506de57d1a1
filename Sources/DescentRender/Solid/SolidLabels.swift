import Descent

/// Where the box's tick marks, tick labels and axis titles go for one frame: computed from the
/// axes and measured text, drawn by `SolidPainter`, and used by `PreparedSolid` to fit the box
/// and its labels together into the panel.
struct SolidLabels {
    /// One piece of text, centred at `center`; `box` is the room it takes on screen.
    struct Text {
        let text: String
        let center: Point
        let size: Double
        /// Rotated a quarter turn, reading up (the z axis title).
        let vertical: Bool
        let box: Rect
    }

    /// Each axis as drawn: the edge and its tick marks.
    let edges: [(from: Point, to: Point)]
    let tickMarks: [(from: Point, to: Point)]
    let texts: [Text]

    init(axes: SolidAxes, typography t: Typography, measurer: some TextMeasurer) {
        var edges: [(Point, Point)] = [], marks: [(Point, Point)] = [], texts: [Text] = []
        // Labels kept so far, on every axis: where two axes meet at a corner, the later one's
        // label gives way (z comes last).
        var placed: [Rect] = []
        for axis in axes.axes {
            edges.append((axis.from, axis.to))
            let n = axis.outward
            // An edge seen end-on (the z axis from straight above) gets no labels.
            let length = ((axis.to.x - axis.from.x) * (axis.to.x - axis.from.x) + (axis.to.y - axis.from.y) * (axis.to.y - axis.from.y)).squareRoot()
            guard length > 3 * t.tick else { continue }
            var reach = 0.0
            for (p, label) in axis.ticks {
                marks.append((p, Point(p.x + n.x * t.tickLength, p.y + n.y * t.tickLength)))
                let width = measurer.measure(label, size: t.tick, bold: false).width
                // Centre the label so that its box just clears the tick, whichever way it points.
                let half = abs(n.x) * width / 2 + abs(n.y) * 0.36 * t.tick
                let d = t.tickLength + 0.5 * t.gap + half
                let centre = Point(p.x + n.x * d, p.y + n.y * d)
                let box = Rect(x: centre.x - width / 2, y: centre.y - 0.5 * t.tick, width: width, height: t.tick)
                // On a foreshortened edge labels crowd: keep every one that touches none kept before.
                guard !placed.contains(where: { $0.inset(by: -0.25 * t.gap).intersects(box) }) else { continue }
                placed.append(box)
                reach = max(reach, d + half)
                texts.append(Text(text: label, center: centre, size: t.tick, vertical: false, box: box))
            }
            let mid = Point((axis.from.x + axis.to.x) / 2, (axis.from.y + axis.to.y) / 2)
            let title = measurer.measure(axis.title, size: t.axisLabel, bold: false)
            let half = axis.isVertical ? abs(n.x) * 0.36 * t.axisLabel + abs(n.y) * title.width / 2
                                       : abs(n.x) * title.width / 2 + abs(n.y) * 0.36 * t.axisLabel
            let d = reach + 0.6 * t.gap + half
            let centre = Point(mid.x + n.x * d, mid.y + n.y * d)
            let (w, h) = axis.isVertical ? (title.height, title.width) : (title.width, title.height)
            texts.append(Text(text: axis.title, center: centre, size: t.axisLabel, vertical: axis.isVertical,
                              box: Rect(x: centre.x - w / 2, y: centre.y - h / 2, width: w, height: h)))
        }
        self.edges = edges
        tickMarks = marks
        self.texts = texts
    }
}
