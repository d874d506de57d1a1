import Descent
import Synchronization

/// The encoders one animation feeds, opened before the first frame and finished after the last.
struct AnimationEncoders {
    let formats: [AnimationFormat]
    private(set) var gif: GIFFile?
    private(set) var webp: WebPAnimation?
    private(set) var video: FFmpegVideo?
    /// Maps frames to the GIF palette; nil without a GIF.
    private(set) var mapper: PaletteMapper?
    /// One nearest-colour cache and one LZW table per canvas, each used by one frame at a time.
    private(set) var lookups: [NearestColorsBox] = []
    private(set) var tables: [LZWTable] = []

    init(formats: [AnimationFormat]) { self.formats = formats }

    var writesFrames: Bool { formats.contains(.frames) }

    /// Opens an encoder per format. The GIF palette comes from the background and the last
    /// frame (every path whole), painted on `canvas`; with a moving camera, whose mesh is not
    /// in the background, also from frames a quarter, half and three quarters of the way.
    mutating func open(_ plan: AnimationPlan, settings: AnimationSettings, targets: AnimationTargets, ffmpeg: String?,
                       background: PixelImage, canvases: Int, canvas: FrameCanvas) throws {
        let (width, height) = (settings.width, settings.height)
        if formats.contains(.gif) {
            let n = settings.frames
            var samples = [background.pixels]
            for frame in Set(plan.cameraMoves ? [n / 4, n / 2, 3 * n / 4, n - 1] : [n - 1]).sorted() {
                canvas.reset(to: background)
                try FramePainter(plan: plan, g: canvas.context).paint(frame: frame)
                samples.append(canvas.withPixels { Array($0) })
            }
            let palette = GIFPalette(required: Self.requiredColors(plan), samples: samples)
            // Continuous colour (a heatmap and its colorbar) is dithered; flat bands are not.
            let layout = plan.prepared.layout
            // So is a lit mesh, in any style (drawn in the background when the camera is still).
            let meshes = plan.prepared.panels.filter { $0.solid != nil }.map(\.transform.rect)
            let continuous = plan.prepared.figure.style == .heatmap ? layout.panels + [layout.colorbar].compactMap { $0 } : meshes
            mapper = PaletteMapper(palette: palette, background: background, dithered: continuous)
            lookups = (0..<canvases).map { _ in NearestColorsBox(NearestColors(palette: palette)) }
            tables = (0..<canvases).map { _ in LZWTable() }
            gif = try GIFFile(path: targets.file(.gif).temporary, width: width, height: height, palette: palette)
        }
        if formats.contains(.webp) {
            webp = try WebPAnimation(path: targets.file(.webp).temporary, width: width, height: height)
        }
        if formats.contains(.mp4), let ffmpeg {
            video = try FFmpegVideo(executable: ffmpeg, path: targets.file(.mp4).temporary, width: width, height: height,
                                    fps: settings.fps)
        }
    }

    /// Colours a figure must show exactly: the palette's (`Palette.exactColors`), the run
    /// colours, and for a heatmap 48 steps of its colormap.
    private static func requiredColors(_ plan: AnimationPlan) -> [UInt32] {
        var colors = plan.prepared.typography.palette.exactColors.map(\.hex)
        colors += plan.runs.flatMap { $0.map(\.color.hex) } + plan.fixedPaths.flatMap { $0.map(\.color.hex) }
        if plan.prepared.figure.style == .heatmap {
            colors += plan.prepared.figure.colormap.lookupTable(count: 48).map { $0 & 0xFFFFFF }
        }
        return colors
    }

    /// Holds the last frame (`lastFrame` still shows it) for `settings.hold` seconds and completes every file.
    func finish(settings: AnimationSettings, lastFrame: FrameCanvas) throws {
        try gif?.finish(extraDelay: Int((settings.hold * 100).rounded()))
        try webp?.finish(at: AnimationWriter.milliseconds(frame: settings.frames, fps: settings.fps)
                             + Int((settings.hold * 1000).rounded()))
        if let video {
            for _ in 0..<Int((settings.hold * settings.fps).rounded()) { try lastFrame.withPixels { try video.append($0) } }
            try video.finish()
        }
    }
}

/// A nearest-colour cache that one worker at a time updates in place.
final class NearestColorsBox: Sendable {
    let value: Mutex<NearestColors>
    init(_ value: NearestColors) { self.value = Mutex(value) }
}
