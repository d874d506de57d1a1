/// A network's loss on a plane through its parameters, as a surface over (α, β): exact, in
/// `Double` (Li et al.'s slice, θ* + α·δ + β·η).
///
/// Value: a forward pass over every sample; gradient: backpropagation, projected on the
/// plane's directions ((δ·∇L, η·∇L)); Hessian: a forward pass in `Jet`, exact. Mini-batch
/// gradients use only the samples asked for. Regularization is included in all of them.
public struct NetworkSlice: SampledLossSurface {
    /// The network whose parameters the plane passes through.
    public let network: MLP
    /// The plane: (α, β) ↦ θ.
    public let plane: Plane
    /// The samples the loss averages over.
    public let data: LossData
    /// The weight penalty added to the loss.
    public let regularization: Regularization

    /// The loss of `network` on `data` over `plane`, with `regularization` added.
    public init(network: MLP, plane: Plane, data: LossData, regularization: Regularization = Regularization()) {
        self.network = network
        self.plane = plane
        self.data = data
        self.regularization = regularization
    }

    /// Number of samples mini-batches draw from.
    public var sampleCount: Int { data.count }

    /// The mean loss plus penalty at θ(α, β), by a forward pass over every sample.
    public func value(at p: Vec2) -> Double {
        let theta = plane.point(p.x, p.y)
        return network.meanLoss(theta, data: data) + regularization.value(theta, network: network)
    }

    /// The full-batch gradient in (α, β).
    public func gradient(at p: Vec2) -> Vec2 { gradient(at: p, samples: nil) }

    /// The gradient in (α, β) of the loss over `samples` (indices into the data), or over every sample when nil.
    public func gradient(at p: Vec2, samples: [Int]?) -> Vec2 {
        let theta = plane.point(p.x, p.y)
        var g = [Double](repeating: 0, count: theta.count)
        var noDropout: Dropout? = nil
        network.lossAndGradient(theta, data: data, samples: samples, dropout: &noDropout, gradient: &g)
        regularization.addGradient(theta, network: network, to: &g)
        return Vec2(PathPCA.dot(plane.u, g), PathPCA.dot(plane.v, g))
    }

    /// The exact Hessian in (α, β).
    public func hessian(at p: Vec2) -> SymmetricMatrix2 { jet(at: p).hessian }

    /// Loss, gradient and Hessian in (α, β) in one pass: every parameter a `Jet` in α and β.
    public func jet(at p: Vec2) -> Jet {
        let o = plane.origin, u = plane.u, v = plane.v
        let theta = o.indices.map { i in
            Jet(value: o[i] + p.x * u[i] + p.y * v[i], gradient: Vec2(u[i], v[i]),
                hessian: SymmetricMatrix2(xx: 0, xy: 0, yy: 0))
        }
        return network.meanLoss(theta, data: data) + regularization.value(theta, network: network)
    }
}
