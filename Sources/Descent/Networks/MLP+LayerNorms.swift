extension MLP {
    /// The Frobenius norm of each layer's weight matrix (biases left out) in the flat
    /// `parameters` (a gradient, a direction or the weights), the input layer first:
    /// `layerCount` values.
    public func layerWeightNorms(_ parameters: [Double]) -> [Double] {
        precondition(parameters.count == parameterCount)
        return (0..<layerCount).map { l in
            var sum = 0.0
            for i in weightOffset(l)..<biasOffset(l) { sum += parameters[i] * parameters[i] }
            return sum.squareRoot()
        }
    }
}
