/// The loss of the two-layer scalar network ŷ = w₂·act(w₁·x) on 1-D data, over (w₁, w₂):
/// f = mean (w₂·act(w₁ xᵢ) − yᵢ)².
///
/// For an activation with act(0) = 0 (tanh, ReLU, leaky ReLU, GELU) the origin is a critical
/// point: ∂f/∂w₂ = 2 mean r·act(w₁x) and ∂f/∂w₁ = 2 mean r·w₂ act'(w₁x) x both vanish at
/// w₁ = w₂ = 0. With tanh (act'(0) = 1) its Hessian there is [[0, −2 mean xy], [−2 mean xy, 0]],
/// eigenvalues ±2|mean xy|: a saddle whenever x and y correlate, between two valleys where
/// w₁w₂ ≈ mean xy / mean x².
public struct ScalarChain: Surface {
    /// Inputs, one per sample.
    public var xs: [Double]
    /// Targets, one per sample.
    public var ys: [Double]
    /// The nonlinearity between the two weights.
    public var activation: Activation

    /// The loss on samples (`xs`, `ys`): same count, at least one.
    public init(xs: [Double], ys: [Double], activation: Activation = .tanh) {
        precondition(xs.count == ys.count && !xs.isEmpty)
        self.xs = xs
        self.ys = ys
        self.activation = activation
    }

    /// f at (w₁, w₂).
    public func value(at p: Vec2) -> Double { loss(p.x, p.y) }
    /// ∇f at (w₁, w₂), exact.
    public func gradient(at p: Vec2) -> Vec2 { loss(Jet.x(p.x), Jet.y(p.y)).gradient }
    /// ∇²f at (w₁, w₂), exact.
    public func hessian(at p: Vec2) -> SymmetricMatrix2 { loss(Jet.x(p.x), Jet.y(p.y)).hessian }

    /// f at (w₁, w₂), in `Double` for the value or `Jet` for its derivatives.
    func loss<T: NetworkScalar>(_ w1: T, _ w2: T) -> T {
        var sum = T(0)
        for (x, y) in zip(xs, ys) {
            let d = w2 * activation.apply(w1 * x) - y
            sum = sum + d * d
        }
        return sum / Double(xs.count)
    }
}
