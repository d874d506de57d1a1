extension Trajectory {
    /// The step from which the run stays within `tolerance` (a distance in the plane) of where it
    /// ends, when it completed and then stayed still for at least a twentieth of its steps (and
    /// at least 2 steps): the step an animation stops it at and says it converged. Nil for
    /// diverged runs and for runs still moving near their end, such as noisy SGD.
    public func settledStep(tolerance: Double) -> Int? {
        guard end == .completed, let last = points.last, points.count > 2 else { return nil }
        var first = points.count - 1
        while first > 0 && (points[first - 1] - last).norm <= tolerance { first -= 1 }
        let stillFor = points.count - 1 - first
        return stillFor >= max(2, run.steps / 20) ? first : nil
    }
}
