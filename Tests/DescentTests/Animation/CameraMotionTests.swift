import Foundation
import Testing
@testable import Descent

/// The camera of an animation's frame, worked out by hand, and which step and camera each
/// frame shows.
@Suite struct CameraMotionTests {
    static let base = Camera(elevation: 35, azimuth: -60, distance: 4)

    @Test func aLinearTurnMovesAtAConstantSpeed() {
        let motion = CameraMotion(azimuth: .init(from: -60, to: 300), elevation: .init(35))
        // A quarter of the way: −60 + 360/4 = 30; the elevation and distance are held.
        let c = motion.camera(at: 0.25, base: Self.base)
        #expect(c.azimuth == 30 && c.elevation == 35 && c.distance == 4)
        #expect(motion.camera(at: 0, base: Self.base).azimuth == -60)
        #expect(motion.camera(at: 1, base: Self.base).azimuth == 300)
    }

    @Test func aSmoothTurnStartsAndStopsGently() {
        let motion = CameraMotion(azimuth: .init(from: -60, to: 300), elevation: .init(from: 40, to: 10), pace: .smooth)
        // e(1/3) = (1 − cos 60°)/2 = 1/4: azimuth −60 + 90 = 30, elevation 40 − 30/4 = 32.5.
        let third = motion.camera(at: 1.0 / 3, base: Self.base)
        #expect(abs(third.azimuth - 30) < 1e-12 && abs(third.elevation - 32.5) < 1e-12)
        // e(1/2) = 1/2: half way in both.
        let half = motion.camera(at: 0.5, base: Self.base)
        #expect(abs(half.azimuth - 120) < 1e-12 && abs(half.elevation - 25) < 1e-12)
        // Slow at the ends: the first tenth of the time covers (1 − cos 18°)/2 = 2.4 % of the turn.
        #expect(abs(motion.camera(at: 0.1, base: Self.base).azimuth - (-60 + 360 * (1 - cos(Double.pi / 10)) / 2)) < 1e-12)
    }

    @Test func aTurnDuringTheRunsSpansEveryFrame() {
        var settings = AnimationSettings(frames: 5)
        settings.camera = CameraMotion(azimuth: .init(from: 0, to: 90), elevation: .init(30))
        let timeline = AnimationTimeline(settings, steps: 8)
        // Linear steps: round(k · 8 / 4) = 2k; the camera at k/4.
        #expect(timeline.steps == [0, 2, 4, 6, 8])
        #expect(timeline.cameraFractions == [0, 0.25, 0.5, 0.75, 1])
    }

    @Test func aTurnAfterTheRunsFollowsTheirLastFrame() {
        // 3 frames of runs (steps 0, 4, 8), then 4 frames of the turn at the last step, the
        // camera at 1/4, 2/4, 3/4, 1 of its way.
        var settings = AnimationSettings(frames: 7)
        settings.camera = CameraMotion(azimuth: .init(from: 0, to: 90), elevation: .init(30), timing: .after(frames: 4))
        #expect(settings.runFrames == 3)
        let timeline = AnimationTimeline(settings, steps: 8)
        #expect(timeline.steps == [0, 4, 8, 8, 8, 8, 8])
        #expect(timeline.cameraFractions == [0, 0, 0, 0.25, 0.5, 0.75, 1])
    }

    @Test func withoutMotionThereAreNoCameraFractions() {
        let timeline = AnimationTimeline(AnimationSettings(frames: 3), steps: 4)
        #expect(timeline.steps == [0, 2, 4] && timeline.cameraFractions == nil)
    }
}
