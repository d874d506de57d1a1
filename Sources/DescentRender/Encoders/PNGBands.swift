import CZlib
import Foundation
import Synchronization

/// PNG frames of an animation, compressed band by band so that bands of rows equal to the
/// previous frame's are not compressed again.
///
/// Each band of rows is deflated on its own (a fresh raw deflate stream ending in a sync
/// flush, so it refers to nothing before it and ends on a byte boundary); a frame's IDAT is the
/// zlib header, its bands' bytes in order, an empty final block and the Adler-32 of all rows,
/// combined from the bands' own. No row filters, RGB, as `PNGEncoder`, but deflate level 1:
/// frames favour speed (files about 5 % larger than at level 3).
///
/// `changedBands` reads only the fixed band layout and may run concurrently; `png` keeps the
/// latest bands and is called for one frame at a time, in order.
final class PNGBands: Sendable {
    /// One compressed band: raw deflate bytes, the Adler-32 and length of its filtered rows.
    struct Band: Sendable {
        var bytes: [UInt8]
        var adler: UInt32
        var length: Int
    }

    let width: Int
    let height: Int
    /// Rows per band: about 16 KB of filtered rows (8 rows of 800 pixels), small enough that
    /// a moving marker or a changing line of text makes few bands change.
    let rowsPerBand: Int
    let bandCount: Int
    /// The latest compressed version of every band.
    private let current: Mutex<[Band?]>

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        rowsPerBand = max(1, 16_384 / (1 + 3 * width))
        bandCount = (height + rowsPerBand - 1) / rowsPerBand
        current = Mutex(Array(repeating: nil, count: bandCount))
    }

    /// The bands of `frame` that differ from `previous` (all of them without one), compressed;
    /// nil for bands that did not change. Safe to call concurrently with different compressors.
    func changedBands(of frame: UnsafeBufferPointer<UInt32>, previous: UnsafeBufferPointer<UInt32>?,
                      compressor: BandCompressor) throws -> [Band?] {
        try (0..<bandCount).map { band in
            let rows = (band * rowsPerBand)..<min(height, (band + 1) * rowsPerBand)
            let pixels = UnsafeBufferPointer(rebasing: frame[(rows.lowerBound * width)..<(rows.upperBound * width)])
            if let previous, memcmp(pixels.baseAddress!, previous.baseAddress! + rows.lowerBound * width,
                                    pixels.count * 4) == 0 {
                return nil
            }
            return try compressor.compress(pixels, width: width)
        }
    }

    /// The PNG file of the frame whose changed bands are `changed`, in frame order: bands
    /// that did not change are those of the frame before.
    func png(_ changed: [Band?]) throws -> Data {
        let bands = current.withLock { current in
            for (i, band) in changed.enumerated() where band != nil { current[i] = band }
            return current.compactMap { $0 }
        }
        guard bands.count == bandCount else {
            throw RenderError("a PNG frame refers to bands never compressed")
        }
        var idat = Data([0x78, 0x5E])  // deflate, 32 KB window, level "fast"
        var adler = adler32(0, nil, 0)
        for band in bands {
            idat.append(contentsOf: band.bytes)
            adler = adler32_combine(adler, uLong(band.adler), off_t(band.length))
        }
        idat.append(contentsOf: [0x03, 0x00])  // an empty final block with fixed codes
        idat.appendBigEndian(UInt32(adler))
        return PNGEncoder.png(width: width, height: height, colorType: 2, idat: idat)
    }
}

/// A reusable raw-deflate stream for `PNGBands`: one per concurrent worker.
// Unchecked: it owns a zlib stream (a C handle with pointers into itself), used by one worker at a time.
final class BandCompressor: @unchecked Sendable {
    private var stream = z_stream()
    private var rows: [UInt8] = []
    private var output = [UInt8](repeating: 0, count: 1 << 16)

    init() throws {
        guard deflateInit2_(&stream, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw RenderError("cannot start PNG compression")
        }
    }

    deinit { deflateEnd(&stream) }

    /// Opaque `pixels` (whole rows `width` wide) as filtered RGB rows, deflated on their own.
    func compress(_ pixels: UnsafeBufferPointer<UInt32>, width: Int) throws -> PNGBands.Band {
        let rowBytes = 1 + 3 * width
        let count = pixels.count / width * rowBytes
        if rows.count < count { rows = [UInt8](repeating: 0, count: count) }
        rows.withUnsafeMutableBufferPointer { out in
            for r in 0..<(pixels.count / width) {
                PNGEncoder.fill(out.baseAddress! + r * rowBytes,
                                from: UnsafeBufferPointer(rebasing: pixels[(r * width)..<((r + 1) * width)]), channels: 3)
            }
        }
        guard deflateReset(&stream) == Z_OK else { throw RenderError("cannot restart PNG compression") }
        var bytes: [UInt8] = []
        try rows.withUnsafeMutableBufferPointer { input in
            stream.next_in = input.baseAddress
            stream.avail_in = UInt32(count)
            repeat {
                let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return deflate(&stream, Z_SYNC_FLUSH)
                }
                guard status == Z_OK || status == Z_BUF_ERROR else {
                    throw RenderError("PNG compression failed (zlib status \(status))")
                }
                bytes += output[0..<(output.count - Int(stream.avail_out))]
            } while stream.avail_out == 0
        }
        let adler = rows.withUnsafeBufferPointer { UInt32(adler32(1, $0.baseAddress, uInt(count))) }
        return PNGBands.Band(bytes: bytes, adler: adler, length: count)
    }
}
