import Descent
import Foundation

/// A 3D panel seen by one camera in one rectangle: where every point of the box lands in
/// figure pixels, the lit colour of each cell, the mesh's depth (and, for PNG, its pixels),
/// which parts of lines on the mesh are visible, and the back-to-front order of the cells.
struct SolidFrame {
    let model: SolidModel
    let rect: Rect
    /// Where the camera puts the box's points in this rectangle.
    let placement: SolidPlacement
    /// Lit colour of each cell; nil where the cell is missing.
    let shades: [RGB?]
    let raster: MeshRaster
    /// Nearness keys closer than this count as the same surface (a fraction of the mesh's range).
    let tolerance: Double


    /// The frame of `model` seen by `camera`, fitted into `rect` less `inset` pixels on every
    /// side (room for tick labels): the image-plane rectangle `fit` fills it, by default the
    /// bounds of the box's cylinder for this camera (see `bounds`).
    init(model: SolidModel, camera: Camera, rect: Rect, inset: Double, fit: Rect? = nil) {
        self.init(model: model, rect: rect,
                  placement: SolidPlacement(box: model.mesh.box, camera: camera, rect: rect, inset: inset, fit: fit))
    }

    /// The frame of `model` in `rect` where `placement` puts the box.
    init(model: SolidModel, rect: Rect, placement: SolidPlacement) {
        self.model = model
        self.rect = rect
        self.placement = placement
        let projection = placement.projection
        shades = Self.lighting(model, projection)

        let mesh = model.mesh
        var nodes: [ScreenNode] = []
        nodes.reserveCapacity(mesh.columns * mesh.rows)
        var lo = Double.infinity, hi = -Double.infinity
        for row in 0..<mesh.rows {
            for column in 0..<mesh.columns {
                var node = placement.screen(mesh.vertex(column, row))
                node.x -= rect.x
                node.y -= rect.y
                if node.key.isFinite {
                    lo = min(lo, node.key)
                    hi = max(hi, node.key)
                }
                nodes.append(node)
            }
        }
        tolerance = 2e-3 * max(hi - lo, 1e-12)
        let colors = shades.map { $0?.argb ?? 0 }
        raster = MeshRaster(width: Int(rect.width.rounded()), height: Int(rect.height.rounded()), samples: ZBufferSize.samplesPerSide,
                            nodes: nodes, columns: mesh.columns, rows: mesh.rows, cellColors: colors)
    }

    /// The image-plane bounds of the box's bounding cylinder (the circle through its corners,
    /// swept over its height). A camera turning about the z axis sees the same bounds, so a
    /// rotating view keeps its size.
    static func bounds(box: SolidBox, projection: CameraProjection) -> Rect {
        let radius = (box.halfWidth * box.halfWidth + box.halfDepth * box.halfDepth).squareRoot()
        // Reduced first: added to a huge azimuth, the sample angles would round to one angle.
        let turn = projection.camera.azimuth.truncatingRemainder(dividingBy: 360) * .pi / 180
        var minU = Double.infinity, maxU = -Double.infinity, minV = Double.infinity, maxV = -Double.infinity
        for k in 0..<144 {
            let angle = turn + 2 * .pi * Double(k) / 144
            for z in [-SolidBox.halfHeight, SolidBox.halfHeight] {
                let q = projection.project(Vec3(radius * cos(angle), radius * sin(angle), z))
                minU = min(minU, q.x); maxU = max(maxU, q.x)
                minV = min(minV, q.y); maxV = max(maxV, q.y)
            }
        }
        return Rect(x: minU, y: minV, width: maxU - minU, height: maxV - minV)
    }

    var projection: CameraProjection { placement.projection }
    /// Pixels per box unit.
    var scale: Double { placement.scale }

    /// `p` in figure pixels.
    func point(_ p: Vec3) -> Point { placement.point(p) }

    /// True when `p`, a point on the upper side of the mesh, is not hidden by the mesh: the
    /// side faces the camera and nothing nearer covers it. Paths and lines lie on the upper
    /// side, so a camera below the surface sees them only through holes and past its edges.
    func isVisible(_ p: Vec3) -> Bool {
        guard p.isFinite else { return false }
        let mesh = model.mesh
        if let cell = mesh.cellIndex(at: mesh.box.plane(p)) {
            let toward = projection.camera.position.map { $0 - p } ?? projection.direction
            if model.cellNormals[cell].dot(toward) < 0 { return false }
        }
        let node = placement.screen(p)
        return raster.isVisible(x: node.x - rect.x, y: node.y - rect.y, key: node.key, tolerance: tolerance)
    }

