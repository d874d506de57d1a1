/// A file format an animation is written in.
public enum AnimationFormat: String, Sendable, CaseIterable, Codable {
    /// An animated GIF, written by descent itself; loops forever.
    case gif
    /// An animated WebP (libwebp's animation encoder), lossless; loops forever.
    case webp
    /// H.264 video through ffmpeg, when ffmpeg is installed.
    case mp4
    /// One PNG per frame: `NAME-0000.png`, `NAME-0001.png`, ...
    case frames
}

/// How the frames of an animation are spread over the optimizer steps.
public enum Easing: String, Sendable, CaseIterable, Codable {
    /// Every frame advances the same number of steps.
    case linear
    /// The step counter starts slowly and speeds up, so the first steps, where optimizers
    /// move most, get more frames (see `FrameSteps`).
    case easeIn = "ease-in"
}

/// How much of each path a frame shows.
public enum Trail: Sendable, Equatable {
    /// The whole path from the start to the current step.
    case full
    /// The last `steps` steps, fading out towards the oldest.
    case fading(steps: Int)
}

/// What `descent animate` makes of a scene: frame count and rate, formats, size and style.
public struct AnimationSettings: Sendable, Equatable {
    /// Number of frames, at least 2 (the first shows the start, the last the final step),
    /// including those of a camera turning after the runs (see `runFrames`).
    public var frames: Int
    /// Frames per second, in (0, 50].
    public var fps: Double
    /// Seconds the last frame stays before the animation loops (GIF, WebP) or ends (MP4).
    public var hold: Double
    /// The files to write, one per format.
    public var formats: [AnimationFormat]
    /// How the runs' progress is spread over the frames.
    public var easing: Easing
    /// How much of each path stays drawn behind its head.
    public var trail: Trail
    /// Frame size in pixels.
    public var width: Int
    /// Frame height in pixels.
    public var height: Int
    /// How the camera of a 3D view moves; nil keeps it still.
    public var camera: CameraMotion?

    /// Frames over which the runs advance: all of them, less a camera turn after the runs.
    public var runFrames: Int {
        if case let .after(turn) = camera?.timing { return frames - turn }
        return frames
    }

    /// Animation settings; the camera stays still unless `camera` is set afterwards.
    public init(frames: Int = 120, fps: Double = 24, hold: Double = 1.5, formats: [AnimationFormat] = [.gif],
                easing: Easing = .linear, trail: Trail = .full, width: Int = 800, height: Int = 600) {
        self.frames = frames
        self.fps = fps
        self.hold = hold
        self.formats = formats
        self.easing = easing
        self.trail = trail
        self.width = width
        self.height = height
    }
}
