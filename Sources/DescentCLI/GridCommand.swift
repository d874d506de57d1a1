import ArgumentParser
import Descent
import DescentRender
import Foundation

struct GridCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid",
        abstract: "Export a scene's surface sampled on its grid, as CSV or .npy rows of x, y, loss.",
        discussion: """
            The grid is the scene's view with `view.resolution` points per side (default 101). A \
            network surface is computed as `render` computes it (float32, all cores); a scene \
            comparing several panels writes NAME-1, NAME-2, ... A loss line (`line:`) writes one \
            row per α: alpha, then each curve's loss and accuracy (train_loss, validation_loss, \
            train_accuracy...). Files appear whole or not at all.

            --shard i/n computes only part i of n (1 ≤ i ≤ n), a block of whole rows: of R rows, \
            rows ⌊(i−1)·R/n⌋ to ⌊i·R/n⌋ − 1, counted from the lowest y. It writes \
            NAME.part-I-of-N.csv (or .npy); `descent merge` joins the parts into the file \
            `descent grid` writes whole, bit for bit. Each part trains the network itself.

            Example: descent grid scenes/two-moons-pca.yaml --format npy --output grids
            Example: descent grid scenes/two-moons-pca.yaml --shard 3/8 --output parts
            """)

    @Argument(help: "A scene file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scene: String

    @Option(name: .shortAndLong, help: "Output format: csv or npy.")
    var format: GridFileFormat = .csv

    @Option(name: .shortAndLong, help: "Directory to write into (created if missing).", completion: .directory)
    var output = "."

    @Option(help: ArgumentHelp("Compute only part i of n of the grid's rows (1 ≤ i ≤ n).", valueName: "i/n"))
    var shard: String?

    @Flag(name: .shortAndLong, help: "Print nothing on success.")
    var quiet = false

    func validate() throws {
        if let shard, GridShard(shard) == nil {
            throw ValidationError("--shard must be i/n with whole numbers 1 ≤ i ≤ n, got `\(shard)`")
        }
    }

    func run() throws {
        let part = shard.flatMap(GridShard.init)
        let scene = try SceneFiles.load([self.scene], shards: part?.count ?? 1)[0]
        let bar = quiet ? nil : ProgressBar.onTerminal()
        let resolved = ResolvedScene(scene, progress: bar?.resolveProgress)
        let files: [(name: String, data: Data)]
        if resolved.isLine {
            guard part == nil else {
                Console.error("\(self.scene): --shard splits the rows of a 2-D grid; a loss line (`line:`) is one table, computed whole")
                throw ExitCode.failure
            }
            let table = resolved.profile.table
            files = [("\(scene.output.name).\(format.rawValue)", format.encode(header: table.header, rows: table.rows))]
        } else {
            let rows = resolved.gridRows
            if let part, part.count > rows {
                Console.error("\(self.scene): --shard \(part.index)/\(part.count): the grid has \(rows) rows, so at most \(rows) parts")
                throw ExitCode.failure
            }
            let bands = resolved.gridBands(rows: part?.rows(of: rows) ?? 0..<rows)
            files = bands.enumerated().map { index, band in
                let base = bands.count == 1 ? scene.output.name : "\(scene.output.name)-\(index + 1)"
                let name = part?.fileName(base: base, extension: format.rawValue) ?? "\(base).\(format.rawValue)"
                return (name, format.encode(band.points))
            }
        }
        bar?.finish()
        try OutputDirectory.prepare(output)
        let paths = files.map { (output as NSString).appendingPathComponent($0.name) }
        do {
            try AtomicFiles.write(Array(zip(paths, files.map(\.data))))
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
        if !quiet { for path in paths { print(path) } }
    }
}

extension GridFileFormat: ExpressibleByArgument {}
