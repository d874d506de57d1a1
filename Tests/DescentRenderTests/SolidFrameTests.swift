import Descent
import Foundation
import Testing
@testable import DescentRender

/// Where the box lands in pixels, and what the vector files hold.
@Suite struct SolidFrameTests {
    /// The scene budget estimates the z-buffer from `ZBufferSize`: it must be what the raster holds.
    @Test func zBufferSizeIsTheRastersOwn() throws {
        #expect(MemoryLayout<MeshRaster.Sample>.stride == ZBufferSize.bytesPerSample)
        let node = ScreenNode(x: 0, y: 0, key: 0)
        let raster = MeshRaster(width: 4, height: 3, samples: ZBufferSize.samplesPerSide, nodes: [node, node, node, node],
                                columns: 2, rows: 2, cellColors: [0])
        #expect(Double(raster.points.count * MemoryLayout<MeshRaster.Sample>.stride) == ZBufferSize.bytes(width: 4, height: 3))
    }

    func frame(camera: Camera, rect: Rect, inset: Double) throws -> SolidFrame {
        let figure = try SolidTesting.figure("x + y", runs: [], camera: camera, resolution: 11)
        let panel = figure.panels[0]
        let view = try #require(panel.solid)
        let model = try #require(SolidModel(panel, view: view, mapping: nil, colormap: .grey, filled: false))
        return SolidFrame(model: model, camera: camera, rect: rect, inset: inset)
    }

    @Test func fromStraightAboveTheBoxFillsThePanelLikeAPlan() throws {
        // Parallel, looking down with x right and y up: the bounding circle of the square box has
        // radius √2, so 2√2 box units span the 280 px left of 300 − 2·10; one unit is 280/(2√2) px,
        // and the centre of the box is the centre of the rectangle (200, 150).
        let f = try frame(camera: Camera(elevation: 90, azimuth: -90, distance: nil), rect: Rect(x: 0, y: 0, width: 400, height: 300), inset: 10)
        let s = 280 / (2 * 2.0.squareRoot())
        let corner = f.point(Vec3(-1, -1, 0.75)), other = f.point(Vec3(1, 1, -0.75))
        #expect(abs(corner.x - (200 - s)) < 1e-9 && abs(corner.y - (150 + s)) < 1e-9)
        #expect(abs(other.x - (200 + s)) < 1e-9 && abs(other.y - (150 - s)) < 1e-9)
    }

    @Test func fromTheFrontHeightIsUp() throws {
        // Parallel from −y: u = x, v = z. The cylinder spans u ∈ [−√2, √2] and v ∈ [−0.75, 0.75];
        // width limits: 380/(2√2) px per unit in a 400 x 300 rectangle with inset 10.
        let f = try frame(camera: Camera(elevation: 0, azimuth: -90, distance: nil), rect: Rect(x: 0, y: 0, width: 400, height: 300), inset: 10)
        let s = 380 / (2 * 2.0.squareRoot())
        let top = f.point(Vec3(0.5, 0.3, 0.75))
        #expect(abs(top.x - (200 + 0.5 * s)) < 1e-9 && abs(top.y - (150 - 0.75 * s)) < 1e-9)
    }

    @Test func turningTheCameraAboutZKeepsTheScale() throws {
        let rect = Rect(x: 0, y: 0, width: 400, height: 300)
        let scales = try [-60.0, -15, 0, 33, 90, 1e300].map { try frame(camera: Camera(elevation: 30, azimuth: $0), rect: rect, inset: 10).scale }
        for s in scales { #expect(abs(s - scales[0]) < 1e-6 * scales[0]) }
    }

    /// A still camera's box and its labels, together, fill the panel in one direction and sit in
    /// its middle, whichever sides the labels fall on; nothing leaves the panel.
    @Test(arguments: [Camera(elevation: 30, azimuth: -60), Camera(elevation: 60, azimuth: 20), Camera(elevation: 10, azimuth: 135)])
    func theBoxAndItsLabelsFillThePanelTogether(_ camera: Camera) throws {
        let measuring = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let prepared = PreparedFigure(try SolidTesting.figure("x^2 - y^2", runs: [], camera: camera, resolution: 21,
                                                             width: 700, height: 400), measurer: measuring)
        let solid = try #require(prepared.panels[0].solid)
        let rect = solid.frame.rect, t = solid.typography
        let labels = SolidLabels(axes: solid.axes, typography: t, measurer: solid.texts)
        let box = solid.model.mesh.box
        var points = [-1.0, 1].flatMap { x in [-1.0, 1].flatMap { y in [-1.0, 1].map { z in solid.frame.point(box.corner(x, y, z)) } } }
        points += labels.texts.flatMap { [Point($0.box.minX, $0.box.minY), Point($0.box.maxX, $0.box.maxY)] }
        let content = try #require(Rect.bounding(points))
        // Labels move a little with the scale (ticks slide along the edges): a few pixels.
        let slack = 0.5 * t.gap
        #expect(content.minX >= rect.minX && content.maxX <= rect.maxX && content.minY >= rect.minY && content.maxY <= rect.maxY,
                "\(content) in \(rect)")
        #expect(abs(content.midX - rect.midX) <= slack && abs(content.midY - rect.midY) <= slack, "\(content) in \(rect)")
        let fillsWidth = rect.width - content.width <= t.gap + slack, fillsHeight = rect.height - content.height <= t.gap + slack
        #expect(fillsWidth || fillsHeight, "\(content) in \(rect)")
    }

