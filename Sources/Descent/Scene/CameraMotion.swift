import Foundation

/// How the camera of a 3D view moves in an animation: its azimuth and elevation each go from
/// one angle to another (degrees, as `Camera` reads them), while the runs advance or after
/// they have finished. The distance stays the view's.
public struct CameraMotion: Sendable, Equatable {
    /// An angle from `from` to `to`, degrees; equal ends keep it still.
    public struct Change: Sendable, Equatable {
        /// The angle at the first frame of the motion, degrees.
        public var from: Double
        /// The angle at the last frame of the motion, degrees.
        public var to: Double

        /// A change from `from` to `to`.
        public init(from: Double, to: Double) {
            self.from = from
            self.to = to
        }

        /// The angle held still at `angle`.
        public init(_ angle: Double) { self.init(from: angle, to: angle) }

        /// Whether the angle changes at all.
        public var moves: Bool { from != to }
    }

    /// When the camera moves.
    public enum Timing: Sendable, Equatable {
        /// Over every frame, while the runs advance.
        case during
        /// Over `frames` frames added after the runs reach their last step.
        case after(frames: Int)
    }

    /// How the angles move from their start to their end.
    public enum Pace: String, Sendable, CaseIterable {
        /// At a constant speed: a whole turn loops without a pause.
        case linear
        /// Starting and stopping gently: e(u) = (1 − cos πu) / 2.
        case smooth
    }

    /// Degrees about the z axis, as `Camera.azimuth`.
    public var azimuth: Change
    /// Each end within −90…90.
    public var elevation: Change
    /// Whether the camera moves with the runs or after them.
    public var timing: Timing
    /// How the angles speed up and slow down.
    public var pace: Pace

    /// Limit on either end of an angle, degrees: ten turns either way.
    public static let angleLimit = 3600.0

    /// A motion of both angles; by default during the runs, at constant speed.
    public init(azimuth: Change, elevation: Change, timing: Timing = .during, pace: Pace = .linear) {
        self.azimuth = azimuth
        self.elevation = elevation
        self.timing = timing
        self.pace = pace
    }

    /// The camera at fraction `u` (0…1) of the motion: `base` (for its distance) with azimuth
    /// from + e(u)(to − from) and the same for elevation, e being the pace's curve.
    public func camera(at u: Double, base: Camera) -> Camera {
        let e = switch pace {
        case .linear: u
        case .smooth: (1 - cos(Double.pi * u)) / 2
        }
        var camera = base
        camera.azimuth = azimuth.from + e * (azimuth.to - azimuth.from)
        camera.elevation = elevation.from + e * (elevation.to - elevation.from)
        return camera
    }
}
