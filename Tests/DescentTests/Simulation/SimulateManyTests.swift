import Testing
@testable import Descent

/// Many runs at once: the same trajectories as one at a time, in the order given.
@Suite struct SimulateManyTests {
    @Test func concurrentResultsMatchSequentialOnesInOrder() {
        let surface = SimulationTesting.Rosenbrock()
        let runs = OptimizerKind.allCases.enumerated().map { i, kind in
            var run = SimulationTesting.run(kind, lr: 0.01, start: Vec2(-1.5, 2.5), steps: 300)
            run.noise = 0.3
            run.seed = UInt64(i)
            return run
        }
        let together = Simulator.simulate(runs, on: surface)
        #expect(together == runs.map { Simulator.simulate($0, on: surface) })
        #expect(together.map(\.run) == runs)
        #expect(Simulator.simulate([], on: surface).isEmpty)
    }
}
