/// A named, bounded parameter of a catalogued surface, as written in a scene file.
public struct SurfaceParameter: Hashable, Sendable {
    /// The scene-file key, snake_case.
    public let name: String
    /// The value used when a scene leaves the parameter out; always inside `range`.
    public let defaultValue: Double
    /// One line for `descent list`.
    public let summary: String
    /// The allowed values; the scene loader rejects values outside it.
    public let range: ClosedRange<Double>

    /// A parameter; `defaultValue` must lie in `range`.
    public init(name: String, defaultValue: Double, summary: String, range: ClosedRange<Double>) {
        self.name = name
        self.defaultValue = defaultValue
        self.summary = summary
        self.range = range
    }
}
