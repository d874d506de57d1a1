/// What each frame of an animation shows: the step the runs have reached and, with a moving
/// camera, the fraction of the camera's motion done.
///
/// Without a camera turning after the runs, frame k of n shows `FrameSteps.step(k, n)` and
/// the camera at u = k / (n − 1). With a turn of m frames after the runs, frames k < n − m
/// show the runs (step `FrameSteps.step(k, n − m)`) with the camera at u = 0, and frame
/// n − m + j (j = 0 … m − 1) shows the last step with the camera at u = (j + 1) / m: the turn
/// starts on the frame after the runs' last and ends on the animation's last.
public struct AnimationTimeline: Sendable, Equatable {
    /// The step each frame shows; never decreasing, from 0 to the longest run's last.
    public let steps: [Int]
    /// The fraction (0…1) of the camera's motion each frame shows; nil for a still camera.
    public let cameraFractions: [Double]?

    /// The timeline of `settings` for runs whose longest makes `steps` updates.
    public init(_ settings: AnimationSettings, steps: Int) {
        let frames = settings.frames, runFrames = settings.runFrames
        let turn = frames - runFrames
        self.steps = FrameSteps.steps(frames: runFrames, steps: steps, easing: settings.easing)
            + Array(repeating: steps, count: turn)
        guard settings.camera != nil else {
            cameraFractions = nil
            return
        }
        cameraFractions = turn > 0
            ? Array(repeating: 0, count: runFrames) + (1...turn).map { Double($0) / Double(turn) }
            : (0..<frames).map { Double($0) / Double(frames - 1) }
    }
}
