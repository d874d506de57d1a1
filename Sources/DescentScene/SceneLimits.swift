/// Limits that refuse a scene before it exhausts memory or time.
public enum SceneLimits {
    /// Size of a scene file, bytes.
    public static let fileBytes = 1_000_000
    /// Image side, pixels.
    public static let imageSide = 16...10_000
    /// Pixels in one image (40 megapixels, 160 MB of ARGB).
    public static let imagePixels = 40_000_000
    /// Updates of one run.
    public static let steps = 1...1_000_000
    /// Updates of all runs of a scene together.
    public static let totalSteps = 20_000_000
    public static let runs = 1...64
    public static let levels = 0...200
    /// Samples of a generated data set.
    public static let samples = 2...1_000_000
    /// Size of a data or grid file, bytes.
    public static let dataFileBytes = 200_000_000
    /// Width of a network layer.
    public static let width = 1...1_000_000
    /// Hidden layers of a network.
    public static let depth = 0...200
    /// Grid points per side.
    public static let resolution = 2...1001
    /// Memory a network landscape may need (training path, PCA, grid), bytes.
    public static let networkBytes = 4_000_000_000.0
    /// Frames of an animation.
    public static let frames = 2...10_000
    /// Frames per second of an animation (GIF viewers slow faster ones down).
    public static let fps = 50.0
    /// Seconds an animation's last frame may be held.
    public static let hold = 60.0
    /// Largest magnitude of a coordinate in a view or start.
    public static let coordinate = 1e12
}
