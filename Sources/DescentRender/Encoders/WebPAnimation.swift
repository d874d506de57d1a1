import CWebPLoader
import Foundation

/// Writes an animated WebP with libwebp's animation encoder (libwebpmux): lossless frames,
/// each stored as the rectangle that changed, looping forever. The encoder keeps the
/// compressed frames (not the pixels) until `finish` assembles the file. libwebp is opened
/// (dlopen) by the first animation that asks for WebP.
final class WebPAnimation {
    private let encoder: OpaquePointer
    private let path: String
    private let width: Int
    private let height: Int
    private var config = WebPConfig()

    init(path: String, width: Int, height: Int) throws {
        self.path = path
        self.width = width
        self.height = height
        guard descent_webp_open() == 0 else {
            throw RenderError("cannot write \(path): " + String(cString: descent_webp_install_hint()))
        }
        var options = WebPAnimEncoderOptions()
        guard descent_WebPAnimEncoderOptionsInit(&options) != 0, descent_WebPConfigInit(&config) != 0 else {
            throw RenderError("libwebp does not match the version descent was built with")
        }
        options.anim_params.loop_count = 0
        guard let encoder = descent_WebPAnimEncoderNew(Int32(width), Int32(height), &options) else {
            throw RenderError("cannot start a \(width)x\(height) WebP animation")
        }
        self.encoder = encoder
        // Lossless keeps lines and text crisp; low effort, because figures compress well anyway.
        config.lossless = 1
        config.quality = 25
        config.method = 1
    }

    deinit { descent_WebPAnimEncoderDelete(encoder) }

    /// Adds a frame of ARGB32 pixels shown from `milliseconds` on.
    func append(_ pixels: UnsafeBufferPointer<UInt32>, at milliseconds: Int) throws {
        var picture = WebPPicture()
        guard descent_WebPPictureInit(&picture) != 0 else { throw RenderError("cannot start a WebP frame") }
        defer { descent_WebPPictureFree(&picture) }
        picture.use_argb = 1
        picture.width = Int32(width)
        picture.height = Int32(height)
        // Cairo's ARGB32 is native-endian 0xAARRGGBB: bytes B, G, R, A on little-endian machines.
        let imported = UnsafeRawBufferPointer(pixels).withMemoryRebound(to: UInt8.self) {
            descent_WebPPictureImportBGRA(&picture, $0.baseAddress, Int32(width * 4))
        }
        guard imported != 0, descent_WebPAnimEncoderAdd(encoder, &picture, Int32(milliseconds), &config) != 0 else {
            throw RenderError("encoding a WebP frame of \(path) failed: \(errorText)")
        }
    }

    /// Ends the animation at `milliseconds` (the last frame shows until then) and writes the file.
    func finish(at milliseconds: Int) throws {
        var data = WebPData()
        guard descent_WebPAnimEncoderAdd(encoder, nil, Int32(milliseconds), nil) != 0,
              descent_WebPAnimEncoderAssemble(encoder, &data) != 0 else {
            throw RenderError("assembling \(path) failed: \(errorText)")
        }
        defer { descent_WebPFree(UnsafeMutableRawPointer(mutating: data.bytes)) }
        let file = try OutputFile(path: path)
        try file.write(UnsafeRawBufferPointer(start: data.bytes, count: data.size))
        try file.close()
    }

    private var errorText: String {
        descent_WebPAnimEncoderGetError(encoder).map { String(cString: $0) } ?? "unknown error"
    }
}
