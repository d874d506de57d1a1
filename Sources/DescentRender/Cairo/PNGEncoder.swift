import CZlib
import Foundation

/// Writes PNG files from ARGB32 pixels: RGB when every pixel is opaque, RGBA otherwise;
/// no row filters and deflate level 3, which for figures (flat bands, lines, text) gives files
/// as small as Cairo's writer in a quarter of the time.
enum PNGEncoder {
    static let compressionLevel: Int32 = 3

    /// The PNG bytes of `image` (premultiplied ARGB32, as Cairo paints it).
    static func encode(_ image: PixelImage) throws -> Data {
        try image.pixels.withUnsafeBufferPointer { try encode($0, width: image.width, height: image.height) }
    }

    /// The PNG bytes of `pixels`, `width` x `height` premultiplied ARGB32, rows without padding.
    static func encode(_ pixels: UnsafeBufferPointer<UInt32>, width: Int, height: Int) throws -> Data {
        precondition(pixels.count == width * height)
        let opaque = pixels.allSatisfy { $0 >> 24 == 0xFF }
        let channels = opaque ? 3 : 4
        return png(width: width, height: height, colorType: opaque ? 2 : 6,
                   idat: try deflate(pixels, width: width, height: height, channels: channels))
    }

    /// A PNG file around `idat`, the zlib stream of filtered rows; 8 bits per channel,
    /// `colorType` 2 (RGB) or 6 (RGBA).
    static func png(width: Int, height: Int, colorType: UInt8, idat: Data) -> Data {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, colorType, 0, 0, 0])  // depth, colour type, deflate, filter, no interlace
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", idat, to: &png)
        appendChunk("IEND", Data(), to: &png)
        return png
    }

    /// The filtered rows (filter byte 0, then RGB or un-premultiplied RGBA), deflated in blocks
    /// of rows so memory stays small for large images.
    private static func deflate(_ pixels: UnsafeBufferPointer<UInt32>, width: Int, height: Int,
                                channels: Int) throws -> Data {
        var stream = z_stream()
        guard deflateInit2_(&stream, compressionLevel, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw RenderError("cannot start PNG compression")
        }
        defer { deflateEnd(&stream) }
        let rowBytes = 1 + width * channels
        let rowsPerBlock = max(1, 1 << 20 / rowBytes)
        var block = [UInt8](repeating: 0, count: rowsPerBlock * rowBytes)
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var row = 0
        while row < height {
            let rows = min(rowsPerBlock, height - row)
            block.withUnsafeMutableBufferPointer { block in
                for r in 0..<rows {
                    let start = (row + r) * width
                    fill(block.baseAddress! + r * rowBytes, from: UnsafeBufferPointer(rebasing: pixels[start..<(start + width)]),
                         channels: channels)
                }
            }
            row += rows
            let flush = row == height ? Z_FINISH : Z_NO_FLUSH
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

    /// Writes one filtered row at `out`: filter byte 0, then each pixel as R, G, B (and A).
    static func fill(_ out: UnsafeMutablePointer<UInt8>, from row: UnsafeBufferPointer<UInt32>, channels: Int) {
        out[0] = 0  // filter: none
        var o = out + 1
        for p in row {
            let a = p >> 24
            var r = p >> 16 & 0xFF, g = p >> 8 & 0xFF, b = p & 0xFF
            if channels == 4 && a != 0xFF && a != 0 {
                // Un-premultiply, rounding to nearest.
                r = (r * 255 + a / 2) / a
                g = (g * 255 + a / 2) / a
                b = (b * 255 + a / 2) / a
            }
            o[0] = UInt8(truncatingIfNeeded: r)
            o[1] = UInt8(truncatingIfNeeded: g)
            o[2] = UInt8(truncatingIfNeeded: b)
            if channels == 4 { o[3] = UInt8(truncatingIfNeeded: a) }
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