    /// The visible parts of a line on the mesh, in figure pixels: the line is tested every
    /// `step` pixels, and a stretch is drawn when both its ends are visible.
    func visiblePieces(_ line: [Vec3], step: Double = 1.5) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        func flush() {
            if current.count >= 2 { pieces.append(current) }
            current = []
        }
        var previousVisible = false
        for (a, b) in zip(line, line.dropFirst()) {
            guard a.isFinite, b.isFinite else {
                flush()
                previousVisible = false
                continue
            }
            let pa = point(a), pb = point(b)
            let length = ((pb.x - pa.x) * (pb.x - pa.x) + (pb.y - pa.y) * (pb.y - pa.y)).squareRoot()
            let n = max(1, min(4096, Int((length / step).rounded(.up))))
            if current.isEmpty {
                previousVisible = isVisible(a)
                if previousVisible { current = [pa] }
            }
            for k in 1...n {
                let lambda = Double(k) / Double(n)
                let p = a + lambda * (b - a)
                let visible = isVisible(p)
                if visible && previousVisible {
                    current.append(k == n ? pb : point(p))
                } else {
                    flush()
                    if visible { current = [k == n ? pb : point(p)] }
                }
                previousVisible = visible
            }
        }
        flush()
        return pieces
    }

    /// Cells from back to front, for drawing as polygons (the painter's algorithm).
    ///
    /// Along any ray from the camera, the horizontal distance from the camera (or, for a
    /// parallel view, the distance along the horizontal view direction) grows in x and in y
    /// separately; so a cell nearer on some ray is never farther in both. Sorting by those two
    /// distances, farthest first, draws every cell before any cell in front of it: exact for a
    /// height field, with no depth sort to get wrong.
    var paintOrder: [Int] {
        let mesh = model.mesh
        let cellColumns = mesh.columns - 1
        let eye = projection.camera.position
        let direction = projection.direction
        var keys: [(Double, Double, Int)] = []
        keys.reserveCapacity(shades.count)
        for cell in shades.indices where shades[cell] != nil {
            let column = cell % cellColumns, row = cell / cellColumns
            let a = mesh.box.point(Vec2(mesh.field.x(column: column), mesh.field.y(row: row)), z: 0)
            let b = mesh.box.point(Vec2(mesh.field.x(column: column + 1), mesh.field.y(row: row + 1)), z: 0)
            let cx = (a.x + b.x) / 2, cy = (a.y + b.y) / 2
            if let eye {
                keys.append((abs(cx - eye.x), abs(cy - eye.y), cell))
            } else {
                keys.append((-cx * Self.sign(direction.x), -cy * Self.sign(direction.y), cell))
            }
        }
        keys.sort { ($0.0, $0.1) > ($1.0, $1.1) }
        return keys.map(\.2)
    }

    private static func sign(_ v: Double) -> Double { abs(v) < 1e-12 ? 0 : (v > 0 ? 1 : -1) }

    /// The colour of each cell lit by a light above and to the left of the camera: an ambient
    /// part, a diffuse part and a faint highlight. Both faces are lit alike, so the mesh seen
    /// from below shows its shape too.
    private static func lighting(_ model: SolidModel, _ projection: CameraProjection) -> [RGB?] {
        let view = projection.direction
        let light = (-0.45 * projection.right + 0.6 * projection.up + 0.65 * view).normalized
        let halfway = (light + view).normalized
        return zip(model.cellColors, model.cellNormals).map { color, normal in
            guard let color else { return nil }
            let n = normal.dot(view) < 0 ? -normal : normal
            let diffuse = max(0, n.dot(light))
            let highlight = 0.12 * pow(max(0, n.dot(halfway)), 24)
            let k = 0.5 + 0.55 * diffuse
            return RGB(r: min(1, color.r * k + highlight), g: min(1, color.g * k + highlight), b: min(1, color.b * k + highlight))
        }
    }
}
