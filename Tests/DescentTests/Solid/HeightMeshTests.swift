import Foundation
import Testing
@testable import Descent

/// The mesh's triangulation, and lines laid on it.
struct HeightMeshTests {
    /// f = x² − y² on [−1, 1]², 11 nodes a side (spacing 0.2), linear heights: z = 0.75 f.
    func saddle() throws -> HeightMesh {
        try #require(HeightMesh(surface: try FormulaSurface(Formula("x^2 - y^2")), view: ViewBox(x: -1...1, y: -1...1),
                                resolution: 11, scale: .linear, shift: nil))
    }

    @Test func nodesSitOnTheSurface() throws {
        let mesh = try saddle()
        // Node (10, 5) is (1, 0): f = 1, the top of the range [−1, 1], so z = 0.75.
        #expect(mesh.vertex(10, 5) == Vec3(1, 0, 0.75))
        #expect(abs(mesh.height(at: Vec2(-0.6, 0.2)) - 0.75 * (0.36 - 0.04)) < 1e-12)
    }

    @Test func insideACellTheHeightIsLinearOnEachTriangle() throws {
        // Cell [0, 0.2]²: nodes f(0,0) = 0, f(0.2,0) = 0.04, f(0.2,0.2) = 0, f(0,0.2) = −0.04.
        // Below the diagonal (s ≥ t) at (0.15, 0.05): 0 + 0.75·0.04 + 0.25·(0 − 0.04) = 0.02 (times 0.75).
        // Above it at (0.05, 0.15): 0 + 0.75·(−0.04) + 0.25·(0 + 0.04) = −0.02 (times 0.75).
        let mesh = try saddle()
        #expect(abs(mesh.height(at: Vec2(0.15, 0.05)) - 0.75 * 0.02) < 1e-12)
        #expect(abs(mesh.height(at: Vec2(0.05, 0.15)) + 0.75 * 0.02) < 1e-12)
        #expect(mesh.height(at: Vec2(1.5, 0)).isNaN)
    }

    @Test func drapingCutsAtGridLinesAndDiagonals() throws {
        // From (0.1, 0.04) to (0.7, 0.04) in grid units gx 5.5 → 8.5, gy 5.2: crosses columns 6, 7, 8,
        // no row, and diagonals gx − gy = 1, 2, 3 (from 0.3 to 3.3): six cuts, eight points.
        let mesh = try saddle()
        let draped = mesh.drape([Vec2(0.1, 0.04), Vec2(0.7, 0.04)])
        #expect(draped.count == 8)
        #expect(draped.first == mesh.box.point(Vec2(0.1, 0.04), z: mesh.height(at: Vec2(0.1, 0.04))))
    }

    @Test func everyDrapedPieceLiesOnOneTriangle() throws {
        // If a piece crossed an edge of the triangulation, the mesh would bend under it and
        // its midpoint would leave the straight chord.
        let mesh = try saddle()
        let path = [Vec2(-0.93, -0.81), Vec2(0.37, 0.52), Vec2(0.88, -0.66), Vec2(-0.2, 0.95)]
        let draped = mesh.drape(path)
        #expect(draped.count > 30)
        for (a, b) in zip(draped, draped.dropFirst()) {
            let mid = 0.5 * (a + b)
            let plane = Vec2(mesh.box.view.x.lowerBound + (mid.x + 1) / 2 * mesh.box.view.width,
                             mesh.box.view.y.lowerBound + (mid.y + 1) / 2 * mesh.box.view.height)
            #expect(abs(mesh.height(at: plane) - mid.z) < 1e-12, "piece \(a) → \(b)")
        }
    }
}
