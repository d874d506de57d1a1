import CCairo
import Foundation

/// An opaque raster image in Cairo's ARGB32 layout (native-endian 0xAARRGGBB), row 0 at the top.
struct PixelImage {
    let width: Int
    let height: Int
    var pixels: [UInt32]

    init(width: Int, height: Int, pixels: [UInt32]) {
        precondition(pixels.count == width * height)
        self.width = width
        self.height = height
        self.pixels = pixels
    }
}

/// A Cairo image surface over its own copy of a `PixelImage`'s pixels. Vector surfaces may read
/// a painted image only when they are finished, so the owner keeps this alive until then.
final class ImageSource {
    let handle: OpaquePointer
    private let buffer: UnsafeMutablePointer<UInt32>

    init(_ image: PixelImage) throws {
        buffer = .allocate(capacity: image.pixels.count)
        buffer.initialize(from: image.pixels, count: image.pixels.count)
        let bytes = UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
        handle = cairo_image_surface_create_for_data(
            bytes, CAIRO_FORMAT_ARGB32, Int32(image.width), Int32(image.height), Int32(image.width * 4))
        do {
            try RenderError.check(cairo_surface_status(handle), "creating a \(image.width)x\(image.height) raster")
        } catch {
            cairo_surface_destroy(handle)
            buffer.deallocate()
            throw error
        }
    }

    deinit {
        cairo_surface_destroy(handle)
        buffer.deallocate()
    }

    /// Attaches `png`, the same image encoded as PNG, for the SVG backend to embed as it is
    /// instead of encoding the pixels again with its slower writer.
    func attachPNG(_ png: Data) throws {
        let bytes = malloc(png.count)!
        png.copyBytes(to: bytes.assumingMemoryBound(to: UInt8.self), count: png.count)
        let status = cairo_surface_set_mime_data(
            handle, CAIRO_MIME_TYPE_PNG, bytes.assumingMemoryBound(to: UInt8.self), UInt(png.count),
            { free($0) }, bytes)
        if status != CAIRO_STATUS_SUCCESS { free(bytes) }
        try RenderError.check(status, "attaching a PNG to a raster")
    }
}
