import Descent

/// Animates a scene end to end: simulate its runs, plan the frames, write every format.
public enum SceneAnimator {
    /// What was written, and the formats left out because a tool was missing.
    public struct Result: Sendable {
        /// The files written.
        public var written: AnimationFiles
        /// One line per format skipped, saying why and how to get it.
        public var skipped: [String]
    }

    /// Writes the formats of the scene's `animation` (or the default animation) into
    /// `directory`: every panel of the still figure, each variant's runs moving over its
    /// landscape. MP4 is skipped with a message when ffmpeg is not on PATH; with nothing else
    /// to write, that is an error. `progress(done, total)` follows the frames.
    public static func animate(_ resolved: ResolvedScene, to directory: String,
                               progress: (Int, Int) -> Void = { _, _ in }) throws -> Result {
        let scene = resolved.scene
        if let refusal = scene.refusal(for: .animate) { throw RenderError(refusal) }
        let settings = scene.animation ?? AnimationSettings()
        var formats = settings.formats
        var skipped: [String] = []
        let ffmpeg = formats.contains(.mp4) ? FFmpegVideo.locate() : nil
        if formats.contains(.mp4) && ffmpeg == nil {
            formats.removeAll { $0 == .mp4 }
            let message = "\(scene.output.name).mp4 needs ffmpeg, which is not on PATH; \(FFmpegVideo.installHint)"
            guard !formats.isEmpty else { throw RenderError(message) }
            skipped.append(message)
        }
        let analyses = resolved.analyses
        let still = try LandscapeFigure(analyses: analyses)
        let measurer = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let plan = AnimationPlan(figure: still, analyses: analyses, settings: settings, measurer: measurer)
        let written = try AnimationWriter.write(plan, settings: settings, formats: formats, ffmpeg: ffmpeg,
                                                name: scene.output.name, to: directory, progress: progress)
        return Result(written: written, skipped: skipped)
    }
}
