/// Reads a run's outcome from its trajectory. The rules, in the order they are tried (n is the
/// number of updates made, r the survey's settle radius, W = min(50, max(8, n/4)) the window
/// of the last W updates):
///
/// 1. **diverged at step N**: the simulation stopped (`RunEnd.diverged`), or the last loss is
///    not finite (N = n).
/// 2. **diverging since step k**: the last loss is above the start's and above every f on the
///    survey's grid; k is the first update of the final stretch above it.
/// 3. **converged / trapped / stuck**: the last point lies within r of a critical point; step k
///    is the first of the final stretch of points within r of it. A minimum gives `converged`
///    (ranked only / global / local: a local rank is "trapped in a local minimum"), a saddle or
///    maximum gives `stuck`.
/// 4. **oscillating**: in the window, the steps' components along the dominant curvature axis
///    (eigenvector of the Hessian's largest |eigenvalue| at the last point) change sign in at
///    least 80 % of consecutive pairs, and the last step's half-length along it (the amplitude)
///    is at least r.
/// 5. **wandering around a minimum** (a run with noisy gradients: `noise` or mini-batches;
///    without them a run that circles is still moving): over the last min(100, n/2) points (at least 8), the mean
///    lies within half the RMS distance of the minimum nearest to it (centred on it, not parked
///    beside it), every point within a quarter of the view's diagonal, the RMS distance is at
///    least r and has not halved from the first half of those points to the second, and the
///    distance to the minimum does not fall at every step (noise that does not die out, unlike
///    a decaying spiral); radius = that RMS distance.
/// 6. **converging**: the distance to the minimum nearest the last point fell at every update
///    of the window and ends within 5 % of the start's distance from it (on its way in, not
///    yet within r).
/// 7. **plateau since step k**: at the last point, inside the view, |∇f| ≤ 1 % of the survey's gradient scale
///    and the Hessian's largest |eigenvalue| ≤ 1 % of its curvature scale (flat in every
///    direction, unlike a steep valley's floor); k is the first of the final stretch where
///    both hold.
/// 8. **still moving** otherwise, with the last loss, and the update that left the view when
///    the run ends outside it.
///
/// **Escape**: except for divergence, when gradient flow from the start leads to a minimum or
/// saddle (`GradientFlow.destination`) and the run ends elsewhere (at, around or, by its own
/// gradient flow, towards another point, or out of view), the outcome records that it escaped
/// that basin.
public enum OutcomeClassifier {
    /// The outcome of `trajectory` against `survey`; `basins` false skips the escape test (two
    /// gradient-flow integrations per run) where no one reads it, as in dense sweeps. The flows
    /// follow `flows` (by default `survey`): a survey of a cheaper stand-in of the surface with
    /// the same critical points.
    public static func classify(_ trajectory: Trajectory, survey: LandscapeSurvey, basins: Bool = true,
                                flows: LandscapeSurvey? = nil) -> Outcome {
        let flows = flows ?? survey
        let kind = self.kind(trajectory, survey: survey)
        switch kind {
        case .diverged, .diverging: return Outcome(kind)
        default: break
        }
        guard basins, let start = trajectory.points.first,
              let origin = GradientFlow.destination(from: start, survey: flows) else { return Outcome(kind) }
        let end = Outcome(kind).point ?? trajectory.points.last.flatMap { GradientFlow.destination(from: $0, survey: flows) }
        return Outcome(kind, escaped: end?.position == origin.position ? nil : origin)
    }

