/// A scene simulated and read: every run's trajectory and outcome, and the survey of the
/// surface they were classified against. What `render` draws and `trace` prints.
public struct SceneAnalysis: Sendable {
    public let scene: Scene
    /// The surface runs take and outcomes are read on.
    public let surface: any Surface
    /// The surface a figure paints: the same, or a cheaper stand-in for a computed surface (a
    /// network loss sampled on a grid).
    public let drawnSurface: any Surface
    /// Points a figure marks as minima: the surface's known minima, or a network's trained
    /// weights.
    public let marks: [Vec2]
    public let trajectories: [Trajectory]
    public let survey: LandscapeSurvey
    /// One per trajectory, in order.
    public let outcomes: [Outcome]

    /// The scene on its own surface.
    public init(_ scene: Scene) {
        let surface = scene.surface.makeSurface()
        self.init(scene, surface: surface, drawn: surface, marks: surface.knownMinima)
    }

    /// Simulates every run on `surface` concurrently, surveys it in the view, classifies each
    /// run. A curve sweep skips the escape test (nobody reads it from a curve, and it costs two
    /// gradient-flow integrations per run).
    public init(_ scene: Scene, surface: any Surface, drawn: any Surface, marks: [Vec2]) {
        self.scene = scene
        self.surface = surface
        drawnSurface = drawn
        self.marks = marks
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
