import Descent

/// Renders a scene end to end: simulate its runs, build its figure, write its formats.
public enum SceneRenderer {
    /// Writes every format `scene.output` asks for into `directory`; returns the paths written.
    /// `progress(done, total)` reports grid points while a computed surface is sampled.
    @discardableResult
    public static func render(_ scene: Scene, to directory: String,
                              progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> [String] {
        let figure: LandscapeFigure
        if case let .landscape(source) = scene.surface {
            let landscapes = source.build(box: scene.view.box, resolution: scene.view.resolution, progress: progress)
            figure = try LandscapeFigure(scene: scene, source: source, landscapes: landscapes)
        } else {
            let trajectories = Simulator.simulate(scene.runs, on: scene.surface.makeSurface())
            figure = try LandscapeFigure(scene: scene, trajectories: trajectories)
        }
        return try FigureWriter.write(figure, name: scene.output.name, formats: scene.output.formats, to: directory)
    }
}
