/// A scene simulated and read: every run's trajectory and outcome, and the survey of the
/// surface they were classified against. What `render` draws and `trace` prints.
public struct SceneAnalysis: Sendable {
    /// The scene analysed.
    public let scene: Scene
    /// The panel variant the runs were simulated on.
    public let landscape: Landscape
    /// The surface runs take and outcomes are read on.
    public var surface: any Surface { landscape.exact }
    /// The surface a figure paints: the same, or a cheaper stand-in for a computed surface (a
    /// network loss sampled on a grid).
    public var drawnSurface: any Surface { landscape.drawn }
    /// Points a figure marks as minima: the surface's known minima, or a network's trained
    /// weights.
    public var marks: [Vec2] { landscape.marks }
    /// One per run of the scene, in order.
    public let trajectories: [Trajectory]
    /// The critical points and scales outcomes are read against.
    public let survey: LandscapeSurvey
    /// One per trajectory, in order.
    public let outcomes: [Outcome]

    /// Simulates every run on the landscape's exact surface concurrently, surveys it in the
    /// view, classifies each run. A curve sweep skips the escape test (nobody reads it from a
    /// curve, and it costs two gradient-flow integrations per run); the flows of the test
    /// follow the drawn surface.
    public init(_ scene: Scene, landscape: Landscape) {
        self.scene = scene
        self.landscape = landscape
        let surface = landscape.exact, drawn = landscape.drawn
        let trajectories = Simulator.simulate(scene.runs, on: surface)
        self.trajectories = trajectories
        let survey: LandscapeSurvey
        if trajectories.isEmpty && !scene.view.showCriticalPoints {
            // Nothing to classify and no point to mark (a network's training paths alone): the
            // drawn surface's scales, no search.
            survey = LandscapeSurvey(surface: drawn, view: scene.view.box, criticalPoints: [])
        } else {
            // A computed surface is searched for critical points on its drawn stand-in, then polished.
            let standIn: (any Surface)? = type(of: drawn) == type(of: surface) ? nil : drawn
            survey = LandscapeSurvey(surface: surface, view: scene.view.box,
                                     criticalPoints: CriticalPointFinder.find(on: surface, in: scene.view.box, standIn: standIn))
        }
        self.survey = survey
        let basins = scene.sweep?.layout != .curve
        // A gradient flow takes up to 20 000 gradients and Hessians. On a network's exact slice
        // each is a pass over every sample (minutes for a flow that does not arrive), so flows
        // follow the drawn surface, the grid the figure shows, towards the exact critical points.
        let flows = LandscapeSurvey(surface: drawn, view: scene.view.box, criticalPoints: survey.criticalPoints)
        outcomes = Parallel.results(trajectories.count) {
            OutcomeClassifier.classify(trajectories[$0], survey: survey, basins: basins, flows: flows)
        }
    }
}
