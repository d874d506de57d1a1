import Descent
import Testing
@testable import DescentScene

/// `animation.camera`: how a 3D view's camera moves, and the one-line errors of bad motions.
struct CameraMotionParsingTests {
    /// A saddle scene with a 3D view (elevation 30, azimuth −60 unless `view` says otherwise),
    /// 50 steps, and an animation of `frames` frames whose camera block is `camera`.
    static func scene(_ camera: String, frames: Int = 60, view: String = "projection: 3d") -> String {
        """
        surface:
          name: saddle
        view:
          \(view)
        steps: 50
        runs:
          - optimizer: sgd
        animation:
          frames: \(frames)
          camera:
        \(camera.split(separator: "\n").map { "    \($0)" }.joined(separator: "\n"))
        """
    }

    @Test func aTurnOfTheAzimuthStartsFromTheViewsElevation() throws {
        let a = try #require(try parse(Self.scene("azimuth: [-60, 300]")).animation)
        #expect(a.camera == CameraMotion(azimuth: .init(from: -60, to: 300), elevation: .init(30), timing: .during, pace: .linear))
        #expect(a.frames == 60 && a.runFrames == 60)
    }

    @Test func everyField() throws {
        let a = try #require(try parse(Self.scene("""
            azimuth: 20
            elevation: [10, 80]
            when: after
            frames: 30
            pace: smooth
            """, view: "{projection: both, azimuth: -45}")).animation)
        #expect(a.camera == CameraMotion(azimuth: .init(20), elevation: .init(from: 10, to: 80), timing: .after(frames: 30), pace: .smooth))
        // The turn's frames follow the runs' 60.
        #expect(a.frames == 90 && a.runFrames == 60)
    }

    @Test func aTurnAfterTheRunsTakesAsManyFramesAsTheRunsUnlessTold() throws {
        let a = try #require(try parse(Self.scene("azimuth: [0, 360]\nwhen: after", frames: 48)).animation)
        #expect(a.camera?.timing == .after(frames: 48) && a.frames == 96)
    }

    @Test(arguments: [
        ("azimuth: [0, 90]", "projection: 2d",
         "t.yaml:11: animation.camera: moves the camera of a 3D view; add `projection: 3d` (or `both`) to `view`"),
        ("azimuth: [-60, -60]", "projection: 3d",
         "t.yaml:11: animation.camera: moves nothing; give `azimuth` or `elevation` as [from, to] with different ends"),
        ("elevation: [30, 100]", "projection: 3d",
         "t.yaml:11: animation.camera.elevation: must be between −90 and 90 degrees at both ends, got [30, 100]"),
        ("elevation: -95", "projection: 3d",
         "t.yaml:11: animation.camera.elevation: must be between −90 and 90 degrees, got -95"),
        ("azimuth: [0, 1e300]", "projection: 3d",
         "t.yaml:11: animation.camera.azimuth: must be within ±3600 degrees (ten turns) at both ends, got [0, 1e+300]"),
        ("azimuth: [0, .nan]", "projection: 3d", "t.yaml:11: animation.camera.azimuth[1]: must be a finite number, got `.nan`"),
        ("azimuth: [0, 90, 180]", "projection: 3d", "t.yaml:11: animation.camera.azimuth: must be a list of two numbers, got 3 items"),
        ("azimut: [0, 90]", "projection: 3d", "t.yaml:11: animation.camera.azimut: unknown key; did you mean `azimuth`?"),
        ("azimuth: [0, 90]\nwhen: always", "projection: 3d",
         "t.yaml:12: animation.camera.when: unknown camera timing `always`; expected one of during, after"),
        ("azimuth: [0, 90]\npace: smoth", "projection: 3d", "t.yaml:12: animation.camera.pace: unknown pace `smoth`; did you mean `smooth`?"),
        ("azimuth: [0, 90]\nframes: 30", "projection: 3d",
         "t.yaml:12: animation.camera.frames: is the length of a turn after the runs; add `when: after` (a turn during the runs takes all frames)"),
        ("azimuth: [0, 90]\nwhen: after\nframes: 9990", "projection: 3d",
         "t.yaml:13: animation.camera.frames: gives 10050 frames with the runs' 60; an animation has 2 to 10000"),
        ("azimuth: [0, 90]\nwhen: after\nframes: 1", "projection: 3d", "t.yaml:13: animation.camera.frames: must be between 2 and 10000, got 1"),
    ])
    func badMotions(_ camera: String, _ view: String, _ expected: String) {
        #expect(parseError(Self.scene(camera, view: view))?.description == expected)
    }

    @Test func aTurnAfterTooManyRunFramesSaysWhatToDo() {
        #expect(parseError(Self.scene("azimuth: [0, 90]\nwhen: after", frames: 6000))?.description
                == "t.yaml:11: animation.camera: turning over the runs' 6000 frames again gives 12000; an animation has at most 10000 (give `frames` for the turn)")
    }
}
