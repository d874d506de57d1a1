import Descent
import Testing
@testable import DescentRender

/// What is in front hides what is behind, checked by pixels, for the PNG raster and for the
/// sorted polygons of SVG and PDF alike.
@Suite struct OcclusionTests {
    static let red = RGB(hex: 0xFF0000)
    static let blue = RGB(hex: 0x0000FF)
    /// Looking along +y from slightly above (elevation 20°): the ridge at y = −0.3 stands in
    /// front of everything behind it. Its top is 1.5 box units above the ground, so its shadow
    /// along the line of sight, 1.5 / tan 20° ≈ 4.1 units, covers the whole ground behind it.
    static let camera = Camera(elevation: 20, azimuth: -90, distance: nil)

    /// Points every 0.1 along x at depth y, inside the view.
    static func line(y: Double) -> [Vec2] { stride(from: -0.7, through: 0.7, by: 0.1).map { Vec2($0, y) } }

    @Test(arguments: [false, true])
    func aPathBehindARidgeIsHiddenAndOneInFrontIsNot(polygons: Bool) throws {
        let behind = DrawnRun(label: "behind", color: Self.red, points: Self.line(y: 0.5))
        let front = DrawnRun(label: "front", color: Self.blue, points: Self.line(y: -0.8))
        let (image, prepared) = try SolidTesting.raster(SolidTesting.ridge(runs: [behind, front], camera: Self.camera),
                                                        polygons: polygons)
        let frame = try #require(prepared.panels[0].solid).frame
        for x in stride(from: -0.6, through: 0.6, by: 0.1) {
            let hidden = frame.pixel(Vec2(x, 0.5))
            let red = image.looks(hidden.x, hidden.y, like: Self.red)
            #expect(!red, "behind at x = \(x): \(image.rgb(Int(hidden.x), Int(hidden.y)))")
            let shown = frame.pixel(Vec2(x + 0.05, -0.8))
            let blue = image.looks(shown.x, shown.y, like: Self.blue)
            #expect(blue, "front at x = \(x): \(image.rgb(Int(shown.x), Int(shown.y)))")
        }
    }

    @Test(arguments: [false, true])
    func aPathOverTheRidgeShowsUpToTheTopAndNotBeyond(polygons: Bool) throws {
        // Seen from the front right (azimuth −60), so that the hidden part of the path does not
        // fall on the screen where its own visible part is drawn. Along the line of sight the
        // ridge's shadow is still 4.1 units long, 3.5 of them in y: it hides all behind it.
        let camera = Camera(elevation: 20, azimuth: -60, distance: nil)
        let across = DrawnRun(label: "across", color: Self.red, points: stride(from: -0.9, through: 0.9, by: 0.05).map { Vec2(0.3, $0) })
        let (image, prepared) = try SolidTesting.raster(SolidTesting.ridge(runs: [across], camera: camera), polygons: polygons)
        let frame = try #require(prepared.panels[0].solid).frame
        let at = { (y: Double) in frame.pixel(Vec2(0.3, y)) }
        // The front slope faces the camera: the path climbs it in view.
        for y in [-0.725, -0.625, -0.525, -0.425] {  // between the step dots
            let red = image.looks(at(y).x, at(y).y, like: Self.red)
            #expect(red, "y = \(y): \(image.rgb(Int(at(y).x), Int(at(y).y)))")
        }
        // Beyond the top, on the back slope and the ground behind, the ridge hides it.
        for y in [-0.1, 0.2, 0.5, 0.8] {
            let red = image.looks(at(y).x, at(y).y, like: Self.red)
            #expect(!red, "y = \(y): \(image.rgb(Int(at(y).x), Int(at(y).y)))")
        }
    }

    @Test(arguments: [false, true])
    func fromBelowAPathOnTheUpperSideIsHidden(polygons: Bool) throws {
        // The bowl x² + y² seen from 40° below: its underside faces the camera, the path lies on top.
        let path = DrawnRun(label: "on top", color: Self.red, points: Self.line(y: 0.1))
        let below = Camera(elevation: -40, azimuth: -70)
        let figure = try SolidTesting.figure("x^2 + y^2", runs: [path], camera: below, resolution: 61)
        let (image, prepared) = try SolidTesting.raster(figure, polygons: polygons)
        let frame = try #require(prepared.panels[0].solid).frame
        for x in stride(from: -0.5, through: 0.5, by: 0.1) {
            let p = frame.pixel(Vec2(x, 0.1))
            let red = image.looks(p.x, p.y, like: Self.red)
            #expect(!red, "x = \(x): \(image.rgb(Int(p.x), Int(p.y)))")
        }
        // The same path from above is in plain view.
        let (above, abovePrepared) = try SolidTesting.raster(
            SolidTesting.figure("x^2 + y^2", runs: [path], camera: Camera(elevation: 40, azimuth: -70), resolution: 61),
            polygons: polygons)
        let top = try #require(abovePrepared.panels[0].solid).frame
        let p = top.pixel(Vec2(0.05, 0.1))
        let red = above.looks(p.x, p.y, like: Self.red)
        #expect(red)
    }

    @Test func polygonsBackToFrontAgreeWithTheZBuffer() throws {
        // Two hills and a pit seen from four sides and from below, in perspective and in
        // parallel: the painter's order of the polygons must give the z-buffer's picture.
        let formula = "2*exp(-((x - 0.4)^2 + (y - 0.3)^2)/0.05) + 1.5*exp(-((x + 0.5)^2 + (y + 0.2)^2)/0.08) - exp(-((x + 0.1)^2 + (y - 0.6)^2)/0.03)"
        let cameras = [Camera(elevation: 25, azimuth: -60), Camera(elevation: 15, azimuth: 120, distance: 3),
                       Camera(elevation: 40, azimuth: 30, distance: nil), Camera(elevation: -30, azimuth: -150),
                       Camera(elevation: 10, azimuth: -100, distance: 2.5)]
        for camera in cameras {
            let figure = try SolidTesting.figure(formula, runs: [], camera: camera, resolution: 60)
            let (raster, prepared) = try SolidTesting.raster(figure, polygons: false)
            let (polygons, _) = try SolidTesting.raster(figure, polygons: true)
            let rect = prepared.layout.panels[0]
            var differing = 0, total = 0
            for y in Int(rect.minY)..<Int(rect.maxY) {
                for x in Int(rect.minX)..<Int(rect.maxX) {
                    let a = raster.rgb(x, y), b = polygons.rgb(x, y)
                    total += 1
                    if abs(a.r - b.r) + abs(a.g - b.g) + abs(a.b - b.b) > 60 { differing += 1 }
                }
            }
            // Only edge pixels may differ (anti-aliasing of polygon edges against the raster's samples).
            #expect(Double(differing) / Double(total) < 0.01, "\(camera): \(differing) of \(total) pixels differ")
        }
    }
}
