import Testing
@testable import Descent

/// Frame → step, checked against values computed by hand from the formulas in `FrameSteps`.
@Suite struct FrameStepsTests {
    @Test func linearMatchesTheMatplotlibPeer() {
        // The peer shows step round(k · 500 / 119) in frame k of 120.
        let steps = FrameSteps.steps(frames: 120, steps: 500, easing: .linear)
        #expect(steps[0] == 0)
        #expect(steps[1] == 4)      // 4.20
        #expect(steps[2] == 8)      // 8.40
        #expect(steps[3] == 13)     // 12.61
        #expect(steps[60] == 252)   // 252.10
        #expect(steps[118] == 496)  // 495.80
        #expect(steps[119] == 500)
    }

    @Test func linearRoundsHalvesUp() {
        // 3 frames over 5 steps: frame 1 sits at 2.5.
        #expect(FrameSteps.steps(frames: 3, steps: 5, easing: .linear) == [0, 3, 5])
        // 5 frames over 2 steps: 0, 0.5, 1, 1.5, 2.
        #expect(FrameSteps.steps(frames: 5, steps: 2, easing: .linear) == [0, 1, 1, 2, 2])
    }

    @Test func easeInGivesTheFirstStepsMoreFrames() {
        // e(u) = u(1 + 3u)/4 at u = 0, 1/4, 1/2, 3/4, 1: 0, 0.109375, 0.3125, 0.609375, 1.
        #expect(FrameSteps.steps(frames: 5, steps: 100, easing: .easeIn) == [0, 11, 31, 61, 100])
        // Over 1000 steps: 109.375 → 109, 312.5 → 313 (half up), 609.375 → 609.
        #expect(FrameSteps.steps(frames: 5, steps: 1000, easing: .easeIn) == [0, 109, 313, 609, 1000])
    }

    @Test(arguments: [Easing.linear, .easeIn])
    func stepsNeverGoBackAndSpanTheRun(_ easing: Easing) {
        for frames in [2, 3, 7, 120, 1000] {
            for total in [0, 1, 5, 499, 500, 100_000] {
                let steps = FrameSteps.steps(frames: frames, steps: total, easing: easing)
                #expect(steps.first == 0 && steps.last == total, "\(frames) frames, \(total) steps")
                #expect(zip(steps, steps.dropFirst()).allSatisfy { $0 <= $1 }, "\(frames) frames, \(total) steps")
            }
        }
    }
}
