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
    /// The samples, row-major.
    private(set) var points: [Sample]

    /// One sample: the nearness of the mesh there (−∞ where no triangle covers it) and its
    /// opaque ARGB colour (0 where empty).
    struct Sample {
        var key: Float = -.infinity
        var color: UInt32 = 0
    }

    /// Rasterizes the grid of `nodes` (`columns` × `rows`, row-major) into a `width` x `height`
    /// pixel panel. Cells whose colour in `cellColors` (opaque ARGB) is 0, or with a
    /// non-finite node, are skipped.
    ///
    /// The samples are cut into bands of rows drawn concurrently; each triangle is listed
    /// once, in cell order, in every band its rows reach, so a band visits only its own
    /// triangles and the nearest-wins test sees them in the same order in any band.
    init(width: Int, height: Int, samples: Int, nodes: [ScreenNode], columns: Int, rows: Int, cellColors: [UInt32]) {
        self.width = width
        self.height = height
        self.samples = samples
        let sw = width * samples, sh = height * samples
        var points = [Sample](repeating: Sample(), count: sw * sh)
        let s = Double(samples)
        let scaled = nodes.map { ScreenNode(x: $0.x * s, y: $0.y * s, key: $0.key) }
        let bandHeight = 16
        let bands = (sh + bandHeight - 1) / bandHeight
        let triangles = Self.trianglesByBand(scaled, columns: columns, rows: rows, cellColors: cellColors,
                                             bandHeight: bandHeight, bands: bands)
        Parallel.fill(&points, blockLength: bandHeight * sw, chunk: 1) { range, out in
            for band in range {
                let rowRange = (band * bandHeight)..<min(sh, (band + 1) * bandHeight)
                for triangle in triangles.list[triangles.starts[band]..<triangles.starts[band + 1]] {
                    let cell = Int(triangle >> 1)
                    let row = cell / (columns - 1), column = cell % (columns - 1)
                    let i = row * columns + column
                    let a = scaled[i], c = scaled[i + columns + 1]
                    // The cell's first triangle is a, b, c; its second a, c, d.
                    let (p, q) = triangle & 1 == 0 ? (scaled[i + 1], c) : (c, scaled[i + columns])
                    Self.triangle(a, p, q, color: cellColors[cell], rows: rowRange, width: sw, band: out)
                }
            }
        }
        self.points = points
    }

    /// Triangle numbers (2 · cell for a cell's first triangle, 2 · cell + 1 for its second)
    /// listed per band of `bandHeight` sample rows, in increasing order: band k's are
    /// `list[starts[k]..<starts[k + 1]]`.
    private static func trianglesByBand(_ nodes: [ScreenNode], columns: Int, rows: Int, cellColors: [UInt32],
                                        bandHeight: Int, bands: Int) -> (list: [Int32], starts: [Int]) {
        var spans: [(triangle: Int32, first: Int, last: Int)] = []
        spans.reserveCapacity(2 * max(0, columns - 1) * max(0, rows - 1))
        for row in 0..<max(0, rows - 1) {
            for column in 0..<max(0, columns - 1) {
                let cell = row * (columns - 1) + column
                guard cellColors[cell] != 0 else { continue }
                let i = row * columns + column
                let a = nodes[i], c = nodes[i + columns + 1]
                for half in 0...1 {
                    let other = half == 0 ? nodes[i + 1] : nodes[i + columns]
                    let minY = min(a.y, c.y, other.y), maxY = max(a.y, c.y, other.y)
                    guard minY.isFinite, maxY.isFinite else { continue }
                    // Sample rows whose centres the triangle spans, as `triangle` computes them.
                    let y0 = max(0, (minY - 0.5).rounded(.up)), y1 = min(Double(bands * bandHeight - 1), (maxY - 0.5).rounded(.down))
                    guard y0 <= y1 else { continue }
                    spans.append((Int32(2 * cell + half), Int(y0) / bandHeight, Int(y1) / bandHeight))
                }
            }
        }
        var starts = [Int](repeating: 0, count: bands + 1)
        for span in spans { for band in span.first...span.last { starts[band + 1] += 1 } }
        for band in 0..<bands { starts[band + 1] += starts[band] }
        var next = starts
        var list = [Int32](repeating: 0, count: starts[bands])
        for span in spans {
            for band in span.first...span.last {
                list[next[band]] = span.triangle
                next[band] += 1
            }
        }
        return (list, starts)
    }

    /// Fills the samples of `rows` whose centres lie in triangle abc (edges included) where the
    /// triangle is nearer than what is there; `band` holds those rows' samples.
    @inline(__always)
    private static func triangle(_ a: ScreenNode, _ b: ScreenNode, _ c: ScreenNode, color: UInt32, rows: Range<Int>,
                                 width: Int, band: UnsafeMutableBufferPointer<Sample>) {
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
            // The samples of this row inside the triangle, found from its edges and widened by
            // a sample on each side; the exact test below decides the edges.
            let (left, right) = Self.span(a, b, c, y: py)
            guard left <= right else { continue }
            let xa = max(x0, Int(max(left, -1).rounded(.down)) - 1), xb = min(x1, Int(min(right, Double(width)).rounded(.up)) + 1)
            guard xa <= xb else { continue }
            let px0 = Double(xa) + 0.5
            var wb = ((px0 - a.x) * (c.y - a.y) - (py - a.y) * (c.x - a.x)) * inverse
            var wc = ((b.x - a.x) * (py - a.y) - (b.y - a.y) * (px0 - a.x)) * inverse
            var index = (y - rows.lowerBound) * width + xa
            for _ in xa...xb {
                if wb >= 0 && wc >= 0 && wb + wc <= 1 {
                    let key = Float(a.key + wb * keyB + wc * keyC)
                    if key > band[index].key { band[index] = Sample(key: key, color: color) }
                }
                wb += wbx
                wc += wcx
                index += 1
            }
        }
    }

    /// Where the horizontal line at `y` crosses triangle abc: the smallest and largest x of
    /// its crossings with the three edges (low > high when it misses them all).
    @inline(__always)
    private static func span(_ a: ScreenNode, _ b: ScreenNode, _ c: ScreenNode, y: Double) -> (Double, Double) {
        var low = Double.infinity, high = -Double.infinity
        @inline(__always) func edge(_ p: ScreenNode, _ q: ScreenNode) {
            let (top, bottom) = p.y <= q.y ? (p, q) : (q, p)
            guard y >= top.y, y <= bottom.y else { return }
            if top.y == bottom.y {
                low = min(low, top.x, bottom.x)
                high = max(high, top.x, bottom.x)
            } else {
                let x = top.x + (y - top.y) / (bottom.y - top.y) * (bottom.x - top.x)
                low = min(low, x)
                high = max(high, x)
            }
        }
        edge(a, b)
        edge(b, c)
        edge(c, a)
        return (low, high)
    }

    /// The panel's pixels: each the average of its samples, transparent where no mesh is
    /// (premultiplied alpha, the coverage).
    func image() -> PixelImage {
        var pixels = [UInt32](repeating: 0, count: width * height)
        let n = samples, sw = width * samples, count = UInt32(n * n)
        // Channels are summed two at a time (red and blue, alpha and green, in 16-bit halves):
        // n² samples of at most 255 fit in 16 bits up to n = 16.
        precondition(n <= 16)
        Parallel.fill(&pixels, blockLength: width, chunk: 16) { range, out in
            points.withUnsafeBufferPointer { points in
                for (k, y) in range.enumerated() {
                    for x in 0..<width {
                        var redBlue: UInt32 = 0, alphaGreen: UInt32 = 0
                        for sy in 0..<n {
                            var i = (y * n + sy) * sw + x * n
                            for _ in 0..<n {
                                let c = points[i].color
                                redBlue += c & 0x00FF_00FF
                                alphaGreen += c >> 8 & 0x00FF_00FF
                                i += 1
                            }
                        }
                        let half = count / 2
                        let a8 = ((alphaGreen >> 16) + half) / count, r8 = ((redBlue >> 16) + half) / count
                        let g8 = ((alphaGreen & 0xFFFF) + half) / count, b8 = ((redBlue & 0xFFFF) + half) / count
                        out[k * width + x] = a8 << 24 | r8 << 16 | g8 << 8 | b8
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
                if points[sy * sw + sx].key <= limit { return true }
            }
        }
        return cx < 0 || cy < 0 || cx >= sw || cy >= sh
    }
}
