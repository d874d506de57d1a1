import ArgumentParser

@main
struct DescentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "descent",
        abstract: "Draw loss landscapes and the paths optimizers take across them.",
        discussion: """
            A scene file (YAML) says which surface, which optimizer runs and what figure to make.
            Examples:
              descent render scenes/rosenbrock-six.yaml
              descent animate scenes/rosenbrock-six.yaml
              descent watch scenes/rosenbrock-six.yaml
              descent serve scenes/rosenbrock-six.yaml --open
              descent trace scenes/rosenbrock-six.yaml --format json
              descent mesh scenes/rosenbrock-3d.yaml --format stl --watertight
              descent grid scenes/two-moons-pca.yaml --format npy
              descent merge parts/two-moons-pca.part-*-of-8.npy --output two-moons-pca.npy
              descent check scenes/*.yaml
              descent schema > descent.schema.json
              descent list
            """,
        version: "0.1.0",
        subcommands: [RenderCommand.self, AnimateCommand.self, WatchCommand.self, ServeCommand.self, TraceCommand.self, GridCommand.self, MergeCommand.self,
                      MeshCommand.self,
                      CheckCommand.self, SchemaCommand.self,
                      ListCommand.self])
}
