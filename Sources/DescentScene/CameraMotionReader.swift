import Descent

/// Reads `animation.camera`: how the camera of a 3D view moves.
///
///     camera:
///       azimuth: [-60, 300]     # degrees, from → to; one number holds it (default: view.azimuth)
///       elevation: [35, 20]     # the same, each within −90…90 (default: view.elevation)
///       when: during            # during: while the runs advance; after: once they have finished
///       frames: 90              # with `when: after`: frames of the turn (default: the runs' frames)
///       pace: linear            # linear: constant speed; smooth: starts and stops gently
struct CameraMotionReader {
    let value: YAMLValue
    let view: ViewSettings
    /// Frames over which the runs advance.
    let runFrames: Int

    static let keys = ["azimuth", "elevation", "when", "frames", "pace"]

    func read() throws(SceneError) -> CameraMotion {
        guard view.projection != .flat else {
            throw value.error("moves the camera of a 3D view; add `projection: 3d` (or `both`) to `view`")
        }
        let m = try value.mapping(allowed: Self.keys)
        let camera = view.solid.camera
        let limit = CameraMotion.angleLimit
        let azimuth = try m["azimuth"].map { v throws(SceneError) in
            try Self.change(v, "within ±\(NumberFormat.plain(limit)) degrees (ten turns)") { abs($0) <= limit }
        } ?? .init(camera.azimuth)
        let elevation = try m["elevation"].map { v throws(SceneError) in
            try Self.change(v, "between −90 and 90 degrees") { Camera.elevations.contains($0) }
        } ?? .init(camera.elevation)
        guard azimuth.moves || elevation.moves else {
            throw value.error("moves nothing; give `azimuth` or `elevation` as [from, to] with different ends")
        }
        var motion = CameraMotion(azimuth: azimuth, elevation: elevation)
        if let v = m["pace"] {
            motion.pace = CameraMotion.Pace(rawValue: try v.choice(CameraMotion.Pace.allCases.map(\.rawValue), what: "pace"))!
        }
        let after = try m["when"].map { v throws(SceneError) in try v.choice(["during", "after"], what: "camera timing") == "after" } ?? false
        if after {
            let most = SceneLimits.frames.upperBound - runFrames
            let frames = try m["frames"].map { v throws(SceneError) in
                let frames = try v.integer(in: SceneLimits.frames)
                guard frames <= most else {
                    throw v.error("gives \(runFrames + frames) frames with the runs' \(runFrames); "
                                  + "an animation has \(SceneLimits.frames.lowerBound) to \(SceneLimits.frames.upperBound)")
                }
                return frames
            } ?? runFrames
            guard frames <= most else {
                throw value.error("turning over the runs' \(runFrames) frames again gives \(2 * runFrames); an animation has "
                                  + "at most \(SceneLimits.frames.upperBound) (give `frames` for the turn)")
            }
            motion.timing = .after(frames: frames)
        } else if let v = m["frames"] {
            throw v.error("is the length of a turn after the runs; add `when: after` (a turn during the runs takes all frames)")
        }
        return motion
    }

    /// `[from, to]` or one number (held still), each end satisfying `condition`.
    private static func change(_ v: YAMLValue, _ requirement: String,
                               _ condition: (Double) -> Bool) throws(SceneError) -> CameraMotion.Change {
        if v.node.sequence == nil {
            return .init(try v.number(requirement, condition))
        }
        let (from, to) = try v.pair()
        for end in [from, to] where !condition(end) {
            throw v.error("must be \(requirement) at both ends, got [\(NumberFormat.plain(from)), \(NumberFormat.plain(to))]")
        }
        return .init(from: from, to: to)
    }
}