    static func kind(_ t: Trajectory, survey: LandscapeSurvey) -> Outcome.Kind {
        let points = t.points, losses = t.losses
        let n = points.count - 1
        if case let .diverged(step) = t.end { return .diverged(step: step) }
        guard let last = points.last, let lastLoss = losses.last, lastLoss.isFinite else { return .diverged(step: n) }

        if lastLoss > losses[0] && lastLoss > survey.highestValue {
            return .diverging(step: finalStretch(n) { losses[$0] > survey.highestValue })
        }

        let r = survey.settleRadius
        if let c = survey.nearestCriticalPoint(to: last), (c.position - last).norm <= r {
            let step = finalStretch(n) { (points[$0] - c.position).norm <= r }
            return c.kind == .minimum ? .converged(c, step: step, rank: survey.rank(of: c)) : .stuck(c, step: step)
        }

        let window = min(50, max(8, n / 4))
        if n >= 4, let amplitude = oscillation(points, window: min(window, n), survey: survey) {
            return .oscillating(amplitude: amplitude)
        }
        if t.run.noise > 0 || t.run.batchSize != nil, let (minimum, radius) = wandering(points, survey: survey) {
            return .wandering(minimum, radius: radius)
        }
        if n >= 8, let minimum = converging(points, window: min(window, n), survey: survey) {
            return .converging(minimum, loss: lastLoss, rank: survey.rank(of: minimum))
        }
        // Flat is judged against the view's scales, so only inside the view.
        if survey.view.contains(last), isFlat(last, survey: survey) {
            return .plateau(step: finalStretch(n) { isFlat(points[$0], survey: survey) }, loss: lastLoss)
        }
        let leftView: Int? = survey.view.contains(last)
            ? nil : finalStretch(n) { !survey.view.contains(points[$0]) }
        return .moving(loss: lastLoss, leftView: leftView)
    }

    /// The first index of the final stretch of 0...n where `holds` is true (n when only n).
    static func finalStretch(_ n: Int, _ holds: (Int) -> Bool) -> Int {
        var k = n
        while k > 0 && holds(k - 1) { k -= 1 }
        return k
    }

    /// The amplitude of an oscillation along the dominant curvature axis, or nil (rule 4).
    static func oscillation(_ points: [Vec2], window: Int, survey: LandscapeSurvey) -> Double? {
        let n = points.count - 1
        let axis = survey.surface.hessian(at: points[n]).dominantEigenvector
        let along = ((n - window + 1)...n).map { (points[$0] - points[$0 - 1]).dot(axis) }
        let flips = zip(along, along.dropFirst()).filter { $0 * $1 < 0 }.count
        let amplitude = abs(along[along.count - 1]) / 2
        guard Double(flips) >= 0.8 * Double(along.count - 1), amplitude >= survey.settleRadius else { return nil }
        return amplitude
    }

    /// The minimum a run wanders around and the RMS radius, or nil (rule 5).
    static func wandering(_ points: [Vec2], survey: LandscapeSurvey) -> (CriticalPoint, Double)? {
        let window = min(100, (points.count - 1) / 2)
        guard window >= 8 else { return nil }
        let recent = Array(points.suffix(window + 1))
        let mean = recent.reduce(Vec2.zero, +) / Double(recent.count)
        guard let minimum = survey.nearestMinimum(to: mean) else { return nil }
        func rms(_ part: ArraySlice<Vec2>) -> Double {
            (part.reduce(0.0) { $0 + ($1 - minimum.position).dot($1 - minimum.position) } / Double(part.count)).squareRoot()
        }
        let radius = rms(recent[...])
        let reach = 0.25 * survey.view.diagonal
        guard radius >= survey.settleRadius, (mean - minimum.position).norm <= 0.5 * radius,
              recent.allSatisfy({ ($0 - minimum.position).norm <= reach }),
              rms(recent[(recent.count / 2)...]) >= 0.5 * rms(recent[..<(recent.count / 2)]) else { return nil }
        let distances = recent.map { ($0 - minimum.position).norm }
        guard !zip(distances, distances.dropFirst()).allSatisfy({ $1 < $0 }) else { return nil }
        return (minimum, radius)
    }

    /// The minimum a run heads straight into, or nil (rule 6).
    static func converging(_ points: [Vec2], window: Int, survey: LandscapeSurvey) -> CriticalPoint? {
        guard let last = points.last, let minimum = survey.nearestMinimum(to: last) else { return nil }
        let distances = points.suffix(window + 1).map { ($0 - minimum.position).norm }
        let start = (points[0] - minimum.position).norm
        guard zip(distances, distances.dropFirst()).allSatisfy({ $1 < $0 }), distances.last! <= 0.05 * start else { return nil }
        return minimum
    }

    /// Slope and curvature both below 1 % of the survey's scales (rule 7).
    static func isFlat(_ p: Vec2, survey: LandscapeSurvey) -> Bool {
        let slope = survey.surface.gradient(at: p).norm
        let (low, high) = survey.surface.hessian(at: p).eigenvalues
        return slope <= 0.01 * survey.gradientScale && max(abs(low), abs(high)) <= 0.01 * survey.curvatureScale
    }
}
