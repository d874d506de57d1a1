import Descent

/// One labelled edge of a 3D view's box: where its ticks are on screen, which way (a unit
/// screen vector) they and their labels point away from the box, and the axis title.
struct SolidAxis {
    let from: Point
    let to: Point
    let ticks: [(at: Point, label: String)]
    let outward: Point
    let title: String
    /// The z axis: its title reads along the edge, rotated.
    let isVertical: Bool
}

/// The box behind a 3D view, as matplotlib draws it: the three faces farthest from the
/// camera (the floor, or the ceiling when seen from below, and two walls) with grid lines at
/// the ticks, and the x, y and z axes on the box's edges, labels facing out.
struct SolidAxes {
    /// The three far faces, as screen polygons.
    let panes: [[Point]]
    let gridLines: [(Point, Point)]
    let axes: [SolidAxis]
    /// Height of the far horizontal face (the floor from above), in box units.
    let floorZ: Double

    init(frame: SolidFrame, names: AxisNames) {
        self.init(mesh: frame.model.mesh, placement: frame.placement, names: names)
    }

    /// The axes of `mesh`'s box where `placement` puts it: geometry only, cheap enough to try
    /// several placements before drawing one.
    init(mesh: HeightMesh, placement: SolidPlacement, names: AxisNames) {
        let box = mesh.box, view = box.view
        let camera = placement.projection.camera
        let toward = camera.position ?? placement.projection.direction
        // Signs of the far faces: opposite the camera; a camera exactly side-on picks −.
        let xFar = toward.x > 1e-12 ? -1.0 : 1.0, yFar = toward.y > 1e-12 ? -1.0 : 1.0
        let zFar = camera.elevation >= 0 ? -1.0 : 1.0
        let hw = box.halfWidth, hd = box.halfDepth, h = SolidBox.halfHeight
        let floorZ = zFar * h
        self.floorZ = floorZ
        let corner = { (x: Double, y: Double, z: Double) in placement.point(box.corner(x, y, z)) }
        panes = [
            [corner(-1, -1, zFar), corner(1, -1, zFar), corner(1, 1, zFar), corner(-1, 1, zFar)],
            [corner(xFar, -1, -1), corner(xFar, 1, -1), corner(xFar, 1, 1), corner(xFar, -1, 1)],
            [corner(-1, yFar, -1), corner(1, yFar, -1), corner(1, yFar, 1), corner(-1, yFar, 1)],
        ]

        let xTicks = Self.ticks(view.x), yTicks = Self.ticks(view.y)
        let zTicks = mesh.axis.ticks
        let xs = xTicks.map { box.point(Vec2($0, view.y.lowerBound), z: 0).x }
        let ys = yTicks.map { box.point(Vec2(view.x.lowerBound, $0), z: 0).y }
        let p = { (x: Double, y: Double, z: Double) in placement.point(Vec3(x, y, z)) }
        var grid: [(Point, Point)] = []
        for x in xs {
            grid.append((p(x, -hd, floorZ), p(x, hd, floorZ)))
            grid.append((p(x, yFar * hd, -h), p(x, yFar * hd, h)))
        }
        for y in ys {
            grid.append((p(-hw, y, floorZ), p(hw, y, floorZ)))
            grid.append((p(xFar * hw, y, -h), p(xFar * hw, y, h)))
        }
        for (z, _) in zTicks {
            grid.append((p(-hw, yFar * hd, z), p(hw, yFar * hd, z)))
            grid.append((p(xFar * hw, -hd, z), p(xFar * hw, hd, z)))
        }
        gridLines = grid

        let yNear = -yFar * hd, xNear = -xFar * hw
        let xAxis = Self.axis(placement, Vec3(-hw, yNear, floorZ), Vec3(hw, yNear, floorZ), along: Vec3(0, -yFar, 0),
                         ticks: zip(xs, NiceTicks.labels(xTicks)).map { (Vec3($0, yNear, floorZ), $1) }, title: names.x)
        let yAxis = Self.axis(placement, Vec3(xNear, -hd, floorZ), Vec3(xNear, hd, floorZ), along: Vec3(-xFar, 0, 0),
                         ticks: zip(ys, NiceTicks.labels(yTicks)).map { (Vec3(xNear, $0, floorZ), $1) }, title: names.y)
        // z on the vertical edge farthest left on screen, unless that is the nearest corner
        // (where the x and y labels meet), then the one farthest right.
        let sides = [(-1.0, -1.0), (1, -1), (1, 1), (-1, 1)].filter { !($0.0 == -xFar && $0.1 == -yFar) }
        let screenX = { (s: (Double, Double)) in corner(s.0, s.1, -1).x }
        let left = sides.min { screenX($0) < screenX($1) }!
        let zCorner = screenX(left) < screenX((-xFar, -yFar)) ? left : sides.max { screenX($0) < screenX($1) }!
        let zx = zCorner.0 * hw, zy = zCorner.1 * hd
        let zAxis = Self.axis(placement, Vec3(zx, zy, -h), Vec3(zx, zy, h), along: Vec3(zCorner.0, zCorner.1, 0),
                         ticks: zTicks.map { (Vec3(zx, zy, $0.z), $0.label) }, title: mesh.axis.label(of: names.value), vertical: true)
        axes = [xAxis, yAxis, zAxis]
    }

    /// Tick values along a side of the plane.
    private static func ticks(_ range: ClosedRange<Double>) -> [Double] { NiceTicks.linear(range, targetCount: 5) }

    /// Every tick label the axes of `mesh`'s box can show: x, y, then the heights.
    static func tickLabels(_ mesh: HeightMesh) -> [String] {
        let view = mesh.box.view
        return NiceTicks.labels(ticks(view.x)) + NiceTicks.labels(ticks(view.y)) + mesh.axis.ticks.map(\.label)
    }

    /// The axis along edge a→b whose ticks point the way the box would grow along `grow`
    /// (along −far y for the x axis, and so on).
    private static func axis(_ placement: SolidPlacement, _ a: Vec3, _ b: Vec3, along grow: Vec3, ticks: [(Vec3, String)],
                             title: String, vertical: Bool = false) -> SolidAxis {
        let pa = placement.point(a), pb = placement.point(b), centre = placement.point(.zero)
        let mid = placement.point(0.5 * (a + b)), out = placement.point(0.5 * (a + b) + 0.1 * grow)
        var n = Point(out.x - mid.x, out.y - mid.y)
        var length = (n.x * n.x + n.y * n.y).squareRoot()
        if length < 1e-6 {
            // Growing points at the camera: fall back to the edge's normal facing away from the centre.
            n = Point(-(pb.y - pa.y), pb.x - pa.x)
            if n.x * (mid.x - centre.x) + n.y * (mid.y - centre.y) < 0 { n = Point(-n.x, -n.y) }
            length = (n.x * n.x + n.y * n.y).squareRoot()
        }
        return SolidAxis(from: pa, to: pb, ticks: ticks.map { (placement.point($0.0), $0.1) },
                         outward: Point(n.x / length, n.y / length), title: title, isVertical: vertical)
    }
}
