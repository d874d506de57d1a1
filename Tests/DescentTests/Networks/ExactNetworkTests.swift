import Foundation
import Testing
@testable import Descent

struct ExactNetworkTests {
    let xs: [Double] = [-1, -0.5, 0.25, 0.5, 1.5]
    let ys: [Double] = [-0.8, -0.6, 0.3, 0.4, 1.4]

    /// At the origin of w₂·tanh(w₁x): gradient 0, Hessian [[0, −2c], [−2c, 0]], c = mean x·y.
    @Test func scalarChainSaddleAtTheOrigin() {
        let s = ScalarChain(xs: xs, ys: ys, activation: .tanh)
        let c = zip(xs, ys).map(*).reduce(0, +) / Double(xs.count)
        #expect(s.gradient(at: .zero).norm < 1e-15)
        let h = s.hessian(at: .zero)
        #expect(abs(h.xx) < 1e-15 && abs(h.yy) < 1e-15 && abs(h.xy + 2 * c) < 1e-12)
        #expect(abs(s.value(at: .zero) - ys.map { $0 * $0 }.reduce(0, +) / 5) < 1e-15)
    }

    @Test(arguments: Activation.allCases)
    func scalarChainGradientMatchesFiniteDifferences(_ activation: Activation) {
        let s = ScalarChain(xs: xs, ys: ys, activation: activation)
        let p = Vec2(0.7, -1.1), h = 1e-6
        let fx = (s.value(at: Vec2(p.x + h, p.y)) - s.value(at: Vec2(p.x - h, p.y))) / (2 * h)
        let fy = (s.value(at: Vec2(p.x, p.y + h)) - s.value(at: Vec2(p.x, p.y - h))) / (2 * h)
        #expect(abs(fx - s.gradient(at: p).x) < 1e-7 && abs(fy - s.gradient(at: p).y) < 1e-7)
    }

    @Test(arguments: [LossKind.mse, .binaryCrossEntropy])
    func neuronGradientMatchesFiniteDifferences(_ loss: LossKind) {
        let s = SigmoidNeuron(xs: xs, ys: [0, 0, 1, 1, 1], loss: loss)
        let p = Vec2(1.3, -0.4), h = 1e-6
        let fx = (s.value(at: Vec2(p.x + h, p.y)) - s.value(at: Vec2(p.x - h, p.y))) / (2 * h)
        let fy = (s.value(at: Vec2(p.x, p.y + h)) - s.value(at: Vec2(p.x, p.y - h))) / (2 * h)
        #expect(abs(fx - s.gradient(at: p).x) < 1e-8 && abs(fy - s.gradient(at: p).y) < 1e-8)
    }

    /// The plateau: saturated wrong (w = −20, b = 0) every sample is on the wrong side; the MSE
    /// loss is (4 + (1 − σ(−5))²)/5 up to e^(−10) terms and its gradient below e^(−5);
    /// cross-entropy's gradient is not small there.
    @Test func saturatedNeuronHasAVanishingGradient() {
        let ys = [0.0, 0, 1, 1, 1]
        let mse = SigmoidNeuron(xs: xs, ys: ys, loss: .mse)
        let bce = SigmoidNeuron(xs: xs, ys: ys, loss: .binaryCrossEntropy)
        let p = Vec2(-20, 0)
        let sigma = 1 / (1 + exp(5.0))
        #expect(abs(mse.value(at: p) - (4 + (1 - sigma) * (1 - sigma)) / 5) < 1e-3)
        #expect(mse.gradient(at: p).norm < 0.01)
        #expect(bce.gradient(at: p).norm > 0.3)
    }
}
