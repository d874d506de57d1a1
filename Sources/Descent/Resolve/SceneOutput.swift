/// The outputs a command makes from a scene.
public enum SceneOutput: String, Sendable, CaseIterable {
    /// Still figures (`descent render`), also what `serve` shows.
    case render
    /// Frames, GIF, WebP, MP4 (`descent animate`).
    case animate
    /// Trajectories as CSV or JSON (`descent trace`).
    case trace
    /// The networks' training logs as CSV or JSON (`descent trace --training`).
    case trainingLog = "trace --training"
    /// The sampled surface (`descent grid`).
    case grid
    /// A 3D mesh file (`descent mesh`).
    case mesh
}

extension Scene {
    /// Why `output` cannot be made from this scene, as one line, or nil when it can. The one
    /// place commands ask, so a scene is refused the same way by every route.
    public func refusal(for output: SceneOutput) -> String? {
        switch output {
        case .render, .grid:
            return nil
        case .animate:
            if surface.isLine { return "draws a loss line, a still figure: use `descent render`" }
            if runs.isEmpty { return "has no runs to animate; add `runs:` (a network's training path is drawn still)" }
            if let sweep, sweep.layout != .overlay {
                return "an animation draws one panel; this sweep's layout is \(sweep.layout.rawValue) (use layout: overlay)"
            }
            return nil
        case .trace:
            return surface.isLine ? "draws a loss line, which has no runs to trace; `descent grid` writes its losses" : nil
        case .trainingLog:
            switch surface {
            case let .landscape(.networks(specs)), let .landscape(.line(specs, _)):
                if specs.allSatisfy({ $0.model != .mlp }) {
                    return "draws \(specs[0].model.rawValue), a two-parameter network that is not trained; its runs are traced without --training"
                }
                return specs.contains { $0.training != nil } ? nil : "has a network without `train:`, so there is no training to log"
            default:
                return "has no network to train; --training needs `surface: {network: {..., train: {...}}}`"
            }
        case .mesh:
            return surface.isLine ? "draws a loss line, which has no surface to mesh (use `plane:`)" : nil
        }
    }
}

extension ResolvedScene {
    /// Every run of every landscape, in panel order, with its outcome: what `trace` writes.
    /// With several landscapes, labels start with the landscape's title (`relu: SGD lr=0.1`).
    public var traced: (trajectories: [Trajectory], outcomes: [Outcome]) {
        let analyses = self.analyses
        let trajectories = analyses.flatMap { analysis in
            analysis.trajectories.map { trajectory in
                guard analyses.count > 1, let title = analysis.landscape.title else { return trajectory }
                var named = trajectory
                named.run.label = "\(title): \(trajectory.run.displayLabel)"
                return named
            }
        }
        return (trajectories, analyses.flatMap(\.outcomes))
    }
}
