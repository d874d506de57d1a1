import Descent

/// Reads `animation:`: frame count (or rate and duration), formats, easing, trail, size and
/// the camera's motion.
struct AnimationReader {
    let value: YAMLValue
    /// Updates of the longest run, for the default length of a fading tail.
    let steps: Int
    /// The scene's view: whether it has a 3D camera to move, and where that camera starts.
    let view: ViewSettings

    static let keys = ["frames", "fps", "duration", "hold", "formats", "easing", "trail", "tail", "size", "camera"]
    static let trails = ["full", "fade"]

    func read() throws(SceneError) -> AnimationSettings {
        var a = AnimationSettings()
        let m = try value.mapping(allowed: Self.keys)
        if let v = m["fps"] {
            a.fps = try v.number("> 0 and at most \(NumberFormat.plain(SceneLimits.fps)) frames per second") {
                $0 > 0 && $0 <= SceneLimits.fps
            }
        }
        if let v = m["frames"] {
            if let d = m["duration"] { throw d.error("give either `frames` or `duration`, not both") }
            a.frames = try v.integer(in: SceneLimits.frames)
        }
        if let v = m["duration"] {
            let seconds = try v.number("> 0 seconds") { $0 > 0 }
            let frames = (seconds * a.fps).rounded()
            guard frames >= Double(SceneLimits.frames.lowerBound) && frames <= Double(SceneLimits.frames.upperBound) else {
                throw v.error("gives \(NumberFormat.plain(frames)) frames at \(NumberFormat.plain(a.fps)) fps; "
                              + "an animation has \(SceneLimits.frames.lowerBound) to \(SceneLimits.frames.upperBound)")
            }
            a.frames = Int(frames)
        }
        if let v = m["hold"] {
            a.hold = try v.number("between 0 and \(NumberFormat.plain(SceneLimits.hold)) seconds") {
                $0 >= 0 && $0 <= SceneLimits.hold
            }
        }
        if let v = m["formats"] { a.formats = try Self.formats(v) }
        if let v = m["easing"] {
            a.easing = Easing(rawValue: try v.choice(Easing.allCases.map(\.rawValue), what: "easing"))!
        }
        let fading = try m["trail"].map { v throws(SceneError) in try v.choice(Self.trails, what: "trail") == "fade" } ?? false
        if fading {
            let tail = try m["tail"].map { v throws(SceneError) in try v.integer(in: SceneLimits.steps) }
            a.trail = .fading(steps: tail ?? max(5, steps / 5))
        } else if let v = m["tail"] {
            throw v.error("is the length of a fading trail; add `trail: fade`")
        }
        if let v = m["size"] { (a.width, a.height) = try OutputReader.size(v) }
        if let v = m["camera"] {
            let motion = try CameraMotionReader(value: v, view: view, runFrames: a.frames).read()
            if case let .after(turn) = motion.timing { a.frames += turn }
            a.camera = motion
        }
        return a
    }

    private static func formats(_ v: YAMLValue) throws(SceneError) -> [AnimationFormat] {
        let items = try v.sequence()
        let names = AnimationFormat.allCases.map(\.rawValue)
        guard !items.isEmpty else { throw v.error("must list at least one of \(names.joined(separator: ", "))") }
        var formats: [AnimationFormat] = []
        for item in items {
            let format = AnimationFormat(rawValue: try item.choice(names, what: "animation format"))!
            guard !formats.contains(format) else { throw item.error("lists `\(format.rawValue)` twice") }
            formats.append(format)
        }
        return formats
    }
}
