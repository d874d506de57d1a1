/// A user's model's loss on a plane through its parameters, as a surface over (α, β): values
/// from the float32 kernel (as PyTorch computes them), gradients and Hessians exact in `Double`
/// by forward-mode differentiation (`Jet`) along the plane's two directions. Mini-batch
/// gradients use only the samples asked for.
public struct ModelSlice: SampledLossSurface {
    /// The fast evaluator of the loss.
    public let evaluator: ModelEvaluator
    /// The exact evaluator, for derivatives.
    public let reference: ModelReference
    /// The plane: (α, β) ↦ θ.
    public let plane: Plane

    /// The loss of the model both evaluators score, over `plane`.
    public init(evaluator: ModelEvaluator, reference: ModelReference, plane: Plane) {
        self.evaluator = evaluator
        self.reference = reference
        self.plane = plane
    }

    /// Number of samples mini-batches draw from.
    public var sampleCount: Int { evaluator.samples.count }

    /// The mean loss at θ(α, β), in float32.
    public func value(at p: Vec2) -> Double {
        evaluator.loss(plane.point(p.x, p.y).map(Float.init))
    }

    /// The full-batch gradient in (α, β).
    public func gradient(at p: Vec2) -> Vec2 { gradient(at: p, samples: nil) }

    /// The gradient in (α, β) of the loss over `samples` (every sample when nil).
    public func gradient(at p: Vec2, samples: [Int]?) -> Vec2 { jet(at: p, samples: samples).gradient }

    /// The exact Hessian in (α, β), over every sample.
    public func hessian(at p: Vec2) -> SymmetricMatrix2 { jet(at: p, samples: nil).hessian }

    /// Loss, gradient and Hessian in (α, β): every parameter a `Jet` in α and β.
    public func jet(at p: Vec2, samples: [Int]?) -> Jet {
        let o = plane.origin, u = plane.u, v = plane.v
        let theta = o.indices.map { i in
            Jet(value: o[i] + p.x * u[i] + p.y * v[i], gradient: Vec2(u[i], v[i]), hessian: SymmetricMatrix2(xx: 0, xy: 0, yy: 0))
        }
        return reference.meanLoss(theta, samples: samples)
    }
}
