import Descent
import Foundation
import Testing
@testable import DescentRender

/// Animations of 3D views: each frame's camera, heads on the mesh where that camera sees the
/// step's point, occlusion that changes as the camera turns, and both panels of `both`.
@Suite struct SolidAnimationTests {
    static let red = Palette.light.run(0)

    /// GD with `lr` (x_k = 1.6 · 0.8^k with the default 0.1) on x² + y² from (1.6, 0) in a
    /// parallel 3D view at elevation 60 (grey, so only runs are coloured), one frame a step;
    /// the camera moves as `camera` says, or stays still.
    static func bowl(lr: Double = 0.1, steps: Int = 10, camera: String?, projection: String = "3d") throws -> AnimationTesting {
        try AnimationTesting.bowl(lr: lr, steps: steps, view: """
            colormap: grey
            projection: \(projection)
            elevation: 60
            azimuth: -60
            field_of_view: 0
            contours: none
            """, extra: camera.map { "camera: \($0)" } ?? "", size: (640, 480))
    }

    /// The pixel where `camera` puts the point `p` of the plane, lifted onto the mesh of the
    /// animation's 3D panel `panel`.
    static func pixel(_ a: AnimationTesting, _ p: Vec2, camera: Camera, panel: Int = 0) throws -> Point {
        try #require(a.plan.prepared.seen(by: camera, fittedTo: a.plan.fit).panels[panel].solid).frame.pixel(p)
    }

