/// Runs optimizers on surfaces: the trajectories of `Run`s.
public enum Simulator {
    /// The trajectory of `run` on `surface`. Update k = 1 … `run.steps`:
    ///
    /// 1. g = ∇f(θ_{k−1}), exact; or, with `run.batchSize` on a `SampledLossSurface`, the
    ///    gradient of the next mini-batch (`MiniBatches` seeded with `run.seed`);
    /// 2. g += `noise` · N(0, 1) per component (x then y), from `NoiseGenerator(seed: run.seed)`;
    /// 3. clip each component to ±`clipValue`, then rescale to norm ≤ `clipNorm` (PyTorch's
    ///    `clip_grad_value_`, then `clip_grad_norm_`);
    /// 4. θ_k = optimizer step with g and lr = `run.lr.learningRate(at: k − 1)`.
    ///
    /// Stops early with `.diverged(step: k)` as `Trajectory` describes. Never traps, whatever
    /// the surface, the hyperparameters or the numbers (NaN and infinities included).
    public static func simulate(_ run: Run, on surface: some Surface) -> Trajectory {
        let capacity = min(max(run.steps, 0), 1 << 20) + 1
        var points: [Vec2] = [], losses: [Double] = [], rates: [Double] = [], norms: [Double] = []
        points.reserveCapacity(capacity)
        losses.reserveCapacity(capacity)
        rates.reserveCapacity(capacity)
        norms.reserveCapacity(capacity)

        var exact = surface.gradient(at: run.start)
        points.append(run.start)
        losses.append(surface.value(at: run.start))
        norms.append(exact.norm)
        rates.append(run.lr.learningRate(at: 0))

        var params = [run.start.x, run.start.y]
        var gradient = [0.0, 0.0]
        var state = run.optimizer.makeState(parameterCount: 2)
        var noise = NoiseGenerator(seed: run.seed)
        var end = RunEnd.completed
        let sampled = run.batchSize == nil ? nil : surface as? any SampledLossSurface
        var batches = sampled.map { MiniBatches(count: $0.sampleCount, size: run.batchSize!, seed: run.seed) }
        var k = 1
        while k <= run.steps {
            let g = sampled.map { $0.gradient(at: Vec2(params[0], params[1]), samples: batches!.next()) } ?? exact
            gradient[0] = g.x
            gradient[1] = g.y
            if run.noise != 0 {
                for i in gradient.indices { gradient[i] += run.noise * noise.nextGaussian() }
            }
            if let limit = run.clipValue { GradientClipping.clipValue(&gradient, limit: limit) }
            if let maxNorm = run.clipNorm { GradientClipping.clipNorm(&gradient, maxNorm: maxNorm) }
            run.optimizer.step(&params, gradient: gradient, lr: rates[k - 1], state: &state)

            let p = Vec2(params[0], params[1])
            let loss = surface.value(at: p)
            let bound = Trajectory.divergenceBound
            let diverged = !p.isFinite || abs(p.x) > bound || abs(p.y) > bound
                || !loss.isFinite || loss > bound
            if p.isFinite {
                exact = surface.gradient(at: p)
                points.append(p)
                losses.append(loss)
                norms.append(exact.norm)
                rates.append(run.lr.learningRate(at: k))
            }
            if diverged {
                end = .diverged(step: k)
                break
            }
            k += 1
        }
        return Trajectory(run: run, points: points, losses: losses, learningRates: rates,
                          gradientNorms: norms, end: end)
    }

    /// The trajectories of `runs` on `surface`, computed concurrently, in the order of `runs`.
    public static func simulate(_ runs: [Run], on surface: some Surface) -> [Trajectory] {
        Parallel.results(runs.count) { simulate(runs[$0], on: surface) }
    }
}
