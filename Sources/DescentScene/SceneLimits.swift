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
    /// Runs in one scene.
    public static let runs = 1...64
    /// Contour levels of a view.
    public static let levels = 0...200
    /// Samples of a generated data set.
    public static let samples = 2...1_000_000
    /// Size of a data or grid file, bytes.
    public static let dataFileBytes = 200_000_000
    /// Points of a grid read from a file (200 MB of values).
    public static let gridPoints = 25_000_000
    /// Points along one axis of a grid read from a file.
    public static let gridAxisPoints = 100_000
    /// Width of a network layer.
    public static let width = 1...1_000_000
    /// Hidden layers of a network.
    public static let depth = 0...200
    /// Grid points per side.
    public static let resolution = 2...1001
    /// Memory a network landscape may need (training path, PCA, grid), bytes.
    public static let networkBytes = 4_000_000_000.0
    /// Seconds a network landscape may take (training, grid and runs), as estimated from
    /// `NetworkSpec.cost` at the rates below.
    public static let networkSeconds = 3600.0
    /// Floating-point operations a second of the float32 grid kernel on two cores (measured:
    /// 24–56·10⁹ on the 2-core benchmark machine; the lower end, as the machine may be shared).
    static let gridOperationRate = 25e9
    /// Floating-point operations a second of the scalar `Double` code of training and runs
    /// (measured: about 2·10⁹ on one core of the benchmark machine).
    static let scalarOperationRate = 1.5e9
    /// Memory of the z-buffer of a 3D view, bytes.
    public static let solidRasterBytes = 1e9
    /// Pixels of all frames of an animation together.
    public static let animationPixels = 5e9
    /// Pixels a second an animation is drawn and encoded at, assumed in messages.
    static let animationPixelRate = 75e6
    /// Frames of an animation.
    public static let frames = 2...10_000
    /// Frames per second of an animation (GIF viewers slow faster ones down).
    public static let fps = 50.0
    /// Seconds an animation's last frame may be held.
    public static let hold = 60.0
    /// Largest magnitude of a coordinate in a view or start.
    public static let coordinate = 1e12
}
