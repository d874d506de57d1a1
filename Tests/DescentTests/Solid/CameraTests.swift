import Foundation
import Testing
@testable import Descent

/// Projection by hand: cameras at known angles send known points to known places.
struct CameraTests {
    func close(_ a: Vec3, _ b: Vec3, _ tolerance: Double = 1e-12) -> Bool {
        abs(a.x - b.x) <= tolerance && abs(a.y - b.y) <= tolerance && abs(a.z - b.z) <= tolerance
    }

    @Test func straightDownWithAzimuthMinus90IsThePlan() {
        // Looking down the z axis with x to the right and y up: u = x, v = y, depth = −z.
        let p = CameraProjection(Camera(elevation: 90, azimuth: -90, distance: nil))
        #expect(close(p.project(Vec3(0.3, -0.7, 0.2)), Vec3(0.3, -0.7, -0.2)))
        #expect(close(p.project(Vec3(1, 1, -0.75)), Vec3(1, 1, 0.75)))
    }

    @Test func fromTheFrontXIsRightAndZIsUp() {
        // Camera on −y (azimuth −90, elevation 0): u = x, v = z, farther means larger y.
        let p = CameraProjection(Camera(elevation: 0, azimuth: -90, distance: nil))
        #expect(close(p.project(Vec3(0.5, 0.25, -0.4)), Vec3(0.5, -0.4, 0.25)))
    }

    @Test func fromPlusXYIsRight() {
        // Camera on +x (azimuth 0): looking towards −x, +y is to the right.
        let p = CameraProjection(Camera(elevation: 0, azimuth: 0, distance: nil))
        #expect(close(p.project(Vec3(0.1, 0.6, 0.3)), Vec3(0.6, 0.3, -0.1)))
    }

    @Test func matplotlibsDefaultView() {
        // elevation 30, azimuth −60: the camera's direction (cos 30 cos −60, cos 30 sin −60, sin 30).
        let c = Camera(elevation: 30, azimuth: -60, distance: nil)
        #expect(close(c.direction, Vec3(3.0.squareRoot() / 4, -0.75, 0.5)))
        #expect(close(c.right, Vec3(3.0.squareRoot() / 2, 0.5, 0)))
        // up is perpendicular to both, with a positive z.
        #expect(abs(c.up.dot(c.direction)) < 1e-12 && abs(c.up.dot(c.right)) < 1e-12 && c.up.z > 0)
        #expect(abs(c.up.norm - 1) < 1e-12)
    }

    @Test func perspectiveShrinksWithDepth() throws {
        // Camera at (0, −4, 0). (1, 0, 0) is at depth 4, the centre's: unchanged. (1, 2, 0.5) is at
        // depth 6: scaled by 4/6 to u = 2/3, v = 1/3.
        let p = CameraProjection(Camera(elevation: 0, azimuth: -90, distance: 4))
        #expect(close(p.project(Vec3(1, 0, 0)), Vec3(1, 0, 4)))
        #expect(close(p.project(Vec3(1, 2, 0.5)), Vec3(2.0 / 3, 1.0 / 3, 6)))
        #expect(close(try #require(p.camera.position), Vec3(0, -4, 0), 1e-15))
    }

    @Test func fieldOfViewFitsTheBoundingSphere() throws {
        // radius / sin(fov/2): 60° gives twice the radius; 0° a parallel projection.
        let radius = (2 + 0.75 * 0.75).squareRoot()
        #expect(abs(try #require(Camera.distance(fieldOfView: 60)) - 2 * radius) < 1e-12)
        #expect(Camera.distance(fieldOfView: 0) == nil)
    }

    @Test func aBoxKeepsTheDataAspectWithinOneToFour() {
        let wide = SolidBox(view: ViewBox(x: 0...4, y: 0...2))
        #expect(wide.halfWidth == 1 && wide.halfDepth == 0.5)
        #expect(wide.point(Vec2(3, 0.5), z: 0.1) == Vec3(0.5, -0.25, 0.1))
        let thin = SolidBox(view: ViewBox(x: 0...10, y: 0...1))
        #expect(thin.halfWidth == 1 && thin.halfDepth == 1)
    }
}

extension CameraTests {
    @Test func nearnessGrowsTowardsTheCameraAtAnyDistance() {
        // Along the viewing axis of a camera on +x: a point at x is nearer than one at x − 0.01,
        // even for a camera so far away that 1/depth would round both to the same Float.
        for distance in [3.0, 1e6, 1e300] {
            let p = CameraProjection(Camera(elevation: 0, azimuth: 0, distance: distance))
            let near = Float(p.nearness(Vec3(0.5, 0, 0))), far = Float(p.nearness(Vec3(0.49, 0, 0)))
            #expect(near > far, "distance \(distance)")
        }
        // At distance 4, (1, 0, 0) is 1 along and at depth 3: nearness 1 · 4/3.
        let p = CameraProjection(Camera(elevation: 0, azimuth: 0, distance: 4))
        #expect(abs(p.nearness(Vec3(1, 0.3, -0.2)) - 4.0 / 3) < 1e-12)
    }
}
