import CCairo

/// An image surface that is reset to a fixed background before each animation frame, with a
/// drawing context kept across frames: one per concurrent worker, reused for every frame.
// Unchecked: it owns a Cairo surface and context (C handles, not thread-safe), drawn on by one worker at a time.
final class FrameCanvas: @unchecked Sendable {
    let surface: CairoSurface
    let context: GraphicsContext
    let width: Int
    let height: Int

    init(width: Int, height: Int) throws {
        surface = try CairoSurface.image(width: width, height: height)
        context = try GraphicsContext(surface)
        self.width = width
        self.height = height
        // ARGB32 rows are 4-byte aligned, so rows are never padded: pixels are one run.
        precondition(Int(cairo_image_surface_get_stride(surface.handle)) == width * 4)
    }

    /// Copies `background` (the canvas's size) over the whole canvas.
    func reset(to background: PixelImage) {
        precondition(background.width == width && background.height == height)
        cairo_surface_flush(surface.handle)
        let data = UnsafeMutableRawPointer(cairo_image_surface_get_data(surface.handle)!)
        background.pixels.withUnsafeBytes { data.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        cairo_surface_mark_dirty(surface.handle)
    }

    /// Calls `body` with the painted pixels (ARGB32, rows top to bottom, no padding).
    func withPixels<R>(_ body: (UnsafeBufferPointer<UInt32>) throws -> R) rethrows -> R {
        cairo_surface_flush(surface.handle)
        let data = UnsafeRawPointer(cairo_image_surface_get_data(surface.handle)!).assumingMemoryBound(to: UInt32.self)
        return try body(UnsafeBufferPointer(start: data, count: width * height))
    }
}
