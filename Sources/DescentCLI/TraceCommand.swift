import ArgumentParser
import Descent

struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Print every run's trajectory of a scene to stdout, as CSV or JSON.",
        discussion: """
            CSV columns: run,label,step,x,y,loss,lr,grad_norm. Step k is the position
            after k updates; lr is the rate of the next update; a diverged run stops
            where it diverged. JSON adds each run's "outcome" (converged, trapped,
            stuck, oscillating, wandering, converging, plateau, diverged, diverging,
            moving). --outcomes prints one CSV row per run instead, with columns
            run,label,outcome,step,point_x,point_y,point_kind,final_loss,
            escaped_x,escaped_y,summary.
            Example: descent trace scenes/rosenbrock-six.yaml --format csv > paths.csv
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Argument(help: "A scene file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scene: String

    @Option(name: .shortAndLong, help: "Output format: csv or json.")
    var format: Format = .csv

    @Flag(help: "Print each run's outcome (one CSV row per run) instead of its steps.")
    var outcomes = false

    func run() throws {
        let scene = try SceneFiles.load([self.scene])[0]
        guard !scene.surface.isLine else {
            Console.error("\(self.scene): draws a loss line, which has no runs to trace; `descent grid` writes its losses")
            throw ExitCode.failure
        }
        if outcomes {
            let analysis = SceneAnalysis(scene)
            print(TraceExport.outcomesCSV(analysis.trajectories, analysis.outcomes, quantity: scene.surface.quantity), terminator: "")
            return
        }
        switch format {
        case .csv:
            print(TraceExport.csv(Simulator.simulate(scene.runs, on: scene.surface.makeSurface())), terminator: "")
        case .json:
            let analysis = SceneAnalysis(scene)
            print(TraceExport.json(analysis.trajectories, outcomes: analysis.outcomes, quantity: scene.surface.quantity), terminator: "")
        }
    }
}
