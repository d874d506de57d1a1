/// One surface of the catalogue: its scene-file name, description, parameters, standard view,
/// and how to build it and write its formula for given parameter values.
public struct CatalogueEntry: Sendable {
    /// The scene-file name, snake_case: "rosenbrock", "six_hump_camel", ...
    public let name: String
    /// The display name: "Rosenbrock", "Six-hump camel", ...
    public let title: String
    /// One line for `descent list`.
    public let summary: String
    /// The parameters a scene may set, in `descent list` order; empty for fixed surfaces.
    public let parameters: [SurfaceParameter]
    /// The view box the surface is usually plotted in.
    public let domain: ViewBox
    /// True when the values span several orders of magnitude, so colour should follow log f.
    public let prefersLogColor: Bool
    /// A start point that makes a good figure; inside `domain`.
    public let suggestedStart: Vec2
    /// A learning rate tuned together with `suggestedStart` (for plain SGD), where the surface's
    /// lesson depends on one; nil otherwise.
    public let suggestedLearningRate: Double?

    private let build: @Sendable (Parameters) -> any Surface
    private let formula: @Sendable (Parameters) -> String

    /// Parameter values by name, with missing names taking the entry's defaults.
    struct Parameters {
        let values: [String: Double]
        let declared: [SurfaceParameter]

        subscript(_ name: String) -> Double {
            if let value = values[name] { return value }
            guard let parameter = declared.first(where: { $0.name == name }) else {
                preconditionFailure("surface parameter '\(name)' is not declared")
            }
            return parameter.defaultValue
        }
    }

    init(
        name: String, title: String, summary: String, parameters: [SurfaceParameter] = [],
        domain: ViewBox, prefersLogColor: Bool, suggestedStart: Vec2,
        suggestedLearningRate: Double? = nil,
        make: @escaping @Sendable (Parameters) -> any Surface,
        formula: @escaping @Sendable (Parameters) -> String
    ) {
        self.name = name
        self.title = title
        self.summary = summary
        self.parameters = parameters
        self.domain = domain
        self.prefersLogColor = prefersLogColor
        self.suggestedStart = suggestedStart
        self.suggestedLearningRate = suggestedLearningRate
        self.build = make
        self.formula = formula
    }

    /// The surface for `values`; missing names take their defaults. Values are not checked
    /// against `range` here (the scene loader does that); names not declared are ignored.
    public func make(_ values: [String: Double] = [:]) -> any Surface {
        build(Parameters(values: values, declared: parameters))
    }

    /// The formula in Unicode with the parameter values substituted, for titles:
    /// "(1 − x)² + 100(y − x²)²".
    public func formulaText(_ values: [String: Double] = [:]) -> String {
        formula(Parameters(values: values, declared: parameters))
    }
}
