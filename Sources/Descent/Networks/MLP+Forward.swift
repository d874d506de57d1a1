extension MLP {
    /// The mean loss of the samples of `data` at `samples` (all when nil), with parameters
    /// `theta` (count `parameterCount`), no dropout, no regularization. In `Double` for values,
    /// in `Jet` for the exact gradient and Hessian along two directions.
    public func meanLoss<T: NetworkScalar>(_ theta: [T], data: LossData, samples: [Int]? = nil) -> T {
        let maxWidth = widths.max()!
        var current = [T](repeating: T(0), count: maxWidth)
        var next = [T](repeating: T(0), count: maxWidth)
        var total = T(0)
        let count = samples?.count ?? data.count
        guard count > 0 else { return T(0) }
        theta.withUnsafeBufferPointer { w in
            current.withUnsafeMutableBufferPointer { h in
                next.withUnsafeMutableBufferPointer { z in
                    data.targets.withUnsafeBufferPointer { targets in
                        for k in 0..<count {
                            let s = samples?[k] ?? k
                            for j in 0..<inputCount { h[j] = T(data.inputs[s * inputCount + j]) }
                            let out = forward(w, h, z)
                            let target = UnsafeBufferPointer(rebasing: targets[(s * data.targetWidth)..<((s + 1) * data.targetWidth)])
                            total = total + data.loss.sampleLoss(out, target: target)
                        }
                    }
                }
            }
        }
        return total * data.meanFactor(samples: count, outputs: outputCount)
    }

    /// Runs one sample through the layers: `h` holds the input on entry; the buffer holding
    /// the output (`h` or `z`, swapped layer by layer) comes back, cut to `outputCount`.
    @inline(__always)
    func forward<T: NetworkScalar>(_ w: UnsafeBufferPointer<T>, _ h: UnsafeMutableBufferPointer<T>,
                                           _ z: UnsafeMutableBufferPointer<T>) -> UnsafeMutableBufferPointer<T> {
        var input = h, output = z
        for l in 0..<layerCount {
            let nIn = widths[l], nOut = widths[l + 1]
            let wOff = weightOffset(l), bOff = wOff + nIn * nOut
            let last = l == layerCount - 1, residual = hasSkip(l)
            for j in 0..<nOut {
                var sum = w[bOff + j]
                let row = wOff + j * nIn
                for k in 0..<nIn { sum = sum + w[row + k] * input[k] }
                if !last {
                    sum = activation.apply(sum)
                    if residual { sum = sum + input[j] }
                }
                output[j] = sum
            }
            swap(&input, &output)
        }
        return UnsafeMutableBufferPointer(rebasing: input[0..<outputCount])
    }
}
