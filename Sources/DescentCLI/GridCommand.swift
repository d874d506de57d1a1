import ArgumentParser
import Descent
import Foundation

struct GridCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid",
        abstract: "Export a scene's surface sampled on its grid, as CSV or .npy rows of x, y, loss.",
        discussion: """
            The grid is the scene's view with `view.resolution` points per side (default 101). A
            network surface is computed as `render` computes it (float32, all cores); a scene
            comparing several panels writes NAME-1, NAME-2, ... Files appear whole or not at all.
            Example: descent grid scenes/two-moons-pca.yaml --format npy --output grids
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, npy }

    @Argument(help: "A scene file (YAML).")
    var scene: String

    @Option(name: .shortAndLong, help: "Output format: csv or npy.")
    var format: Format = .csv

    @Option(name: .shortAndLong, help: "Directory to write into (created if missing).")
    var output = "."

    @Flag(name: .shortAndLong, help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        let scene = try SceneFiles.load([self.scene])[0]
        try OutputDirectory.prepare(output)
        let fields = Self.fields(scene)
        let name = scene.output.name
        var files: [(path: String, data: Data)] = []
        for (index, field) in fields.enumerated() {
            let base = fields.count == 1 ? name : "\(name)-\(index + 1)"
            let rows = GridPoints.points(field)
            let data: Data = switch format {
            case .csv: Data(CSVTable.text(header: ["x", "y", "loss"], rows: rows).utf8)
            case .npy: NPYArray(shape: [rows.count, 3], values: rows.flatMap { $0 }).data
            }
            files.append(((output as NSString).appendingPathComponent("\(base).\(format.rawValue)"), data))
        }
        for file in files {
            do {
                try file.data.write(to: URL(fileURLWithPath: file.path), options: .atomic)
            } catch {
                Console.error("\(file.path): cannot write")
                throw ExitCode.failure
            }
            if !quiet { print(file.path) }
        }
    }

    /// The scene's surface on its grid: computed landscapes, or any surface sampled.
    static func fields(_ scene: Scene) -> [Field] {
        let n = scene.view.resolution, box = scene.view.box
        guard case let .landscape(source) = scene.surface else {
            return [Field.sample(scene.surface.makeSurface(), box: box, columns: n, rows: n)]
        }
        let bar = ProgressBar.onTerminal("grid")
        defer { bar?.finish() }
        let progress = bar.map { b in { @Sendable (done: Int, total: Int) in b.update(done, total) } }
        return source.build(box: box, resolution: n, progress: progress)
            .map { landscape in landscape.field ?? Field.sample(landscape.drawn, box: box, columns: n, rows: n) }
    }
}
