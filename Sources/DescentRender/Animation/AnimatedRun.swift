import Descent

/// One run as an animation shows it: the path it draws, its loss and learning rate at each
/// step, its outcome (as the still figure's legend states it), and where it stops (settled at
/// a critical point) or ends (diverged).
struct AnimatedRun: Sendable {
    let color: RGB
    /// The points drawn: all, except that a diverged run stops at the first point outside the view.
    let points: [Vec2]
    let losses: [Double]
    /// `rates[k]` is the learning rate of update k + 1, as in `Trajectory`.
    let rates: [Double]
    /// What `OutcomeClassifier` read from the whole run.
    let outcome: Outcome
    /// What the surface's values are called in the live text: `f`, or `loss` on a network.
    let quantity: String
    /// The step from which the run stays at the critical point it ended at
    /// (`Outcome.settledStep`); it is drawn up to there.
    let settled: Int?
    /// The step at which the run diverged.
    let diverged: Int?
    /// The step from which the legend states the outcome instead of the live loss and rate:
    /// the outcome's own step (converged, stuck, plateau, diverging, diverged) or the run's last.
    let verdictStep: Int
    /// A dot at every step, decided on the whole run so that dots never come and go.
    let stepDots: Bool
    /// The points a whole trail draws: those the whole path keeps when simplified to a quarter
    /// of a pixel (all of them for runs with step dots), in increasing order.
    private(set) var kept: [Int]

    init(_ trajectory: Trajectory, outcome: Outcome, color: RGB, view: ViewBox, quantity: String = "f") {
        self.quantity = quantity
        self.color = color
        self.outcome = outcome
        points = trajectory.drawnPoints(view: view)
        losses = trajectory.losses
        rates = trajectory.learningRates
        settled = outcome.settledStep
        if case let .diverged(step) = outcome.kind { diverged = step } else { diverged = nil }
        let last = diverged ?? trajectory.points.count - 1
        verdictStep = min(outcome.step ?? last, last)
        stepDots = points.count <= PanelPainter.stepDotLimit
        kept = Array(points.indices)
    }

    /// Keeps only the points of the whole path that matter at the size `transform` draws it:
    /// dense paths (hundreds of steps within a few pixels) then stroke several times faster.
    mutating func simplify(for transform: PlotTransform) {
        guard !stepDots else { return }
        let pixels = points.map { p in
            let q = transform.point(p)
            return Vec2(q.x, q.y)
        }
        kept = PolylineSimplification.keptIndices(pixels, tolerance: 0.25)
    }

    /// The last index drawn at `step`: the step itself, or where the run settled or its drawn points end.
    func head(at step: Int) -> Int { min(step, settled ?? step, points.count - 1) }

    /// The path at `step`: the points up to its head, every one of them.
    func path(at step: Int) -> [Vec2] { Array(points[0...head(at: step)]) }

    /// The path at `step` as a whole trail draws it: the kept points before the head, then the head.
    func simplifiedPath(at step: Int) -> [Vec2] {
        let head = head(at: step)
        var low = 0, high = kept.count  // the number of kept indices below `head`
        while low < high {
            let middle = (low + high) / 2
            if kept[middle] < head { low = middle + 1 } else { high = middle }
        }
        return kept[0..<low].map { points[$0] } + [points[head]]
    }

    /// The legend's live text at `step`: `f = 0.0123  lr = 0.001` (`loss = …` on a network)
    /// while it moves, then, from the outcome's step (or the run's last), the outcome as the
    /// still figure's legend says it: `converged to (1, 1) at step 230`, `stuck at the saddle
    /// (0, 0) since step 55`, `diverged at step 12`.
    func status(at step: Int) -> String {
        if step >= verdictStep { return outcome.text(.long, quantity: quantity) }
        let i = min(step, losses.count - 1)
        // Point i was reached by update i, whose rate is rates[i − 1]; the start shows the first rate.
        return "\(quantity) = \(NumberFormat.short(losses[i]))  lr = \(NumberFormat.short(rates[max(i - 1, 0)]))"
    }
}
