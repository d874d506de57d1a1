import Descent

/// Renders a scene end to end: simulate its runs, build its figure, write its formats.
public enum SceneRenderer {
    /// Writes every format `scene.output` asks for into `directory`; returns the paths written.
    @discardableResult
    public static func render(_ scene: Scene, to directory: String) throws -> [String] {
        let trajectories = Simulator.simulate(scene.runs, on: scene.surface.makeSurface())
        let figure = try LandscapeFigure(scene: scene, trajectories: trajectories)
        return try FigureWriter.write(figure, name: scene.output.name, formats: scene.output.formats, to: directory)
    }
}
