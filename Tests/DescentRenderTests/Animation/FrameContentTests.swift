import Descent
import Foundation
import Testing
@testable import DescentRender

/// What each frame shows, by pixels and by the live texts: the head at the frame's step, the
/// path behind it and nothing ahead, runs that stop when they converge, runs that diverge.
@Suite struct FrameContentTests {
    static let red = Palette.light.run(0)

    @Test func theHeadIsAtTheFramesStepAndThePathIsNotAheadOfIt() throws {
        // f = x² + y², lr 0.1: x_k = 1.6 · 0.8^k, y = 0; frame k shows step k.
        let a = try AnimationTesting.bowl(lr: 0.1, steps: 10)
        #expect(a.plan.frameSteps == Array(0...10))
        let frame3 = try a.frame(3)
        let head = a.pixel(Vec2(1.6 * 0.512, 0))
        #expect(frame3.matches(head.x, head.y, Self.red, tolerance: 6), "head: \(frame3.rgb(head.x, head.y))")
        // Step 6 (x = 0.419) is still ahead at frame 3: the surface shows there, not the run.
        let ahead = a.pixel(Vec2(1.6 * 0.262144, 0))
        #expect(!frame3.matches(ahead.x, ahead.y, Self.red, tolerance: 40), "ahead: \(frame3.rgb(ahead.x, ahead.y))")
        // By the last frame the path (and its dot at step 6) is there.
        let last = try a.frame(10)
        #expect(last.matches(ahead.x, ahead.y, Self.red, tolerance: 6), "last frame: \(last.rgb(ahead.x, ahead.y))")
        // The first frame shows the start only: the white start circle at (1.6, 0).
        let start = a.pixel(Vec2(1.6, 0))
        #expect(try a.frame(0).rgb(start.x, start.y) == (255, 255, 255))
    }

    @Test func theLiveLegendAndCounterFollowTheStep() throws {
        let a = try AnimationTesting.bowl(lr: 0.1, steps: 10)
        let run = a.plan.runs[0][0]
        // f(x_2) = (1.6 · 0.64)² = 1.048576; the rate is constant.
        #expect(run.status(at: 2) == "f = 1.05  lr = 0.1")
        // On a network surface the values are a loss, and the text says so.
        let analysis = ResolvedScene(a.scene).analyses[0]
        let onANetwork = AnimatedRun(analysis.trajectories[0], outcome: analysis.outcomes[0], color: run.color,
                                     view: a.scene.view.box, quantity: "loss")
        #expect(onANetwork.status(at: 2) == "loss = 1.05  lr = 0.1")
        #expect(AnimationPlan.counterText(step: 2, of: 10) == "step 2 / 10")
        // The live column is drawn per frame only: the background has no text there, frames do.
        let legend = try #require(a.plan.prepared.layout.legend)
        let columnX = Int(legend.rect.minX + legend.padding + legend.swatchWidth + a.plan.prepared.typography.gap * 1.1
                          + legend.textOffsets[AnimationPlan.liveColumn])
        let rows = Int(legend.rect.minY)..<Int(legend.rect.maxY)
        let inked = { (image: PixelImage) in
            rows.contains { y in (columnX..<min(image.width, columnX + 40)).contains { image.rgb($0, y).r < 128 } }
        }
        #expect(!inked(a.background))
        #expect(inked(try a.frame(2)))
    }

    @Test func aConvergedRunStopsAndSaysSoAsTheStillDoes() throws {
        // lr 0.4: x_k = 1.6 · 0.2^k. The settle radius is 10⁻³ of the view's diagonal, 4√2·10⁻³
        // = 0.00566: x_4 = 0.00256 is within it, x_3 = 0.0128 is not; so the run settles at
        // the minimum from step 4 and stays there to step 20.
        let a = try AnimationTesting.bowl(lr: 0.4, steps: 20)
        let run = a.plan.runs[0][0]
        #expect(run.settled == 4)
        #expect(run.path(at: 20).count == 5)
        #expect(run.path(at: 2).count == 3)
        // The legend says what the still figure's legend says, from the step it dates from.
        #expect(run.status(at: 20) == "converged to (0, 0) at step 4")
        #expect(run.status(at: 4) == a.plan.prepared.figure.legend[0].columns[2])
        // f(x_3) = 0.0128² = 1.6384e-4.
        #expect(run.status(at: 3) == "f = 1.64×10⁻⁴  lr = 0.4")
    }

