import ArgumentParser
import Descent

struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Print every run's trajectory of a scene to stdout, as CSV or JSON.",
        discussion: """
            CSV columns: run,label,step,x,y,loss,lr,grad_norm. Step 0 is the start; step k is the
            position after k updates; lr is the rate of the next update; a diverged run stops at
            the step where it diverged.
            Example: descent trace scenes/rosenbrock-six.yaml --format csv > paths.csv
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Argument(help: "A scene file (YAML).")
    var scene: String

    @Option(name: .shortAndLong, help: "Output format: csv or json.")
    var format: Format = .csv

    func run() throws {
        let scene = try SceneFiles.load([self.scene])[0]
        let trajectories = Simulator.simulate(scene.runs, on: scene.surface.makeSurface())
        switch format {
        case .csv: print(TraceExport.csv(trajectories), terminator: "")
        case .json: print(TraceExport.json(trajectories), terminator: "")
        }
    }
}
