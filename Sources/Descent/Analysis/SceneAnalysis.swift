/// A scene simulated and read: every run's trajectory and outcome, and the survey of the
/// surface they were classified against. What `render` draws and `trace` prints.
public struct SceneAnalysis: Sendable {
    /// The scene analysed.
    public let scene: Scene
    /// The surface runs take and outcomes are read on.
    public let surface: any Surface
    /// The surface a figure paints: the same, or a cheaper stand-in for a computed surface (a
    /// network loss sampled on a grid).
    public let drawnSurface: any Surface
    /// Points a figure marks as minima: the surface's known minima, or a network's trained
    /// weights.
    public let marks: [Vec2]
    /// One per run of the scene, in order.
    public let trajectories: [Trajectory]
    /// The critical points and scales outcomes are read against.
    public let survey: LandscapeSurvey
    /// One per trajectory, in order.
    public let outcomes: [Outcome]

    /// The scene on its own surface; a computed surface (a network, a grid file) is built on
    /// the view's grid as `render` builds it, its first panel drawn from the grid.
    public init(_ scene: Scene) {
        if case let .landscape(source) = scene.surface {
            let landscape = source.firstLandscape(box: scene.view.box, resolution: scene.view.resolution)
            self.init(scene, surface: landscape.exact, drawn: landscape.drawn, marks: landscape.marks)
        } else {
            let surface = scene.surface.makeSurface()
            self.init(scene, surface: surface, drawn: surface, marks: surface.knownMinima)
        }
    }

    /// Simulates every run on `surface` concurrently, surveys it in the view, classifies each
    /// run. A curve sweep skips the escape test (nobody reads it from a curve, and it costs two
    /// gradient-flow integrations per run); the flows of the test follow `drawn`.
    public init(_ scene: Scene, surface: any Surface, drawn: any Surface, marks: [Vec2]) {
        self.scene = scene
        self.surface = surface
        drawnSurface = drawn
        self.marks = marks
        let trajectories = Simulator.simulate(scene.runs, on: surface)
        self.trajectories = trajectories
        // A computed surface is searched for critical points on its drawn stand-in, then polished.
        let standIn: (any Surface)? = type(of: drawn) == type(of: surface) ? nil : drawn
        let survey = LandscapeSurvey(surface: surface, view: scene.view.box,
                                     criticalPoints: CriticalPointFinder.find(on: surface, in: scene.view.box, standIn: standIn))
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
