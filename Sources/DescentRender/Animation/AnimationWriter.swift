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
/// GIF compression run concurrently too; the batch is then handed in order to the WebP encoder
/// and ffmpeg, and to a background thread that writes PNG files and GIF frames while the next
/// batch is drawn. Memory holds one batch of frames, whatever their number.
/// All files are written under temporary names and renamed when all have succeeded.
enum AnimationWriter {
    /// Frames drawn together: 4 per core keeps every core busy between the in-order hand-offs;
    /// each needs a canvas, a 2 MB LZW table and a deflate stream, so no more than that.
    static var batchSize: Int { 4 * ProcessInfo.processInfo.activeProcessorCount }

    static func write(_ plan: AnimationPlan, settings: AnimationSettings, formats: [AnimationFormat],
                      ffmpeg: String?, name: String, to directory: String,
                      progress: (Int, Int) -> Void) throws -> AnimationFiles {
        let targets = AnimationTargets(directory: directory, name: name, frameCount: settings.frames)
        AtomicFiles.removeStalePartials(in: directory)
        var encoders = AnimationEncoders(formats: formats)
        let output = InOrderOutput()
        do {
            let background = try paintBackground(plan)
            let canvases = try (0..<min(batchSize, settings.frames)).map { _ in
                try FrameCanvas(width: settings.width, height: settings.height)
            }
            try encoders.open(plan, settings: settings, targets: targets, ffmpeg: ffmpeg, background: background,
                              canvases: canvases.count, canvas: canvases[0])
            let pngs = formats.contains(.frames) ? PNGBands(width: settings.width, height: settings.height) : nil
            let compressors = try (0..<(pngs == nil ? 0 : canvases.count)).map { _ in try BandCompressor() }
            let gif = encoders.gif
            var previous = Previous()
            for start in stride(from: 0, to: settings.frames, by: canvases.count) {
                let frames = start..<min(settings.frames, start + canvases.count)
                let indices = try drawBatch(plan, frames: frames, canvases: canvases, background: background,
                                            mapper: encoders.mapper, lookups: encoders.lookups)
                let compressed = try compressBatch(frames.count, canvases: canvases, indices: indices, previous: previous,
                                                   gif: gif != nil ? encoders.tables : nil, pngs: pngs,
                                                   compressors: compressors)
                let fps = settings.fps
                try output.submit {
                    for (i, frame) in frames.enumerated() {
                        if let pngs {
                            let file = try OutputFile(path: targets.frame(frame).temporary)
                            output.frameFilesWritten = frame + 1
                            try file.write(try pngs.png(compressed.bands[i]))
                            try file.close()
                        }
                        try gif?.append(compressed.gif[i], delay: centiseconds(frame: frame, fps: fps))
                    }
                }
                for (i, frame) in frames.enumerated() {
                    try canvases[i].withPixels { pixels in
                        try encoders.webp?.append(pixels, at: milliseconds(frame: frame, fps: settings.fps))
                        try encoders.video?.append(pixels)
                    }
                }
                previous = Previous(indices: indices.last,
                                    pixels: pngs == nil ? nil : canvases[frames.count - 1].withPixels { Array($0) })
                progress(frames.upperBound, settings.frames)
            }
            try output.finish()
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
            try? output.finish()
            let frameFilesWritten = output.frameFilesWritten
            encoders.video?.cancel()
            for format in formats where format != .frames { unlink(targets.file(format).temporary) }
            for k in 0..<frameFilesWritten { unlink(targets.frame(k).temporary) }
            throw error
        }
    }

    /// The last frame of the previous batch, which the next batch's first frame is compressed against.
    private struct Previous {
        var indices: [UInt8]?
        var pixels: [UInt32]?
    }

    /// Everything that does not move, painted once: 3D panels too, unless the camera moves.
    static func paintBackground(_ plan: AnimationPlan) throws -> PixelImage {
        let surface = try CairoSurface.image(width: plan.prepared.figure.width, height: plan.prepared.figure.height)
        try FigurePainter(prepared: plan.prepared, g: GraphicsContext(surface))
            .paintStatic(live: (AnimationPlan.liveColumn, plan.liveEntries), solidPanels: !plan.cameraMoves)
        return surface.pixels()
    }

    /// Draws `frames`, one per canvas, concurrently; returns their GIF palette indices (empty
    /// without a GIF).
    private static func drawBatch(_ plan: AnimationPlan, frames: Range<Int>, canvases: [FrameCanvas],
                                  background: PixelImage, mapper: PaletteMapper?,
                                  lookups: [NearestColorsBox]) throws -> [[UInt8]] {
        let drawn = Parallel.results(frames.count) { i in
            Result { () throws -> [UInt8]? in
                let canvas = canvases[i]
                canvas.reset(to: background)
                try FramePainter(plan: plan, g: canvas.context).paint(frame: frames.lowerBound + i)
                guard let mapper else { return nil }
                return lookups[i].value.withLock { lookup in
                    var out: [UInt8] = []
                    canvas.withPixels { mapper.map($0, into: &out, lookup: &lookup) }
                    return out
                }
            }
        }
        return try drawn.compactMap { try $0.get() }
    }

    /// Compresses a drawn batch concurrently, each frame against the one before it: its GIF
    /// frame (with `gif`, an LZW table per canvas) and its changed PNG bands (with `pngs`).
    private static func compressBatch(_ count: Int, canvases: [FrameCanvas], indices: [[UInt8]], previous: Previous,
                                      gif tables: [LZWTable]?, pngs: PNGBands?, compressors: [BandCompressor]) throws
        -> (gif: [GIFFrame], bands: [[PNGBands.Band?]]) {
        let width = canvases[0].width
        let compressed = Parallel.results(count) { i in
            Result { () throws -> (gif: GIFFrame?, bands: [PNGBands.Band?]?) in
                let gif = tables.map {
                    GIFFrame(indices[i], width: width, previous: i == 0 ? previous.indices : indices[i - 1], table: $0[i])
                }
                guard let pngs else { return (gif, nil) }
                let bands = try canvases[i].withPixels { pixels in
                    if i > 0 {
                        return try canvases[i - 1].withPixels { before in
                            try pngs.changedBands(of: pixels, previous: before, compressor: compressors[i])
                        }
                    }
                    return try previous.pixels.withUnsafeBufferPointerIfAny { before in
                        try pngs.changedBands(of: pixels, previous: before, compressor: compressors[i])
                    }
                }
                return (gif, bands)
            }
        }
        let frames = try compressed.map { try $0.get() }
        return (frames.compactMap(\.gif), frames.compactMap(\.bands))
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

extension Optional where Wrapped == [UInt32] {
    /// Calls `body` with the array's buffer, or with nil when there is no array.
    func withUnsafeBufferPointerIfAny<R>(_ body: (UnsafeBufferPointer<UInt32>?) throws -> R) rethrows -> R {
        guard let array = self else { return try body(nil) }
        return try array.withUnsafeBufferPointer { try body($0) }
    }
}
