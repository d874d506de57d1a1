import CCairo

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
}
