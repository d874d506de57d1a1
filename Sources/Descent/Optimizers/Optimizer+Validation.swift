extension Optimizer {
    /// What is wrong with these hyperparameters, as (PyTorch field name, message) pairs; empty
    /// when PyTorch's constructor would accept them.
    ///
    /// Covers each field's range from `kind.parameters` (NaN and infinities included) and the
    /// rules across fields PyTorch checks (SGD: nesterov requires momentum > 0 and dampening = 0).
    public func validationProblems() -> [(field: String, message: String)] {
        var problems: [(field: String, message: String)] = []
        for spec in kind.parameters where spec.type != .bool {
            let values = spec.get(hyperparameters)
            guard let violation = values.lazy.compactMap(spec.rangeViolation).first else { continue }
            let got = values.map(NumberFormat.plain).joined(separator: ", ")
            problems.append((spec.name, "\(violation), got \(values.count > 1 ? "(\(got))" : got)"))
        }
        let h = hyperparameters
        if kind == .sgd && h.nesterov && !(h.momentum > 0 && h.dampening == 0) {
            problems.append(("nesterov", "requires momentum > 0 and dampening = 0"))
        }
        return problems
    }
}
