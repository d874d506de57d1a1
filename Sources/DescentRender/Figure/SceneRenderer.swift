import Descent

/// Renders a scene end to end: simulate its runs, build its figure, write its formats.
public enum SceneRenderer {
    /// Writes every format `scene.output` asks for into `directory`; returns the paths written.
    /// `progress(done, total)` reports grid points while a computed surface is sampled.
    @discardableResult
    public static func render(_ scene: Scene, to directory: String,
                              progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> [String] {
        let output = scene.output
        if case let .landscape(source) = scene.surface {
            let landscapes = source.build(box: scene.view.box, resolution: scene.view.resolution, progress: progress)
            let figure = try LandscapeFigure(scene: scene, source: source, landscapes: landscapes)
            return try FigureWriter.write(figure, name: output.name, formats: output.formats, to: directory)
        }
        let analysis = SceneAnalysis(scene)
        if scene.sweep?.layout == .curve {
            return try FigureWriter.write(CurveFigure(analysis: analysis), name: output.name, formats: output.formats, to: directory)
        }
        return try FigureWriter.write(LandscapeFigure(analysis: analysis), name: output.name, formats: output.formats, to: directory)
    }
}
