import Descent

/// Renders a scene end to end: simulate its runs, build its figure, write its formats.
public enum SceneRenderer {
    /// Writes every format `scene.output` asks for into `directory`; returns the paths written.
    /// `progress(done, total)` reports grid points while a computed surface is sampled.
    @discardableResult
    public static func render(_ scene: Scene, to directory: String,
                              progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> [String] {
        let output = scene.output
        if case let .landscape(.line(specs, line)) = scene.surface {
            let profile = LossProfile.build(specs, line: line, range: scene.view.box.x, count: scene.view.resolution)
            return try FigureWriter.write(CurveFigure(profile: profile, scene: scene), name: output.name, formats: output.formats,
                                          to: directory)
        }
        let analysis: SceneAnalysis
        var landscape: NetworkLandscape?
        if case let .landscape(source) = scene.surface {
            let landscapes = source.build(box: scene.view.box, resolution: scene.view.resolution, progress: progress)
            guard scene.sweep != nil else {
                let figure = try LandscapeFigure(scene: scene, source: source, landscapes: landscapes)
                return try FigureWriter.write(figure, name: output.name, formats: output.formats, to: directory)
            }
            guard landscapes.count == 1 else {
                throw RenderError("a sweep compares its values on one landscape; this scene builds \(landscapes.count)")
            }
            landscape = landscapes[0]
            analysis = SceneAnalysis(scene, surface: landscapes[0].exact, drawn: landscapes[0].drawn, marks: landscapes[0].marks)
        } else {
            analysis = SceneAnalysis(scene)
        }
        if scene.sweep?.layout == .curve {
            return try FigureWriter.write(CurveFigure(analysis: analysis), name: output.name, formats: output.formats, to: directory)
        }
        var figure = try LandscapeFigure(analysis: analysis)
        if let landscape {
            figure.xLabel = landscape.xLabel
            figure.yLabel = landscape.yLabel
        }
        return try FigureWriter.write(figure, name: output.name, formats: output.formats, to: directory)
    }
}
