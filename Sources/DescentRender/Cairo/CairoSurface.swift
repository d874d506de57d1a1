import CCairo
import Foundation

/// Owns a `cairo_surface_t`: an image in memory, or an SVG or PDF document being written.
final class CairoSurface {
    let handle: OpaquePointer
    /// True for an SVG document, which embeds painted images as PNG.
    private(set) var isSVG = false
    /// Images painted on this surface: an SVG or PDF reads them until it is finished, which
    /// may be as late as `cairo_surface_destroy` in `deinit`, before these are released.
    private var paintedImages: [ImageSource] = []

    private init(_ handle: OpaquePointer, _ doing: String) throws {
        self.handle = handle
        try RenderError.check(cairo_surface_status(handle), doing)
    }

    deinit { cairo_surface_destroy(handle) }

    /// True for an image in memory (PNG), false for a document (SVG, PDF).
    var isImage: Bool { cairo_surface_get_type(handle) == CAIRO_SURFACE_TYPE_IMAGE }

    /// Keeps `image` alive as long as this surface.
    func keepAlive(_ image: ImageSource) { paintedImages.append(image) }

    /// Sources of images painted under an identity, so a vector surface embeds each once.
    var sharedImages: [ObjectIdentifier: ImageSource] = [:]

    /// An ARGB32 image of `width` x `height` pixels, initially transparent.
    static func image(width: Int, height: Int) throws -> CairoSurface {
        try CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
                         "creating a \(width)x\(height) image")
    }

    /// An SVG document at `path` whose user units are pixels.
    static func svg(path: String, width: Int, height: Int) throws -> CairoSurface {
        let surface = try CairoSurface(cairo_svg_surface_create(path, Double(width), Double(height)),
                                       "creating \(path)")
        cairo_svg_surface_set_document_unit(surface.handle, CAIRO_SVG_UNIT_PX)
        surface.isSVG = true
        return surface
    }

    /// A one-page PDF document at `path`, `width` x `height` points, with a fixed creation date
    /// so that the same figure gives the same bytes.
    static func pdf(path: String, width: Double, height: Double) throws -> CairoSurface {
        let surface = try CairoSurface(cairo_pdf_surface_create(path, width, height), "creating \(path)")
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
        cairo_pdf_surface_set_metadata(surface.handle, CAIRO_PDF_METADATA_CREATOR, "descent")
        return surface
    }

    /// Completes an SVG or PDF document; it is not valid on disk before this.
    func finish(_ doing: @autoclosure () -> String) throws {
        cairo_surface_finish(handle)
        try RenderError.check(cairo_surface_status(handle), doing())
    }

    /// A copy of an image surface's pixels (ARGB32, rows top to bottom, no row padding).
    func pixels() -> PixelImage {
        cairo_surface_flush(handle)
        let width = Int(cairo_image_surface_get_width(handle))
        let height = Int(cairo_image_surface_get_height(handle))
        let stride = Int(cairo_image_surface_get_stride(handle))
        let data = cairo_image_surface_get_data(handle)!
        let pixels = [UInt32](unsafeUninitializedCapacity: width * height) { out, count in
            for row in 0..<height {
                UnsafeMutableRawPointer(out.baseAddress! + row * width).copyMemory(from: data + row * stride, byteCount: width * 4)
            }
            count = width * height
        }
        return PixelImage(width: width, height: height, pixels: pixels)
    }

    /// Writes an image surface as PNG.
    func writePNG(to path: String) throws {
        try AtomicFiles.writeBytes(try PNGEncoder.encode(pixels()), to: path)
    }
}
