import ArgumentParser
import Descent
import DescentRender

extension MeshFormat: ExpressibleByArgument {}

struct MeshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mesh",
        abstract: "Export a scene's surface as a 3D mesh: OBJ or PLY (Blender, MeshLab), STL (3D printing).",
        discussion: """
            The mesh has the proportions of the scene's 3D view (z_scale, z_shift, resolution): \
            the longer side of the view is 100 mm, heights span 75 mm. OBJ and PLY carry the \
            colormap's colour and a normal at every vertex; OBJ also holds each run, laid on the \
            surface, as lines. --watertight adds walls and a 5 mm base, so every edge is shared \
            by exactly two triangles and the mesh prints as a solid.
            Example: descent mesh scenes/rosenbrock-3d.yaml --format stl --watertight
            """)

    @Argument(help: "A scene file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scene: String

    @Option(name: .shortAndLong, help: "obj, stl or ply.")
    var format: MeshFormat = .obj

    @Option(name: .shortAndLong, help: "Directory to write into (created if missing).", completion: .directory)
    var output = "renders"

    @Option(help: "Nodes along each side (8 to 400); default: the scene's resolution.")
    var resolution: Int?

    @Flag(help: "Close the mesh with walls and a base, for 3D printing.")
    var watertight = false

    @Flag(name: .shortAndLong, help: "Print nothing on success.")
    var quiet = false

    func validate() throws {
        if let resolution, !SolidView.resolutions.contains(resolution) {
            throw ValidationError("--resolution must be between \(SolidView.resolutions.lowerBound) and \(SolidView.resolutions.upperBound), got \(resolution)")
        }
    }

    func run() throws {
        let loaded = try SceneFiles.load([scene])[0]
        try OutputDirectory.prepare(output)
        let bar = quiet ? nil : ProgressBar.onTerminal()
        do {
            let paths = try MeshWriter.write(ResolvedScene(loaded, progress: bar?.resolveProgress), format: format,
                                             resolution: resolution, watertight: watertight, to: output)
            bar?.finish()
            if !quiet { for path in paths { print(path) } }
        } catch {
            bar?.finish()
            Console.error("\(scene): \(error)")
            throw ExitCode.failure
        }
    }
}
