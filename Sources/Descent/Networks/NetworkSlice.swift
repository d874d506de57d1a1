/// A network's loss on a plane through its parameters, as a surface over (α, β): exact, in
/// `Double` (Li et al.'s slice, θ* + α·δ + β·η).
///
/// Value: a forward pass over every sample; gradient: backpropagation, projected on the
/// plane's directions ((δ·∇L, η·∇L)); Hessian: a forward pass in `Jet`, exact. Mini-batch
/// gradients use only the samples asked for. Regularization is included in all of them.
public struct NetworkSlice: SampledLossSurface {
    public let network: MLP
    public let plane: Plane
    public let data: LossData
    public let regularization: Regularization

    public init(network: MLP, plane: Plane, data: LossData, regularization: Regularization = Regularization()) {
        self.network = network
        self.plane = plane
        self.data = data
        self.regularization = regularization
    }

    public var sampleCount: Int { data.count }

    public func value(at p: Vec2) -> Double {
        let theta = plane.point(p.x, p.y)
        return network.meanLoss(theta, data: data) + regularization.value(theta, network: network)
    }

    public func gradient(at p: Vec2) -> Vec2 { gradient(at: p, samples: nil) }

    public func gradient(at p: Vec2, samples: [Int]?) -> Vec2 {
        let theta = plane.point(p.x, p.y)
        var g = [Double](repeating: 0, count: theta.count)
        var noDropout: Dropout? = nil
        network.lossAndGradient(theta, data: data, samples: samples, dropout: &noDropout, gradient: &g)
        regularization.addGradient(theta, network: network, to: &g)
        return Vec2(PathPCA.dot(plane.u, g), PathPCA.dot(plane.v, g))
    }

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
