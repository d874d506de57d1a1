/// Inverted dropout while training: each hidden unit is kept with probability 1 − `rate` and
/// scaled by 1 / (1 − rate), as `nn.Dropout` in training mode.
public struct Dropout: Sendable {
    /// Probability of dropping each hidden unit, in [0, 1).
    public var rate: Double
    var random: NoiseGenerator

    /// Dropout with drop probability `rate`, its masks drawn from `seed`.
    public init(rate: Double, seed: UInt64) {
        self.rate = rate
        random = NoiseGenerator(seed: seed)
    }

    mutating func mask() -> Double {
        random.nextUniform() < rate ? 0 : 1 / (1 - rate)
    }

    /// The masks of `samples` samples of `network`, in the order the forward pass of
    /// `lossAndGradient` draws them (sample by sample, hidden layer by layer, unit by unit).
    mutating func masks(samples: Int, network: MLP) -> [Float] {
        let units = network.widths.dropFirst().dropLast().reduce(0, +)
        return (0..<(samples * units)).map { _ in Float(mask()) }
    }
}

extension MLP {
    /// The mean loss of the samples at `samples` (all when nil) and its gradient with respect to
    /// every parameter, by backpropagation, written into `gradient` (count `parameterCount`).
    /// No regularization. With `dropout`, hidden units are dropped (training mode).
    @discardableResult
    public func lossAndGradient(_ theta: [Double], data: LossData, samples: [Int]? = nil,
                                dropout: inout Dropout?, gradient: inout [Double]) -> Double {
        precondition(theta.count == parameterCount && gradient.count == parameterCount)
        for i in gradient.indices { gradient[i] = 0 }
        let count = samples?.count ?? data.count
        guard count > 0 else { return 0 }
        let scale = data.meanFactor(samples: count, outputs: outputCount)
        // Per layer l: its input h_l at offset hOff[l]; pre-activations z_l, masks at zOff[l].
        var hOff = [0], zOff = [0]
        for l in 0..<layerCount {
            hOff.append(hOff[l] + widths[l])
            zOff.append(zOff[l] + widths[l + 1])
        }
        let maxWidth = widths.max()!
        var h = [Double](repeating: 0, count: hOff[layerCount] + outputCount)
        var z = [Double](repeating: 0, count: zOff[layerCount])
        var mask = [Double](repeating: 1, count: zOff[layerCount])
        var delta = [Double](repeating: 0, count: maxWidth), back = delta, carry = delta
        var total = 0.0

        for k in 0..<count {
            let s = samples?[k] ?? k
            for j in 0..<inputCount { h[j] = data.inputs[s * inputCount + j] }
            // Forward, keeping every layer's input, pre-activation and dropout mask.
            for l in 0..<layerCount {
                let nIn = widths[l], nOut = widths[l + 1], wOff = weightOffset(l), bOff = wOff + nIn * nOut
                let last = l == layerCount - 1
                for j in 0..<nOut {
                    var sum = theta[bOff + j]
                    let row = wOff + j * nIn
                    for i in 0..<nIn { sum += theta[row + i] * h[hOff[l] + i] }
                    z[zOff[l] + j] = sum
                    if last {
                        h[hOff[l + 1] + j] = sum
                    } else {
                        let m = dropout?.mask() ?? 1
                        mask[zOff[l] + j] = m
                        var a = activation.apply(sum) * m
                        if hasSkip(l) { a += h[hOff[l] + j] }
                        h[hOff[l + 1] + j] = a
                    }
                }
            }
            // Loss and ∂loss/∂output.
            let out = hOff[layerCount]
            h.withUnsafeBufferPointer { hb in
                data.targets.withUnsafeBufferPointer { tb in
                    delta.withUnsafeMutableBufferPointer { db in
                        let output = UnsafeBufferPointer(rebasing: hb[out..<(out + outputCount)])
                        let target = UnsafeBufferPointer(rebasing: tb[(s * data.targetWidth)..<((s + 1) * data.targetWidth)])
                        let zs = UnsafeMutableBufferPointer(mutating: output)
                        total += data.loss.sampleLoss(zs, target: target)
                        data.loss.sampleGradient(output, target: target, into: UnsafeMutableBufferPointer(rebasing: db[0..<outputCount]))
                    }
                }
            }
            for j in 0..<outputCount { delta[j] *= scale }
            // Backward: delta holds ∂loss/∂z_l; carry holds the residual path's ∂loss/∂h_{l+1}.
            var residual = false
            for l in stride(from: layerCount - 1, through: 0, by: -1) {
                let nIn = widths[l], nOut = widths[l + 1], wOff = weightOffset(l), bOff = wOff + nIn * nOut
                for j in 0..<nOut {
                    let d = delta[j]
                    gradient[bOff + j] += d
                    guard d != 0 else { continue }
                    let row = wOff + j * nIn
                    for i in 0..<nIn { gradient[row + i] += d * h[hOff[l] + i] }
                }
                guard l > 0 else { break }
                // ∂loss/∂h_l = W_lᵀ δ_l (+ the residual path's share when layer l adds its input).
                for i in 0..<nIn { back[i] = residual ? carry[i] : 0 }
                for j in 0..<nOut {
                    let d = delta[j]
                    guard d != 0 else { continue }
                    let row = wOff + j * nIn
                    for i in 0..<nIn { back[i] += theta[row + i] * d }
                }
                // h_l = act(z_{l−1})·mask (+ h_{l−1} when layer l − 1 is residual).
                let prev = l - 1
                for i in 0..<nIn {
                    let zi = z[zOff[prev] + i], m = mask[zOff[prev] + i]
                    let a = activation.apply(zi)
                    delta[i] = m == 0 ? 0 : back[i] * m * activation.derivative(zi, output: a)
                    carry[i] = back[i]
                }
                residual = hasSkip(prev)
            }
        }
        return total * scale
    }
}
