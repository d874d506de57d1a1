import Foundation

/// Maps pixels to the indices of a `GIFPalette`: the background once (dithered where it is a
/// continuous gradient), then each frame, where only pixels that differ from the background
/// need a search.
struct PaletteMapper: Sendable {
    let palette: GIFPalette
    let background: PixelImage
    /// The background's indices, row-major like its pixels.
    let backgroundIndices: [UInt8]

    /// Maps `background`, with Floyd–Steinberg error diffusion inside `dithered` (pixel
    /// rectangles holding continuous colour, where plain nearest colours would show bands).
    init(palette: GIFPalette, background: PixelImage, dithered: [Rect]) {
        self.palette = palette
        self.background = background
        var lookup = NearestColors(palette: palette)
        var indices = background.pixels.map { lookup.index($0) }
        for rect in dithered {
            Self.dither(background, into: &indices, palette: palette, in: rect)
        }
        backgroundIndices = indices
    }

    /// The indices of `frame` (the background's size), into `out`; `lookup` caches searches.
    func map(_ frame: UnsafeBufferPointer<UInt32>, into out: inout [UInt8], lookup: inout NearestColors) {
        precondition(frame.count == background.pixels.count)
        if out.count != frame.count { out = [UInt8](repeating: 0, count: frame.count) }
        out.withUnsafeMutableBufferPointer { out in
            background.pixels.withUnsafeBufferPointer { back in
                backgroundIndices.withUnsafeBufferPointer { backIndices in
                    // Most of a frame is the background: compare blocks of pixels at memory
                    // speed and copy their indices; search only inside blocks that differ.
                    let block = 64
                    for start in stride(from: 0, to: frame.count, by: block) {
                        let end = min(frame.count, start + block)
                        if memcmp(frame.baseAddress! + start, back.baseAddress! + start, (end - start) * 4) == 0 {
                            (out.baseAddress! + start).update(from: backIndices.baseAddress! + start, count: end - start)
                            continue
                        }
                        for i in start..<end {
                            let p = frame[i]
                            out[i] = p == back[i] ? backIndices[i] : lookup.index(p)
                        }
                    }
                }
            }
        }
    }

    private static func dither(_ image: PixelImage, into indices: inout [UInt8], palette: GIFPalette, in rect: Rect) {
        let x0 = max(0, Int(rect.minX)), x1 = min(image.width, Int(rect.maxX.rounded(.up)))
        let y0 = max(0, Int(rect.minY)), y1 = min(image.height, Int(rect.maxY.rounded(.up)))
        guard x1 > x0, y1 > y0 else { return }
        let w = x1 - x0
        // Errors carried to this row and the next, per channel, in 1/16 units.
        var current = [Int](repeating: 0, count: 3 * (w + 2)), next = current
        for y in y0..<y1 {
            for x in x0..<x1 {
                let i = y * image.width + x, e = 3 * (x - x0 + 1)
                let p = image.pixels[i]
                let want = [Int(p >> 16 & 0xFF), Int(p >> 8 & 0xFF), Int(p & 0xFF)].enumerated().map { c, v in
                    min(max(v + current[e + c] / 16, 0), 255)
                }
                let index = palette.nearest(UInt32(want[0] << 16 | want[1] << 8 | want[2]))
                indices[i] = index
                let got = palette.colors[Int(index)]
                for (c, shift) in [16, 8, 0].enumerated() {
                    let error = want[c] - Int(got >> UInt32(shift) & 0xFF)
                    current[e + 3 + c] += 7 * error
                    next[e - 3 + c] += 3 * error
                    next[e + c] += 5 * error
                    next[e + 3 + c] += error
                }
            }
            (current, next) = (next, [Int](repeating: 0, count: next.count))
        }
    }
}

/// Nearest palette colours, cached by colour at 6 bits per channel (each cell resolved at
/// its own centre, so the answer never depends on which pixel asked first).
struct NearestColors: Sendable {
    let palette: GIFPalette
    private var cache = [UInt8](repeating: GIFPalette.transparent, count: 1 << 18)

    init(palette: GIFPalette) { self.palette = palette }

    mutating func index(_ argb: UInt32) -> UInt8 {
        let key = Int(argb >> 18 & 0x3F) << 12 | Int(argb >> 10 & 0x3F) << 6 | Int(argb >> 2 & 0x3F)
        let cached = cache[key]
        if cached != GIFPalette.transparent { return cached }
        let centre = { (v: Int) -> UInt32 in UInt32(v << 2 | 2) }
        let index = palette.nearest(centre(key >> 12) << 16 | centre(key >> 6 & 0x3F) << 8 | centre(key & 0x3F))
        cache[key] = index
        return index
    }
}
