import Descent

/// Renders a scene end to end: resolve it, build its figure, write its formats.
public enum SceneRenderer {
    /// Writes `formats` (by default every format `resolved.scene.output` asks for) into
    /// `directory`; returns the paths written.
    @discardableResult
    public static func render(_ resolved: ResolvedScene, formats: [ImageFormat]? = nil, to directory: String) throws -> [String] {
        let output = resolved.scene.output, formats = formats ?? output.formats
        switch try figure(of: resolved) {
        case let .landscape(figure): return try FigureWriter.write(figure, name: output.name, formats: formats, to: directory)
        case let .curve(figure): return try FigureWriter.write(figure, name: output.name, formats: formats, to: directory)
        }
    }

    /// The figure a scene draws: a loss line and a curve sweep are curve figures, everything
    /// else a landscape figure.
    static func figure(of resolved: ResolvedScene) throws -> SceneFigure {
        if resolved.isLine { return .curve(CurveFigure(profile: resolved.profile, scene: resolved.scene)) }
        if resolved.scene.sweep?.layout == .curve { return .curve(CurveFigure(analysis: resolved.analyses[0])) }
        return .landscape(try LandscapeFigure(resolved: resolved))
    }
}

/// A scene's still figure, of one of the two kinds.
enum SceneFigure {
    case landscape(LandscapeFigure)
    case curve(CurveFigure)
}
