import Descent

/// Renders a scene end to end: simulate its runs, build its figure, write its formats.
public enum SceneRenderer {
    /// Writes every format `scene.output` asks for into `directory`; returns the paths written.
    @discardableResult
    public static func render(_ scene: Scene, to directory: String) throws -> [String] {
        let analysis = SceneAnalysis(scene)
        let output = scene.output
        if scene.sweep?.layout == .curve {
            return try FigureWriter.write(CurveFigure(analysis: analysis), name: output.name, formats: output.formats, to: directory)
        }
        return try FigureWriter.write(LandscapeFigure(analysis: analysis), name: output.name, formats: output.formats, to: directory)
    }
}