    @Test func aRunThatStallsAtASaddleIsStuckNotConverged() throws {
        // f = x² − y², lr 0.25 on the stable line y = 0: x_{k+1} = x_k − 0.25 · 2x_k = x_k / 2,
        // x_k = 1.6 / 2^k. Within 0.00566 of the saddle first at k = 9 (0.0031; x_8 = 0.0063):
        // the path stops there, and the legend says stuck, as the still's does.
        let a = try AnimationTesting.bowl(lr: 0.25, steps: 20, formula: "x^2 - y^2")
        let run = a.plan.runs[0][0]
        #expect(run.settled == 9)
        #expect(run.path(at: 20).count == 10)
        #expect(run.status(at: 20) == "stuck at the saddle (0, 0) since step 9")
        #expect(run.status(at: 20) == a.plan.prepared.figure.legend[0].columns[2])
        #expect(run.status(at: 8).hasPrefix("f = "))
    }

    @Test func aRunStillMovingStatesItsOutcomeAtItsLastStep() throws {
        // lr 0.01: x_k = 1.6 · 0.98^k, x_10 = 1.307, far from the minimum: no settling, live
        // values up to step 9, and at the last step the still's verdict.
        let a = try AnimationTesting.bowl(lr: 0.01, steps: 10)
        let run = a.plan.runs[0][0]
        #expect(run.settled == nil)
        #expect(run.status(at: 9).hasPrefix("f = "))
        #expect(run.status(at: 10) == a.plan.prepared.figure.legend[0].columns[2])
        #expect(!run.status(at: 10).hasPrefix("f = "))
    }

    @Test func aDivergingRunShowsWhereAndWhen() throws {
        // lr 1.1: x_{k+1} = −1.2 x_k. It leaves the view [−2, 2] at step 2 (|x| = 2.304) and
        // diverges when x² > 1e12, i.e. 1.6 · 1.2^k > 1e6: k = 74.
        let a = try AnimationTesting.bowl(lr: 1.1, steps: 100)
        let run = a.plan.runs[0][0]
        #expect(run.diverged == 74)
        #expect(run.points.count == 3)
        #expect(run.status(at: 74) == "diverged at step 74")
        #expect(run.status(at: 73).hasPrefix("f = "))
        // From step 74 on, a (nearly) white tag near the exit says so (x_2 = 2.304 leaves
        // through the right edge); before, nothing that light and wide is there (the surface is
        // viridis, whose lightest colour has little blue; the path's white halo is translucent).
        let exit = a.pixel(Vec2(2, 0))
        let whiteRows = { (image: PixelImage) in
            ((exit.y - 60)...(exit.y + 60)).filter { y in
                var longest = 0, run = 0
                for x in (exit.x - 200)...exit.x {
                    let c = image.rgb(x, y)
                    run = min(c.r, c.g, c.b) >= 225 ? run + 1 : 0
                    longest = max(longest, run)
                }
                return longest > 40
            }
        }
        #expect(whiteRows(try a.frame(73)).isEmpty)
        let tag = whiteRows(try a.frame(100))
        #expect(!tag.isEmpty)
        // The tag sits beside the path (along y = 0), not on it.
        #expect(tag.allSatisfy { abs($0 - exit.y) > 3 }, "tag rows \(tag), path row \(exit.y)")
    }

    @Test func aFadingTrailShowsOnlyTheLastSteps() throws {
        // Tail of 2 steps: at frame 10 the path from step 8 on is drawn, step 3's point is not.
        let a = try AnimationTesting.bowl(lr: 0.1, steps: 10, extra: "trail: fade\ntail: 2")
        let last = try a.frame(10)
        let old = a.pixel(Vec2((1.6 * 0.512 + 1.6 * 0.4096) / 2, 0))
        #expect(!last.matches(old.x, old.y, Self.red, tolerance: 40), "old part: \(last.rgb(old.x, old.y))")
        let head = a.pixel(Vec2(1.6 * pow(0.8, 10), 0))
        #expect(last.matches(head.x, head.y, Self.red, tolerance: 6))
    }
}
