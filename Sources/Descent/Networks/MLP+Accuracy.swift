extension MLP {
    /// The fraction of the samples of `data` classified right with parameters `theta`, in
    /// [0, 1]: the largest output names the class (a logit above 0 names class 1 for binary
    /// cross-entropy's single output). For class data only; ties go to the lower class, as
    /// `argmax` does.
    public func accuracy(_ theta: [Double], data: LossData) -> Double {
        guard data.count > 0 else { return .nan }
        let maxWidth = widths.max()!
        var current = [Double](repeating: 0, count: maxWidth)
        var next = [Double](repeating: 0, count: maxWidth)
        var right = 0
        theta.withUnsafeBufferPointer { w in
            current.withUnsafeMutableBufferPointer { h in
                next.withUnsafeMutableBufferPointer { z in
                    for s in 0..<data.count {
                        for j in 0..<inputCount { h[j] = data.inputs[s * inputCount + j] }
                        let out = forward(w, h, z)
                        let target = data.targets[(s * data.targetWidth)..<((s + 1) * data.targetWidth)]
                        if Self.predictedClass(out, loss: data.loss) == Self.trueClass(target, loss: data.loss) { right += 1 }
                    }
                }
            }
        }
        return Double(right) / Double(data.count)
    }

    private static func predictedClass(_ out: UnsafeMutableBufferPointer<Double>, loss: LossKind) -> Int {
        if loss == .binaryCrossEntropy { return out[0] > 0 ? 1 : 0 }
        return argmax(out)
    }

    /// The class of a target row: its index for the cross-entropies, the hot position of MSE's
    /// one-hot row.
    private static func trueClass(_ target: ArraySlice<Double>, loss: LossKind) -> Int {
        loss == .mse ? argmax(target) : Int(target[target.startIndex])
    }

    private static func argmax<C: Collection<Double>>(_ values: C) -> Int {
        var best = 0, bestValue = -Double.infinity
        for (i, v) in values.enumerated() where v > bestValue {
            best = i
            bestValue = v
        }
        return best
    }
}