    @Test func aFrameForAnotherCameraMatchesAFigurePreparedWithIt() throws {
        // One frame of a rotating camera: the prepared figure seen by a new camera draws the
        // same pixels as the figure prepared for that camera from the start.
        let run = DrawnRun(label: "a", color: RGB(hex: 0xFF0000), points: [Vec2(-0.5, -0.5), Vec2(0.2, 0.4), Vec2(0.6, -0.2)])
        let first = Camera(elevation: 30, azimuth: -60), turned = Camera(elevation: 30, azimuth: 15)
        let measuring = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let rotated = PreparedFigure(try SolidTesting.figure("x^2 - y^2", runs: [run], camera: first, resolution: 31),
                                     measurer: measuring).seen(by: turned)
        let direct = PreparedFigure(try SolidTesting.figure("x^2 - y^2", runs: [run], camera: turned, resolution: 31),
                                    measurer: measuring)
        let a = try FigureWriter.rasterize(rotated).pixels(), b = try FigureWriter.rasterize(direct).pixels()
        let same = a.pixels == b.pixels
        #expect(same)
        let unturned = try FigureWriter.rasterize(PreparedFigure(
            try SolidTesting.figure("x^2 - y^2", runs: [run], camera: first, resolution: 31), measurer: measuring)).pixels()
        let moved = unturned.pixels != a.pixels
        #expect(moved)
    }

    @Test func growingAPolygonMovesEveryEdgeOutward() {
        // A 10 px square grown by 1 px is the 12 px square around it, whichever way it winds.
        let square = [Point(0, 0), Point(10, 0), Point(10, 10), Point(0, 10)]
        let expected = [Point(-1, -1), Point(11, -1), Point(11, 11), Point(-1, 11)]
        for (got, want) in zip(SolidPainter.grown(square, by: 1), expected) {
            #expect(abs(got.x - want.x) < 1e-12 && abs(got.y - want.y) < 1e-12)
        }
        for (got, want) in zip(SolidPainter.grown(square.reversed(), by: 1), expected.reversed()) {
            #expect(abs(got.x - want.x) < 1e-12 && abs(got.y - want.y) < 1e-12)
        }
        // A sliver's sharp corners move at most 3 px, not the mitre's 1/sin(angle/2).
        let sliver = [Point(0, 0), Point(100, 1), Point(200, 1), Point(100, 0)]
        for (got, was) in zip(SolidPainter.grown(sliver, by: 1), sliver) {
            #expect(((got.x - was.x) * (got.x - was.x) + (got.y - was.y) * (got.y - was.y)).squareRoot() <= 3 + 1e-9)
        }
    }

    @Test func vectorFilesDrawOnePolygonPerCell() throws {
        let dir = NSTemporaryDirectory() + "descent-solid-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let figure = try SolidTesting.figure("x^2 - y^2", runs: [], camera: Camera(), resolution: 21, width: 400, height: 300)
        try FigureWriter.write(figure, name: "mesh", formats: [.svg, .pdf], to: dir)
        let svg = try String(contentsOfFile: dir + "/mesh.svg", encoding: .utf8)
        // 20 × 20 cells, each a closed four-corner path: M, three L, Z.
        let quads = svg.components(separatedBy: "<path").filter { $0.range(of: #"d="M [-0-9. ]+ L [-0-9. ]+ L [-0-9. ]+ L [-0-9. ]+ Z"#, options: .regularExpression) != nil }
        #expect(quads.count >= 400)
        #expect(svg.components(separatedBy: "<image").count - 1 == 1)  // the colorbar's; the mesh is vector
    }
}