    @Test func aRisingCameraKeepsTheBoxsSizeAndEveryFrameInsideThePanel() throws {
        // From 10° to 80° up, the box's outline grows taller; every frame is fitted to the
        // union of those outlines, so the scale never changes and no corner leaves the panel
        // (beside a 2D panel).
        let a = try Self.bowl(camera: "{azimuth: [-60, -30], elevation: [10, 80]}", projection: "both")
        let frames = try (0..<11).map { k in try #require(a.plan.prepared(frame: k).panels[1].solid).frame }
        let rect = a.plan.prepared.panels[1].transform.rect
        for frame in frames {
            #expect(abs(frame.scale - frames[0].scale) < 1e-9 * frames[0].scale)
            let box = frame.model.mesh.box
            for x in [-1.0, 1] {
                for y in [-1.0, 1] {
                    for z in [-1.0, 1] { #expect(rect.contains(frame.point(box.corner(x, y, z)))) }
                }
            }
        }
        // The common fit never draws the box larger than a camera alone would.
        let alone = try #require(a.plan.cameras).map { camera in
            try #require(a.plan.prepared.seen(by: camera).panels[1].solid).frame.scale
        }
        #expect(alone.allSatisfy { $0 >= frames[0].scale * (1 - 1e-9) })
    }

    /// In a wide, low panel the outline's height binds: seen from 10° up the box is flat, from
    /// 80° its floor is a tall disc, so alone the low camera is drawn larger than when it
    /// shares the high camera's fit; the shared fit holds both outlines.
    @Test func aCommonFitHoldsEveryCamerasOutline() throws {
        let box = SolidBox(view: ViewBox(x: -2...2, y: -2...2))
        let low = Camera(elevation: 10, azimuth: -60, distance: nil), high = Camera(elevation: 80, azimuth: -60, distance: nil)
        let rect = Rect(x: 0, y: 0, width: 1000, height: 200)
        let fit = try #require(PreparedSolid.fit(box: box, cameras: [low, high]))
        let alone = SolidPlacement(box: box, camera: low, rect: rect, inset: 0)
        let shared = SolidPlacement(box: box, camera: low, rect: rect, inset: 0, fit: fit)
        #expect(alone.scale > 1.4 * shared.scale)
        for camera in [low, high] {
            let bounds = SolidFrame.bounds(box: box, projection: CameraProjection(camera))
            #expect(fit.minX <= bounds.minX && fit.maxX >= bounds.maxX && fit.minY <= bounds.minY && fit.maxY >= bounds.maxY)
        }
    }

    @Test func theCameraOfEachFrameIsInterpolatedAsWorkedOutByHand() throws {
        // Azimuth −60 → 40 over frames 0 … 10 at a constant pace: −60 + 10k at frame k;
        // elevation 60 → 20 smoothly: 60 − 40 (1 − cos(πk/10)) / 2, 40 at frame 5.
        let a = try Self.bowl(camera: "{azimuth: [-60, 40], elevation: [60, 20], pace: smooth}")
        let cameras = try #require(a.plan.cameras)
        #expect(cameras.count == 11)
        // Smooth pace: e(1/2) = 1/2 gives azimuth −10 and elevation 40 at frame 5.
        #expect(abs(cameras[5].azimuth - -10) < 1e-9 && abs(cameras[5].elevation - 40) < 1e-9)
        // e(1/10) = (1 − cos 18°)/2 = 0.0244717: azimuth −60 + 100 · 0.0244717 = −57.55283.
        #expect(abs(cameras[1].azimuth - -57.55283) < 1e-5)
        #expect(cameras[0].azimuth == -60 && cameras[10].azimuth == 40 && cameras[10].elevation == 20)
        // The distance is the view's: a parallel projection throughout.
        #expect(cameras.allSatisfy { $0.distance == nil })
    }

    @Test func theHeadLiesWhereThatFramesCameraProjectsTheStepsPoint() throws {
        // Linear pace: frame 5 shows step 5 (x_5 = 1.6 · 0.8⁵ = 0.524288) seen from azimuth −10.
        let a = try Self.bowl(camera: "{azimuth: [-60, 40]}")
        #expect(a.plan.frameSteps[5] == 5)
        let frame = try a.frame(5)
        let head = try Self.pixel(a, Vec2(0.524288, 0), camera: Camera(elevation: 60, azimuth: -10, distance: nil))
        let drawn = frame.looks(head.x, head.y, like: Self.red, tolerance: 40)
        #expect(drawn, "head: \(frame.rgb(Int(head.x), Int(head.y)))")
        // Where the first frame's camera would put it, the head is not: the camera has turned.
        let unturned = try Self.pixel(a, Vec2(0.524288, 0), camera: Camera(elevation: 60, azimuth: -60, distance: nil))
        #expect(abs(unturned.x - head.x) + abs(unturned.y - head.y) > 20)
        let redThere = frame.looks(unturned.x, unturned.y, like: Self.red, tolerance: 60)
        #expect(!redThere)
        // Step 8 (x = 0.268435) is still ahead at frame 5: no run colour there.
        let ahead = try Self.pixel(a, Vec2(0.268435, 0), camera: Camera(elevation: 60, azimuth: -10, distance: nil))
        let drawnAhead = frame.looks(ahead.x, ahead.y, like: Self.red, tolerance: 60)
        #expect(!drawnAhead)
    }

    @Test func aMovingCameraRedrawsTheMeshAndAStillOneKeepsItInTheBackground() throws {
        // The mesh's centre, (0, 0) on the bowl's floor, as frame 3's camera sees it.
        let moving = try Self.bowl(camera: "{azimuth: [-60, 40]}")
        let centre = try Self.pixel(moving, .zero, camera: Camera(elevation: 60, azimuth: -30, distance: nil))
        // The moving camera's background leaves the 3D panel white; the frame draws the mesh.
        let empty = moving.background.rgb(Int(centre.x), Int(centre.y))
        #expect(empty == (255, 255, 255))
        let drawn = try moving.frame(3).rgb(Int(centre.x), Int(centre.y))
        #expect(drawn != (255, 255, 255) && drawn.r == drawn.g && drawn.g == drawn.b, "grey mesh: \(drawn)")
        // A still camera keeps the mesh in the background.
        let still = try Self.bowl(camera: nil)
        #expect(still.plan.cameras == nil)
        let at = try Self.pixel(still, .zero, camera: Camera(elevation: 60, azimuth: -60, distance: nil))
        let kept = still.background.rgb(Int(at.x), Int(at.y))
        #expect(kept != (255, 255, 255))
    }

    @Test func aHeadBehindARidgeAppearsWhenTheCameraTurnsAfterTheRuns() throws {
        // f = 3 exp(−((y + 0.3)/0.12)²) + 0.1 x: a ridge along y = −0.3 and a gentle slope in x.
        // At y = 0.5 the ridge's slope is 3 · 2 · 0.8/0.0144 · e^(−44) ≈ 0, so GD with lr 1
        // walks x_k = 0.5 − 0.1k along y = 0.5: the head of step 10 is at (−0.5, 0.5).
        // Seen along +y from 20° up (azimuth −90) the ridge hides everything behind it (its
        // shadow along the line of sight is 4 box units long, see OcclusionTests); from the
        // other side (azimuth 90) the run lies in front of it.
        let a = try AnimationTesting(yaml: """
            surface:
              formula: "3*exp(-((y + 0.3)/0.12)^2) + 0.1*x"
            view:
              x: [-1, 1]
              y: [-1, 1]
              colormap: grey
              projection: 3d
              elevation: 20
              azimuth: -90
              field_of_view: 0
              contours: none
              resolution: 121
            start: [0.5, 0.5]
            steps: 10
            runs:
              - optimizer: sgd
                lr: 1
            output:
              name: ridge
            animation:
              frames: 11
              size: [640, 480]
              camera: {azimuth: [-90, 90], when: after, frames: 10}
            """)
        // 11 frames of runs with the camera still, then 10 of the turn: 21 frames.
        #expect(a.plan.frameSteps == Array(0...10) + Array(repeating: 10, count: 10))
        let cameras = try #require(a.plan.cameras)
        #expect(cameras[10].azimuth == -90 && cameras[11].azimuth == -72 && cameras[20].azimuth == 90)
        let head = Vec2(-0.5, 0.5)
        let hidden = try Self.pixel(a, head, camera: cameras[10])
        let before = try a.frame(10)
        let seenBehind = before.looks(hidden.x, hidden.y, like: Self.red, tolerance: 60)
        #expect(!seenBehind, "behind the ridge: \(before.rgb(Int(hidden.x), Int(hidden.y)))")
        let shown = try Self.pixel(a, head, camera: Camera(elevation: 20, azimuth: 90, distance: nil))
        let after = try a.frame(20)
        let seenInFront = after.looks(shown.x, shown.y, like: Self.red, tolerance: 40)
        #expect(seenInFront, "in front: \(after.rgb(Int(shown.x), Int(shown.y)))")
        // The legend states the outcome once the runs are done, through the turn.
        #expect(a.plan.runs[0][0].status(at: a.plan.frameSteps[15]) == a.plan.prepared.figure.legend[0].columns[2])
    }

    @Test func bothPanelsAnimate() throws {
        // `projection: both`: the 2D panel on the left, the 3D one on the right; the head of
        // step 5 in each, the 3D one seen by frame 5's camera; the counter in the 2D panel.
        let a = try Self.bowl(camera: "{azimuth: [-60, 40]}", projection: "both")
        #expect(a.plan.prepared.panels.count == 2 && a.plan.mainPanel == 0)
        #expect(a.plan.prepared.panels[0].solid == nil && a.plan.prepared.panels[1].solid != nil)
        let frame = try a.frame(5)
        let flat = a.pixel(Vec2(0.524288, 0))
        let flatHead = frame.matches(flat.x, flat.y, Self.red, tolerance: 6)
        #expect(flatHead, "2D head: \(frame.rgb(flat.x, flat.y))")
        let solid = try Self.pixel(a, Vec2(0.524288, 0), camera: Camera(elevation: 60, azimuth: -10, distance: nil), panel: 1)
        let solidHead = frame.looks(solid.x, solid.y, like: Self.red, tolerance: 40)
        #expect(solidHead, "3D head: \(frame.rgb(Int(solid.x), Int(solid.y)))")
        #expect(a.plan.prepared.panels[0].transform.rect.contains(Point(a.plan.counter.midX, a.plan.counter.midY)))
    }

    @Test func aDivergedRunIsTaggedInA3DView() throws {
        // lr 1.1 on x² + y²: x_{k+1} = −1.2 x_k leaves [−2, 2] at step 2 and diverges at step 74
        // (see FrameContentTests); in a 3D-only view the tag is drawn in the 3D panel.
        let a = try Self.bowl(lr: 1.1, steps: 100, camera: nil)
        // From frame 73 to 74 nothing moves in the panel but the step counter, except that
        // the tag appears; from 72 to 73 nothing at all.
        let rect = a.plan.prepared.panels[0].transform.rect, counter = a.plan.counter.inset(by: -2)
        func changed(_ from: PixelImage, _ to: PixelImage) -> Int {
            (Int(rect.minY)..<Int(rect.maxY)).reduce(0) { count, y in
                count + (Int(rect.minX)..<Int(rect.maxX)).count { x in
                    !counter.contains(Point(Double(x), Double(y))) && from.rgb(x, y) != to.rgb(x, y)
                }
            }
        }
        let (f72, f73, f74) = (try a.frame(72), try a.frame(73), try a.frame(74))
        #expect(changed(f72, f73) == 0)
        // A tag of one line of legend text with padding: well over 1000 pixels.
        #expect(changed(f73, f74) > 1000)
    }
}
