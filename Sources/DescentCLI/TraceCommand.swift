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
            --training prints the network's own training instead: columns
            network,label,step,train_loss,validation_loss,train_accuracy,
            validation_accuracy (the ones the scene has), grad_norm_1 ... grad_norm_L
            (layer 1 = the input layer; the Frobenius norm of the gradient the next
            update takes with respect to that layer's weights, before clipping).
            Example: descent trace scenes/rosenbrock-six.yaml --format csv > paths.csv
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @Argument(help: "A scene file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scene: String

    @Option(name: .shortAndLong, help: "Output format: csv or json.")
    var format: Format = .csv

    @Flag(help: "Print each run's outcome (one CSV row per run) instead of its steps.")
    var outcomes = false

    @Flag(help: "Print the network's training (losses, accuracies, gradient norm per layer at every step) instead of the runs.")
    var training = false

    func validate() throws {
        if training && outcomes { throw ValidationError("--training and --outcomes print different tables; give one") }
    }

    func run() throws {
        let scene = try SceneFiles.load([self.scene])[0]
        if let refusal = scene.refusal(for: training ? .trainingLog : .trace) {
            Console.error("\(self.scene): \(refusal)")
            throw ExitCode.failure
        }
        let bar = ProgressBar.onTerminal()
        if training {
            let logs = ResolvedScene(scene, progress: bar?.resolveProgress).trainingLogs
            bar?.finish()
            print(format == .csv ? TrainingLog.csv(logs) : TrainingLog.json(logs), terminator: "")
            return
        }
        let traced = ResolvedScene(scene, progress: bar?.resolveProgress).traced
        bar?.finish()
        let quantity = scene.surface.quantity
        if outcomes {
            print(TraceExport.outcomesCSV(traced.trajectories, traced.outcomes, quantity: quantity), terminator: "")
            return
        }
        switch format {
        case .csv: print(TraceExport.csv(traced.trajectories), terminator: "")
        case .json: print(TraceExport.json(traced.trajectories, outcomes: traced.outcomes, quantity: quantity), terminator: "")
        }
    }
}
