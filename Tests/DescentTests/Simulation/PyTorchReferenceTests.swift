import Testing
@testable import Descent

/// descent's trajectories on Rosenbrock against the reference of the peer implementation.
///
/// The numbers come from `python3 /work/shared/peers/compare.py --out /tmp/compare-ref`
/// (its `compare_reference.json`): numpy float64 with the update rules of torch.optim's
/// single-tensor code paths, 500 steps from (−1.5, 2.5), positions after steps 1, 10, 100, 500.
/// With automatic differentiation the gradient rounds differently from compare.py's hand-written
/// one, and the worst difference after 500 steps is 1.2e-11 (RMSprop); with compare.py's
/// gradient formula every position is bit-identical.
@Suite struct PyTorchReferenceTests {
    /// Rosenbrock with compare.py's gradient expression, term for term:
    /// ∇f = (−2(1 − x) − 400 x r, 200 r), r = y − x².
    struct HandWrittenRosenbrock: Surface {
        func value(at p: Vec2) -> Double {
            (1 - p.x) * (1 - p.x) + 100 * (p.y - p.x * p.x) * (p.y - p.x * p.x)
        }
        func gradient(at p: Vec2) -> Vec2 {
            let r = p.y - p.x * p.x
            return Vec2(-2.0 * (1.0 - p.x) - 400.0 * p.x * r, 200.0 * r)
        }
        func hessian(at p: Vec2) -> SymmetricMatrix2 {
            SymmetricMatrix2(xx: 2 - 400 * (p.y - 3 * p.x * p.x), xy: -400 * p.x, yy: 200)
        }
    }

    struct Reference: Sendable, CustomTestStringConvertible {
        let name: String
        let run: Run
        /// Positions after steps 1, 10, 100 and 500.
        let positions: [Vec2]
        var testDescription: String { name }
    }

    static let start = Vec2(-1.5, 2.5)

    static let references: [Reference] = [
        Reference(name: "SGD", run: SimulationTesting.run(.sgd, lr: 1e-3, start: start, steps: 500), positions: [
            Vec2(-1.645, 2.45), Vec2(-1.3275969525210907, 2.4644934238620704),
            Vec2(-1.4389547521537092, 2.078275763000722), Vec2(-1.206762846961151, 1.4640794292954131),
        ]),
        Reference(name: "Momentum", run: SimulationTesting.run(.sgd, lr: 1e-3, start: start, steps: 500) {
            $0.momentum = 0.9
        }, positions: [
            Vec2(-1.645, 2.45), Vec2(-1.5030745943845658, 2.3673015754457687),
            Vec2(-0.9427362975831869, 0.8977436445732391), Vec2(0.9215433980012483, 0.8489128864246143),
        ]),
        Reference(name: "Nesterov", run: SimulationTesting.run(.sgd, lr: 1e-3, start: start, steps: 500) {
            $0.momentum = 0.9; $0.nesterov = true
        }, positions: [
            Vec2(-1.7755, 2.405), Vec2(-0.017236255021937374, -0.34938926446088026),
            Vec2(0.9538168462253724, 0.9095764882251318), Vec2(0.9917440196266698, 0.983522996807001),
        ]),
        Reference(name: "Adagrad", run: SimulationTesting.run(.adagrad, lr: 0.5, start: start, steps: 500), positions: [
            Vec2(-1.9999999999996552, 2.000000000001), Vec2(-1.5518456353953314, 2.414040660018757),
            Vec2(-1.5098777823936471, 2.2855151533727756), Vec2(-1.3113958931012824, 1.7253428770884605),
        ]),
        Reference(name: "RMSprop", run: SimulationTesting.run(.rmsprop, lr: 1e-2, start: start, steps: 500), positions: [
            Vec2(-1.5999999999310344, 2.4000000002), Vec2(-1.5533599772072049, 2.419226665458043),
            Vec2(-1.4749406933382212, 2.181720398125533), Vec2(-0.6719442194261315, 0.45690286479371434),
        ]),
        Reference(name: "Adam", run: SimulationTesting.run(.adam, lr: 0.05, start: start, steps: 500), positions: [
            Vec2(-1.5499999999965517, 2.45000000001), Vec2(-1.5303822744935283, 2.438657788361065),
            Vec2(-1.4025347540077593, 1.9728528855953174), Vec2(0.6127837029940312, 0.3744287625253202),
        ]),
    ]

    @Test(arguments: references)
    func matchesToNineDigits(reference: Reference) {
        let trajectory = Simulator.simulate(reference.run, on: SimulationTesting.Rosenbrock())
        #expect(trajectory.end == .completed)
        #expect(trajectory.points.count == 501)
        for (step, expected) in zip([1, 10, 100, 500], reference.positions) where step < trajectory.points.count {
            let got = trajectory.points[step]
            let error = max(abs(got.x - expected.x), abs(got.y - expected.y))
            #expect(error <= 1e-9, "step \(step): \(got) vs \(expected)")
        }
    }

    /// Given the very same gradients, the update rules round exactly as torch.optim's do
    /// (glibc's `pow`, as Python's `**` uses on Linux).
    @Test(arguments: references)
    func bitIdenticalWithTheSameGradientFormula(reference: Reference) {
        let trajectory = Simulator.simulate(reference.run, on: HandWrittenRosenbrock())
        for (step, expected) in zip([1, 10, 100, 500], reference.positions) where step < trajectory.points.count {
            #expect(trajectory.points[step] == expected, "step \(step)")
        }
    }
}
