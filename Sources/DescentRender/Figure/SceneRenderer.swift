import Descent

/// Renders a scene end to end: resolve it, build its figure, write its formats.
public enum SceneRenderer {
    /// Writes every format `resolved.scene.output` asks for into `directory`; returns the
    /// paths written. A loss line and a curve sweep are curve figures, everything else a
    /// landscape figure.
    @discardableResult
    public static func render(_ resolved: ResolvedScene, to directory: String) throws -> [String] {
        let output = resolved.scene.output
        if resolved.isLine {
            return try FigureWriter.write(CurveFigure(profile: resolved.profile, scene: resolved.scene), name: output.name,
                                          formats: output.formats, to: directory)
        }
        if resolved.scene.sweep?.layout == .curve {
            return try FigureWriter.write(CurveFigure(analysis: resolved.analyses[0]), name: output.name,
                                          formats: output.formats, to: directory)
        }
        return try FigureWriter.write(LandscapeFigure(resolved: resolved), name: output.name, formats: output.formats,
                                      to: directory)
    }
}
