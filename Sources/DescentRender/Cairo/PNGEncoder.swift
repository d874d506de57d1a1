import CZlib
import Foundation

/// Writes PNG files from ARGB32 pixels: RGB when every pixel is opaque, RGBA otherwise;
/// no row filters and deflate level 3, which for figures (flat bands, lines, text) gives files
/// as small as Cairo's writer in a quarter of the time.
enum PNGEncoder {
    static let compressionLevel: Int32 = 3

    /// The PNG bytes of `image` (premultiplied ARGB32, as Cairo paints it).
    static func encode(_ image: PixelImage) throws -> Data {
        let opaque = image.pixels.allSatisfy { $0 >> 24 == 0xFF }
        let channels = opaque ? 3 : 4
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.appendBigEndian(UInt32(image.width))
        header.appendBigEndian(UInt32(image.height))
        header.append(contentsOf: [8, opaque ? 2 : 6, 0, 0, 0])  // depth, colour type, deflate, filter, no interlace
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", try deflate(image, channels: channels), to: &png)
        appendChunk("IEND", Data(), to: &png)
        return png
    }

    /// The filtered rows (filter byte 0, then RGB or un-premultiplied RGBA), deflated in blocks
    /// of rows so memory stays small for large images.
    private static func deflate(_ image: PixelImage, channels: Int) throws -> Data {
        var stream = z_stream()
        guard deflateInit2_(&stream, compressionLevel, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw RenderError("cannot start PNG compression")
        }
        defer { deflateEnd(&stream) }
        let rowBytes = 1 + image.width * channels
        let rowsPerBlock = max(1, 1 << 20 / rowBytes)
        var block = [UInt8](repeating: 0, count: rowsPerBlock * rowBytes)
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var row = 0
        while row < image.height {
            let rows = min(rowsPerBlock, image.height - row)
            for r in 0..<rows {
                fill(&block, at: r * rowBytes, from: image, row: row + r, channels: channels)
            }
            row += rows
            let flush = row == image.height ? Z_FINISH : Z_NO_FLUSH
            try block.withUnsafeMutableBufferPointer { input in
                stream.next_in = input.baseAddress
                stream.avail_in = UInt32(rows * rowBytes)
                repeat {
                    let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                        stream.next_out = out.baseAddress
                        stream.avail_out = UInt32(out.count)
                        return CZlib.deflate(&stream, flush)
                    }
                    guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                        throw RenderError("PNG compression failed (zlib status \(status))")
                    }
                    output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                } while stream.avail_out == 0 || (flush == Z_FINISH && stream.avail_in > 0)
            }
        }
        return output
    }

    private static func fill(_ block: inout [UInt8], at offset: Int, from image: PixelImage, row: Int, channels: Int) {
        block[offset] = 0  // filter: none
        var o = offset + 1
        let base = row * image.width
        for column in 0..<image.width {
            let p = image.pixels[base + column]
            let a = p >> 24
            var r = p >> 16 & 0xFF, g = p >> 8 & 0xFF, b = p & 0xFF
            if channels == 4 && a != 0xFF && a != 0 {
                // Un-premultiply, rounding to nearest.
                r = (r * 255 + a / 2) / a
                g = (g * 255 + a / 2) / a
                b = (b * 255 + a / 2) / a
            }
            block[o] = UInt8(r)
            block[o + 1] = UInt8(g)
            block[o + 2] = UInt8(b)
            if channels == 4 { block[o + 3] = UInt8(a) }
            o += channels
        }
    }

    private static func appendChunk(_ type: String, _ body: Data, to png: inout Data) {
        png.appendBigEndian(UInt32(body.count))
        var typed = Data(type.utf8)
        typed.append(body)
        png.append(typed)
        let crc = typed.withUnsafeBytes { bytes in
            crc32(0, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(bytes.count))
        }
        png.appendBigEndian(UInt32(crc))
    }
}

extension Data {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }
}
