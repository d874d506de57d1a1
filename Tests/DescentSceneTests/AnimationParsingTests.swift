import Descent
import Testing
@testable import DescentScene

/// `animation:` — frames or fps and duration, hold, formats, easing, trail and size.
struct AnimationParsingTests {
    static func scene(_ animation: String, steps: Int = 100) -> String {
        rosenbrock(runs: "  - optimizer: sgd\n", top: "steps: \(steps)\n") + "animation:\n"
            + animation.split(separator: "\n").map { "  \($0)\n" }.joined()
    }

    @Test func noBlockMeansNoAnimation() throws {
        #expect(try parse(rosenbrock(runs: "  - optimizer: sgd\n")).animation == nil)
    }

    @Test func defaults() throws {
        let a = try #require(try parse(Self.scene("frames: 120")).animation)
        #expect(a == AnimationSettings(frames: 120, fps: 24, hold: 1.5, formats: [.gif], easing: .linear, trail: .full,
                                       width: 800, height: 600))
    }

    @Test func everyField() throws {
        let a = try #require(try parse(Self.scene("""
            frames: 90
            fps: 30
            hold: 2
            formats: [webp, gif, mp4, frames]
            easing: ease-in
            trail: fade
            tail: 40
            size: [640, 480]
            """)).animation)
        #expect(a == AnimationSettings(frames: 90, fps: 30, hold: 2, formats: [.webp, .gif, .mp4, .frames],
                                       easing: .easeIn, trail: .fading(steps: 40), width: 640, height: 480))
    }

    @Test func durationAndRateGiveTheFrameCount() throws {
        #expect(try parse(Self.scene("fps: 10\nduration: 3")).animation?.frames == 30)
        // 24 fps × 2.5 s = 60 frames; the default rate applies when fps is not given.
        #expect(try parse(Self.scene("duration: 2.5")).animation?.frames == 60)
        // 7 fps × 1.1 s = 7.7, rounded to 8.
        #expect(try parse(Self.scene("fps: 7\nduration: 1.1")).animation?.frames == 8)
    }

    @Test func aFadingTailDefaultsToAFifthOfTheLongestRun() throws {
        #expect(try parse(Self.scene("trail: fade", steps: 300)).animation?.trail == .fading(steps: 60))
        #expect(try parse(Self.scene("trail: fade", steps: 12)).animation?.trail == .fading(steps: 5))
    }

    @Test(arguments: [
        ("frames: 0", "t.yaml:7: animation.frames: must be between 2 and 10000, got 0"),
        ("frames: 1000000", "t.yaml:7: animation.frames: must be between 2 and 10000, got 1000000"),
        ("frames: 12.5", "t.yaml:7: animation.frames: must be a whole number, got 12.5"),
        ("fps: 0", "t.yaml:7: animation.fps: must be > 0 and at most 50 frames per second, got 0"),
        ("fps: -24", "t.yaml:7: animation.fps: must be > 0 and at most 50 frames per second, got -24"),
        ("fps: .nan", "t.yaml:7: animation.fps: must be a finite number, got `.nan`"),
        ("duration: 0", "t.yaml:7: animation.duration: must be > 0 seconds, got 0"),
        ("duration: 1000", "t.yaml:7: animation.duration: gives 24000 frames at 24 fps; an animation has 2 to 10000"),
        ("frames: 10\nduration: 2", "t.yaml:8: animation.duration: give either `frames` or `duration`, not both"),
        ("hold: -1", "t.yaml:7: animation.hold: must be between 0 and 60 seconds, got -1"),
        ("formats: [gif, mov]", "t.yaml:7: animation.formats[1]: unknown animation format `mov`; expected one of gif, webp, mp4, frames"),
        ("formats: [gif, gif]", "t.yaml:7: animation.formats[1]: lists `gif` twice"),
        ("formats: []", "t.yaml:7: animation.formats: must list at least one of gif, webp, mp4, frames"),
        ("easing: ease-inn", "t.yaml:7: animation.easing: unknown easing `ease-inn`; did you mean `ease-in`?"),
        ("tail: 20", "t.yaml:7: animation.tail: is the length of a fading trail; add `trail: fade`"),
        ("size: [8, 8]", "t.yaml:7: animation.size[0]: must be between 16 and 10000, got 8"),
    ])
    func badValues(_ yaml: String, _ expected: String) {
        #expect(parseError(Self.scene(yaml))?.description == expected)
    }
}
