/// A small GIF decoder written from the GIF89a specification for the tests, independent of
/// descent's encoder: it reads the blocks, decompresses LZW and composes each frame over the
/// previous one (disposal "leave in place", transparent pixels skipped).
struct DecodedGIF {
    var width = 0
    var height = 0
    /// Loop count from the NETSCAPE2.0 extension (0: forever), nil when absent.
    var loops: Int?
    /// Each frame as the viewer shows it, 0xRRGGBB, row-major.
    var frames: [[UInt32]] = []
    /// Hundredths of a second per frame.
    var delays: [Int] = []

    struct Malformed: Error { let reason: String }

    init(_ bytes: [UInt8]) throws {
        var r = Reader(bytes: bytes)
        guard r.take(6) == Array("GIF89a".utf8) else { throw Malformed(reason: "signature") }
        width = r.u16()
        height = r.u16()
        let flags = r.byte()
        _ = r.take(2)
        var palette: [UInt32] = []
        if flags & 0x80 != 0 { palette = r.colorTable(entries: 1 << (Int(flags & 7) + 1)) }
        var canvas = [UInt32](repeating: 0, count: width * height)
        var delay = 0, transparent: Int?
        while true {
            switch r.byte() {
            case 0x21:
                let label = r.byte()
                let blocks = r.subBlocks()
                if label == 0xF9, let b = blocks.first, b.count == 4 {
                    delay = Int(b[1]) | Int(b[2]) << 8
                    transparent = b[0] & 1 != 0 ? Int(b[3]) : nil
                    guard (b[0] >> 2) & 7 <= 1 else { throw Malformed(reason: "disposal \((b[0] >> 2) & 7) not expected") }
                } else if label == 0xFF, blocks.count >= 2, blocks[0] == Array("NETSCAPE2.0".utf8) {
                    loops = Int(blocks[1][1]) | Int(blocks[1][2]) << 8
                }
            case 0x2C:
                let left = r.u16(), top = r.u16(), w = r.u16(), h = r.u16()
                let imageFlags = r.byte()
                guard imageFlags & 0x40 == 0 else { throw Malformed(reason: "interlaced") }
                let table = imageFlags & 0x80 != 0 ? r.colorTable(entries: 1 << (Int(imageFlags & 7) + 1)) : palette
                let minimum = Int(r.byte())
                let indices = try Self.lzw(r.subBlocks().flatMap { $0 }, minimumCodeSize: minimum)
                guard indices.count >= w * h, left + w <= width, top + h <= height else {
                    throw Malformed(reason: "frame \(frames.count): \(indices.count) pixels for \(w)x\(h) at (\(left), \(top))")
                }
                for y in 0..<h {
                    for x in 0..<w {
                        let index = Int(indices[y * w + x])
                        if index == transparent { continue }
                        guard index < table.count else { throw Malformed(reason: "index \(index) outside the table") }
                        canvas[(top + y) * width + left + x] = table[index]
                    }
                }
                frames.append(canvas)
                delays.append(delay)
                transparent = nil
                delay = 0
            case 0x3B:
                return
            default:
                throw Malformed(reason: "unknown block at byte \(r.offset - 1)")
            }
        }
    }

    /// Variable-length LZW as the specification describes the decoder: the table grows by one
    /// string per code after the first, and codes widen when the table reaches 2^width entries.
    static func lzw(_ data: [UInt8], minimumCodeSize: Int) throws -> [UInt8] {
        let clear = 1 << minimumCodeSize, end = clear + 1
        let roots = (0..<clear).map { [UInt8(truncatingIfNeeded: $0)] }
        var table = roots + [[], []]
        var width = minimumCodeSize + 1
        var previous: [UInt8]?
        var output: [UInt8] = []
        var bitPosition = 0
        while bitPosition + width <= data.count * 8 {
            var code = 0
            for i in 0..<width {
                let bit = bitPosition + i
                code |= Int(data[bit / 8] >> UInt8(bit % 8) & 1) << i
            }
            bitPosition += width
            if code == clear {
                table = roots + [[], []]
                width = minimumCodeSize + 1
                previous = nil
                continue
            }
            if code == end { return output }
            let entry: [UInt8]
            if code < table.count, code != clear, code != end {
                entry = table[code]
            } else if code == table.count, let previous {
                entry = previous + [previous[0]]
            } else {
                throw Malformed(reason: "code \(code) with \(table.count) strings")
            }
            output += entry
            if let previous, table.count < 4096 { table.append(previous + [entry[0]]) }
            previous = entry
            if table.count == 1 << width && width < 12 { width += 1 }
        }
        throw Malformed(reason: "no end code")
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0
        mutating func byte() -> UInt8 {
            defer { offset += 1 }
            return offset < bytes.count ? bytes[offset] : 0x3B
        }
        mutating func take(_ n: Int) -> [UInt8] { (0..<n).map { _ in byte() } }
        mutating func u16() -> Int { Int(byte()) | Int(byte()) << 8 }
        mutating func colorTable(entries: Int) -> [UInt32] {
            (0..<entries).map { _ in UInt32(byte()) << 16 | UInt32(byte()) << 8 | UInt32(byte()) }
        }
        mutating func subBlocks() -> [[UInt8]] {
            var blocks: [[UInt8]] = []
            while true {
                let n = Int(byte())
                if n == 0 { return blocks }
                blocks.append(take(n))
            }
        }
    }
}
