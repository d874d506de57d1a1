/// The colours of an animated GIF: up to 255 opaque colours for a figure, and index 255
/// reserved for "unchanged" (transparent) pixels of frames drawn over the previous one.
///
/// Built from what the figure shows: the colours that must be exact (white, ink, run colours
/// and, for a continuous colormap, samples along it), then the most frequent colours of sample
/// frames (flat colour bands, contour lines, antialiased edges, a lit mesh), each kept only
/// when no colour already chosen is closer than the pass's spacing: coarse passes first spread
/// the palette over every colour the frames show, so that a continuous region (a shaded mesh)
/// is not left to a few colours once frequent near-duplicates have filled the table, and the
/// last pass, at `spacing`, adds the finer steps that still fit.
struct GIFPalette: Sendable {
    static let transparent: UInt8 = 255
    static let capacity = 255

    /// Colours as 0xRRGGBB, at most `capacity`.
    let colors: [UInt32]

    /// Smallest weighted squared distance (see `distance`) between two colours chosen by frequency.
    static let spacing = 48
    /// Spacings of the passes over the ranked colours, coarse to fine.
    static let passes = [16 * spacing, 4 * spacing, spacing]

    init(required: [UInt32], samples: [[UInt32]]) {
        var chosen: [UInt32] = []
        for color in required.map({ $0 & 0xFFFFFF }) where !chosen.contains(color) && chosen.count < Self.capacity {
            chosen.append(color)
        }
        var counts: [UInt32: Int] = [:]
        for sample in samples {
            // Every second pixel of every second row is plenty to rank colours by area.
            let step = sample.count > 1_000_000 ? 2 : 1
            for i in stride(from: 0, to: sample.count, by: step) { counts[sample[i] & 0xFFFFFF, default: 0] += 1 }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        for spacing in Self.passes {
            for (color, _) in ranked where chosen.count < Self.capacity {
                if chosen.allSatisfy({ Self.distance($0, color) >= spacing }) { chosen.append(color) }
            }
        }
        colors = chosen
    }

    /// Squared distance of two 0xRRGGBB colours with weights 3, 4, 2 for red, green, blue
    /// (a cheap stand-in for perceived difference).
    static func distance(_ a: UInt32, _ b: UInt32) -> Int {
        let dr = Int(a >> 16 & 0xFF) - Int(b >> 16 & 0xFF)
        let dg = Int(a >> 8 & 0xFF) - Int(b >> 8 & 0xFF)
        let db = Int(a & 0xFF) - Int(b & 0xFF)
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }

    /// The index of the colour closest to `color` (0xRRGGBB; alpha ignored).
    func nearest(_ color: UInt32) -> UInt8 {
        var best = 0, bestDistance = Int.max
        for (i, c) in colors.enumerated() {
            let d = Self.distance(c, color & 0xFFFFFF)
            if d < bestDistance {
                best = i
                bestDistance = d
                if d == 0 { break }
            }
        }
        return UInt8(best)
    }

    /// The colour table as GIF stores it: 256 RGB triples (unused entries black).
    var table: [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 256 * 3)
        for (i, c) in colors.enumerated() {
            bytes[3 * i] = UInt8(c >> 16 & 0xFF)
            bytes[3 * i + 1] = UInt8(c >> 8 & 0xFF)
            bytes[3 * i + 2] = UInt8(c & 0xFF)
        }
        return bytes
    }
}
