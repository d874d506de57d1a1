import Descent
import Testing
@testable import DescentRender

/// What a person would see: colours where the surface and the paths are.
@Suite struct PixelTests {
    @Test func heatmapColourFollowsTheSurfaceValue() throws {
        // f = x on [0, 1]: at pixel column c of a panel w pixels wide the centre is at
        // x = (c + 0.5)/w, which is also the colormap position (range 0...1, linear).
        let (image, prepared) = try FigureTesting.raster(FigureTesting.linearRamp())
        let rect = prepared.layout.panels[0]
        let row = Int(rect.midY)
        for fraction in [0.1, 0.25, 0.5, 0.75, 0.9] {
            let column = Int(rect.minX + fraction * rect.width)
            let x = (Double(column) - rect.minX + 0.5) / rect.width
            #expect(image.matches(column, row, Colormap.grey.color(at: x), tolerance: 2),
                    "column \(column): \(image.rgb(column, row))")
        }
    }

    @Test func backgroundIsWhiteOutsideThePanel() throws {
        let (image, _) = try FigureTesting.raster(FigureTesting.linearRamp())
        #expect(image.rgb(2, 2) == (255, 255, 255))
        #expect(image.rgb(image.width - 3, image.height - 3) == (255, 255, 255))
    }

    @Test func trajectoryPixelsLieOnItsPoints() throws {
        let red = RGB(hex: 0xE6194B)
        let run = DrawnRun(label: "a", color: red, points: [Vec2(0.2, 0.3), Vec2(0.5, 0.5), Vec2(0.8, 0.7)])
        let (image, prepared) = try FigureTesting.raster(FigureTesting.linearRamp(runs: [run]))
        let transform = prepared.panels[0].transform
        // Midpoints of both segments carry the run's colour (the end markers are elsewhere).
        for p in [Vec2(0.35, 0.4), Vec2(0.65, 0.6)] {
            let q = transform.point(p)
            #expect(image.matches(Int(q.x), Int(q.y), red, tolerance: 12), "at \(p): \(image.rgb(Int(q.x), Int(q.y)))")
        }
        // Far from the path, the surface shows through.
        let away = transform.point(Vec2(0.8, 0.2))
        #expect(!image.matches(Int(away.x), Int(away.y), red, tolerance: 40))
    }

    @Test func pathsLeavingTheViewAreClippedAndMarked() throws {
        let blue = RGB(hex: 0x4363D8)
        // Leaves through the right edge at y = 0.5 and goes far away, as a diverging run does.
        let run = DrawnRun(label: "b", color: blue, points: [Vec2(0.5, 0.5), Vec2(0.9, 0.5), Vec2(1e9, 0.5)])
        let (image, prepared) = try FigureTesting.raster(FigureTesting.linearRamp(runs: [run]))
        let rect = prepared.layout.panels[0]
        let exit = prepared.panels[0].transform.point(Vec2(1, 0.5))
        // The exit triangle sits just inside the frame, in the run's colour.
        let marked = (2...14).contains { d in image.matches(Int(exit.x) - d, Int(exit.y), blue, tolerance: 12) }
        #expect(marked)
        // Nothing of the path is drawn right of the frame, where the colorbar gap is white.
        for x in (Int(rect.maxX) + 3)...(Int(prepared.layout.colorbar!.minX) - 2) {
            #expect(image.rgb(x, Int(exit.y)) == (255, 255, 255))
        }
    }
}
