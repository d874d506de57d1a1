import Descent
import Dispatch

/// A mesh node on screen: pixel position within the panel and a nearness key that is linear
/// in screen space and larger for nearer points (`CameraProjection.nearness`).
struct ScreenNode {
    var x: Double
    var y: Double
    var key: Double
}

/// A grid mesh drawn with a z-buffer at `samples` × `samples` points per pixel: the nearest
/// triangle wins at every sample, so no facet ever covers a nearer one. Each cell is the two
/// triangles of `HeightMesh` (split along the diagonal from its first node to its third).
struct MeshRaster {
    let width: Int
    let height: Int
    let samples: Int
    /// Nearness of the mesh at each sample, row-major; −∞ where no triangle covers it.
    private(set) var keys: [Float]
    /// Opaque ARGB of each sample; 0 where empty.
    private(set) var colors: [UInt32]

    /// Rasterizes the grid of `nodes` (`columns` × `rows`, row-major) into a `width` x `height`
    /// pixel panel. Cells whose colour in `cellColors` (opaque ARGB) is 0, or with a
    /// non-finite node, are skipped.
    init(width: Int, height: Int, samples: Int, nodes: [ScreenNode], columns: Int, rows: Int, cellColors: [UInt32]) {
        self.width = width
        self.height = height
        self.samples = samples
        let sw = width * samples, sh = height * samples
        var keys = [Float](repeating: -.infinity, count: sw * sh)
        var colors = [UInt32](repeating: 0, count: sw * sh)
        let s = Double(samples)
        let scaled = nodes.map { ScreenNode(x: $0.x * s, y: $0.y * s, key: $0.key) }
        let bandHeight = 16
        let bands = (sh + bandHeight - 1) / bandHeight
        keys.withUnsafeMutableBufferPointer { keyBuffer in
            colors.withUnsafeMutableBufferPointer { colorBuffer in
                nonisolated(unsafe) let keyBuffer = keyBuffer, colorBuffer = colorBuffer
                Parallel.forEachRange(bands, chunk: 1) { range in
                    for band in range {
                        let rowRange = (band * bandHeight)..<min(sh, (band + 1) * bandHeight)
                        for row in 0..<(rows - 1) {
                            for column in 0..<(columns - 1) {
                                let cell = row * (columns - 1) + column
                                let color = cellColors[cell]
                                guard color != 0 else { continue }
                                let i = row * columns + column
                                let a = scaled[i], b = scaled[i + 1], c = scaled[i + columns + 1], d = scaled[i + columns]
                                Self.triangle(a, b, c, color: color, rows: rowRange, width: sw, keys: keyBuffer, colors: colorBuffer)
                                Self.triangle(a, c, d, color: color, rows: rowRange, width: sw, keys: keyBuffer, colors: colorBuffer)
                            }
                        }
                    }
                }
            }
        }
        self.keys = keys
        self.colors = colors
    }

    /// Fills the samples of `rows` whose centres lie in triangle abc (edges included) where the
    /// triangle is nearer than what is there.
    @inline(__always)
    private static func triangle(_ a: ScreenNode, _ b: ScreenNode, _ c: ScreenNode, color: UInt32, rows: Range<Int>,
                                 width: Int, keys: UnsafeMutableBufferPointer<Float>,
                                 colors: UnsafeMutableBufferPointer<UInt32>) {
        let minY = min(a.y, b.y, c.y), maxY = max(a.y, b.y, c.y)
        guard minY.isFinite, maxY.isFinite, a.key.isFinite, b.key.isFinite, c.key.isFinite else { return }
        let y0 = max(rows.lowerBound, Int((minY - 0.5).rounded(.up))), y1 = min(rows.upperBound - 1, Int((maxY - 0.5).rounded(.down)))
        guard y0 <= y1 else { return }
        let minX = min(a.x, b.x, c.x), maxX = max(a.x, b.x, c.x)
        let x0 = max(0, Int((minX - 0.5).rounded(.up))), x1 = min(width - 1, Int((maxX - 0.5).rounded(.down)))
        guard x0 <= x1 else { return }
        let area = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
        guard area != 0, area.isFinite else { return }
        let inverse = 1 / area
        // Barycentric weights of b and c are linear in the sample centre: their steps along x.
        let wbx = (c.y - a.y) * inverse, wcx = -(b.y - a.y) * inverse
        let keyB = b.key - a.key, keyC = c.key - a.key
        for y in y0...y1 {
            let py = Double(y) + 0.5
            let px0 = Double(x0) + 0.5
            var wb = ((px0 - a.x) * (c.y - a.y) - (py - a.y) * (c.x - a.x)) * inverse
            var wc = ((b.x - a.x) * (py - a.y) - (b.y - a.y) * (px0 - a.x)) * inverse
            var index = y * width + x0
            for _ in x0...x1 {
                if wb >= 0 && wc >= 0 && wb + wc <= 1 {
                    let key = Float(a.key + wb * keyB + wc * keyC)
                    if key > keys[index] {
                        keys[index] = key
                        colors[index] = color
                    }
                }
                wb += wbx
                wc += wcx
                index += 1
            }
        }
    }

    /// The panel's pixels: each the average of its samples, transparent where no mesh is
    /// (premultiplied alpha, the coverage).
    func image() -> PixelImage {
        var pixels = [UInt32](repeating: 0, count: width * height)
        let n = samples, sw = width * samples, count = UInt32(n * n)
        pixels.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            colors.withUnsafeBufferPointer { colors in
                nonisolated(unsafe) let colors = colors
                Parallel.forEachRange(height, chunk: 16) { range in
                    for y in range {
                        for x in 0..<width {
                            var a: UInt32 = 0, r: UInt32 = 0, g: UInt32 = 0, b: UInt32 = 0
                            for sy in 0..<n {
                                var i = (y * n + sy) * sw + x * n
                                for _ in 0..<n {
                                    let c = colors[i]
                                    a += c >> 24; r += c >> 16 & 0xFF; g += c >> 8 & 0xFF; b += c & 0xFF
                                    i += 1
                                }
                            }
                            let half = count / 2
                            let a8 = (a + half) / count, r8 = (r + half) / count
                            let g8 = (g + half) / count, b8 = (b + half) / count
                            out[y * width + x] = a8 << 24 | r8 << 16 | g8 << 8 | b8
                        }
                    }
                }
            }
        }
        return PixelImage(width: width, height: height, pixels: pixels)
    }

    /// True unless the mesh is nearer than `key` by more than `tolerance` at every sample
    /// within a pixel of (x, y) (panel pixels): a point on the mesh itself is visible, a point
    /// behind a hill is not, and the pixel of slack keeps lines whole along steep facets.
    func isVisible(x: Double, y: Double, key: Double, tolerance: Double) -> Bool {
        let s = Double(samples)
        let cx = Int((x * s).rounded(.down)), cy = Int((y * s).rounded(.down))
        let sw = width * samples, sh = height * samples
        let limit = Float(key + tolerance)
        for sy in max(0, cy - samples)...max(0, min(sh - 1, cy + samples)) where sy < sh {
            for sx in max(0, cx - samples)...max(0, min(sw - 1, cx + samples)) where sx < sw {
                if keys[sy * sw + sx] <= limit { return true }
            }
        }
        return cx < 0 || cy < 0 || cx >= sw || cy >= sh
    }
}
