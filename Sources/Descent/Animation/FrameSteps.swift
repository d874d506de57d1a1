/// Which optimizer step each frame of an animation shows.
///
/// Frame k of n (k = 0 … n − 1) sits at u = k / (n − 1) of the animation and shows step
/// round(S · e(u)) of S, rounding halves up, where e is the easing curve:
/// - linear: e(u) = u, so frame k shows round(k · S / (n − 1)), as matplotlib scripts do;
/// - ease-in: e(u) = u (1 + 3u) / 4, whose slope is 1/4 at the start and 7/4 at the end: the
///   first quarter of the frames covers (1/4)(1 + 3/4)/4 ≈ 11 % of the steps, where gradient
///   methods move most. e is increasing with e(0) = 0 and e(1) = 1.
/// Steps never decrease from one frame to the next; the first frame shows step 0 and the last
/// step S.
public enum FrameSteps {
    /// The step frame `frame` of `frames` (≥ 2) shows when the longest run makes `steps` updates.
    public static func step(frame: Int, of frames: Int, steps: Int, easing: Easing) -> Int {
        precondition(frames >= 2 && (0..<frames).contains(frame) && steps >= 0)
        let last = frames - 1
        switch easing {
        case .linear:
            // round(k S / (n − 1)) in integers, halves up.
            return (2 * frame * steps + last) / (2 * last)
        case .easeIn:
            let u = Double(frame) / Double(last)
            return Int((Double(steps) * u * (1 + 3 * u) / 4 + 0.5).rounded(.down))
        }
    }

    /// The steps of every frame, in order.
    public static func steps(frames: Int, steps: Int, easing: Easing) -> [Int] {
        (0..<frames).map { step(frame: $0, of: frames, steps: steps, easing: easing) }
    }
}
