/// A scene simulated and read: every run's trajectory and outcome, and the survey of the
/// surface they were classified against. What `render` draws and `trace` prints.
public struct SceneAnalysis: Sendable {
    public let scene: Scene
    public let surface: any Surface
    public let trajectories: [Trajectory]
    public let survey: LandscapeSurvey
    /// One per trajectory, in order.
    public let outcomes: [Outcome]

    /// Simulates every run concurrently, surveys the surface in the view, classifies each run.
    /// A curve sweep skips the escape test (nobody reads it from a curve, and it costs two
    /// gradient-flow integrations per run).
    public init(_ scene: Scene) {
        self.scene = scene
        surface = scene.surface.makeSurface()
        let trajectories = Simulator.simulate(scene.runs, on: surface)
        self.trajectories = trajectories
        let survey = LandscapeSurvey(surface: surface, view: scene.view.box)
        self.survey = survey
        let basins = scene.sweep?.layout != .curve
        outcomes = Parallel.results(trajectories.count) {
            OutcomeClassifier.classify(trajectories[$0], survey: survey, basins: basins)
        }
    }
}
