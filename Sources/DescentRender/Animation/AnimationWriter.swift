import Descent
import Dispatch
import Foundation

/// Files an animation wrote.
public struct AnimationFiles: Sendable {
    /// GIF, WebP and MP4 files, in the order of the formats asked for.
    public var files: [String] = []
    /// Frame PNGs, in order.
    public var frames: [String] = []
}

/// Draws an animation's frames and streams them to every encoder asked for.
///
/// The static background is painted once. Frames are drawn in batches, one per core at a time,
/// each on its own canvas that starts as a copy of the background; within a batch, PNG and
/// GIF compression run concurrently too, and the batch is then handed in order to the GIF file,
/// the WebP encoder and ffmpeg. Memory holds one batch of frames, whatever their number.
/// All files are written under temporary names and renamed when all have succeeded.
enum AnimationWriter {
    /// Frames drawn together: enough to keep every core busy between the in-order hand-offs.
    static var batchSize: Int { max(4, 4 * ProcessInfo.processInfo.activeProcessorCount) }

    static func write(_ plan: AnimationPlan, settings: AnimationSettings, formats: [AnimationFormat],
                      ffmpeg: String?, name: String, to directory: String,
                      progress: (Int, Int) -> Void) throws -> AnimationFiles {
        let targets = AnimationTargets(directory: directory, name: name, frameCount: settings.frames)
        var encoders = AnimationEncoders(formats: formats)
        var frameFilesWritten = 0
        do {
            let background = try paintBackground(plan)
            let canvases = try (0..<min(batchSize, settings.frames)).map { _ in
                try FrameCanvas(width: settings.width, height: settings.height)
            }
            try encoders.open(plan, settings: settings, targets: targets, ffmpeg: ffmpeg, background: background,
                              canvases: canvases.count, canvas: canvases[0])
            var previous: [UInt8]?
            for start in stride(from: 0, to: settings.frames, by: canvases.count) {
                let count = min(canvases.count, settings.frames - start)
                let indices = try drawBatch(plan, frames: start..<(start + count), canvases: canvases,
                                            background: background, mapper: encoders.mapper, lookups: encoders.lookups,
                                            writesFrames: encoders.writesFrames, targets: targets)
                frameFilesWritten = start + count
                try encoders.gifFrames(indices, previous: previous, width: settings.width).enumerated().forEach { i, frame in
                    try encoders.gif?.append(frame, delay: centiseconds(frame: start + i, fps: settings.fps))
                }
                for i in 0..<count {
                    try canvases[i].withPixels { pixels in
                        try encoders.webp?.append(pixels, at: milliseconds(frame: start + i, fps: settings.fps))
                        try encoders.video?.append(pixels)
                    }
                }
                previous = indices.last ?? previous
                progress(start + count, settings.frames)
            }
            try encoders.finish(settings: settings, lastFrame: canvases[(settings.frames - 1) % canvases.count])
            var written = AnimationFiles()
            for format in formats where format != .frames {
                try rename(targets.file(format))
                written.files.append(targets.file(format).final)
            }
            if formats.contains(.frames) {
                for k in 0..<settings.frames { try rename(targets.frame(k)) }
                written.frames = (0..<settings.frames).map { targets.frame($0).final }
                for stale in targets.staleFrames() { unlink(stale) }
            }
            return written
        } catch {
            encoders.video?.cancel()
            for format in formats where format != .frames { unlink(targets.file(format).temporary) }
            for k in 0..<frameFilesWritten { unlink(targets.frame(k).temporary) }
            throw error
        }
    }

    /// Everything that does not move, painted once.
    private static func paintBackground(_ plan: AnimationPlan) throws -> PixelImage {
        let surface = try CairoSurface.image(width: plan.prepared.figure.width, height: plan.prepared.figure.height)
        try FigurePainter(prepared: plan.prepared, g: GraphicsContext(surface))
            .paintStatic(liveLegendColumn: AnimationPlan.liveColumn)
        return surface.pixels()
    }

    /// Draws `frames`, one per canvas, concurrently; writes their PNGs when asked and returns
    /// their GIF palette indices (empty without a GIF).
    private static func drawBatch(_ plan: AnimationPlan, frames: Range<Int>, canvases: [FrameCanvas],
                                  background: PixelImage, mapper: PaletteMapper?, lookups: [NearestColorsBox],
                                  writesFrames: Bool, targets: AnimationTargets) throws -> [[UInt8]] {
        let indices = ConcurrentResults<[UInt8]>(count: frames.count)
        let errors = ConcurrentResults<Error>(count: frames.count)
        DispatchQueue.concurrentPerform(iterations: frames.count) { i in
            let frame = frames.lowerBound + i, canvas = canvases[i]
            do {
                canvas.reset(to: background)
                try FramePainter(plan: plan, g: canvas.context).paint(frame: frame)
                if let mapper {
                    var out: [UInt8] = []
                    let lookup = lookups[i]
                    canvas.withPixels { mapper.map($0, into: &out, lookup: &lookup.value) }
                    indices[i] = out
                }
                if writesFrames {
                    let png = try PNGEncoder.encode(canvas.surface.pixels())
                    let file = try OutputFile(path: targets.frame(frame).temporary)
                    try file.write(png)
                    try file.close()
                }
            } catch {
                errors[i] = error
            }
        }
        if let error = errors.values.compactMap({ $0 }).first { throw error }
        return indices.values.compactMap { $0 }
    }

    /// Frame k is shown from round(100 k / fps) to round(100 (k + 1) / fps) hundredths of a second,
    /// so rounding never accumulates.
    static func centiseconds(frame: Int, fps: Double) -> Int {
        Int((Double(100 * (frame + 1)) / fps).rounded()) - Int((Double(100 * frame) / fps).rounded())
    }

    /// When frame k starts, in milliseconds.
    static func milliseconds(frame: Int, fps: Double) -> Int { Int((Double(1000 * frame) / fps).rounded()) }

    private static func rename(_ file: (temporary: String, final: String)) throws {
        guard Foundation.rename(file.temporary, file.final) == 0 else {
            throw RenderError("cannot write \(file.final): \(String(cString: strerror(errno)))")
        }
    }
}
