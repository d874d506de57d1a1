extension Sweep {
    /// Why a sweep cannot be expanded.
    public enum Problem: Error, Equatable {
        /// The parameter does not apply to run `run` (an optimizer without it, a constant rate
        /// for a schedule parameter...).
        case parameter(run: Int, message: String)
        /// Value `index` is not allowed for run `run`.
        case value(index: Int, run: Int, message: String)
    }

    /// The runs of a sweep of `parameter` over `values` applied to `templates`: for each value in
    /// order, each template with that value set, validated as the scene loader validates runs.
    /// Sweeping `start`, `seed` or `steps` names the value in the label of a run without one,
    /// since the settings summary does not show them.
    public static func expand(_ templates: [Run], parameter: SweepParameter,
                              values: [SweepValue]) -> Result<[Run], Problem> {
        var runs: [Run] = []
        for (index, value) in values.enumerated() {
            for (t, template) in templates.enumerated() {
                switch applying(value, of: parameter, to: template) {
                case let .success(run): runs.append(run)
                case let .failure(.parameterProblem(message)): return .failure(.parameter(run: t, message: message))
                case let .failure(.valueProblem(message)): return .failure(.value(index: index, run: t, message: message))
                }
            }
        }
        return .success(runs)
    }

    private enum ApplyProblem: Error {
        case parameterProblem(String)
        case valueProblem(String)
    }

    private static func applying(_ value: SweepValue, of parameter: SweepParameter,
                                 to template: Run) -> Result<Run, ApplyProblem> {
        var run = template
        let kind = run.optimizer.kind
        let f = NumberFormat.plain
        func lacks(_ name: String) -> ApplyProblem {
            let names = kind.parameters.map(\.name).joined(separator: ", ")
            return .parameterProblem("\(kind.rawValue) has no parameter `\(name)`; \(kind.rawValue) takes \(names)")
        }
        func number() -> Double {
            switch value {
            case let .number(v): v
            case let .flag(b): b ? 1 : 0
            default: .nan
            }
        }
        switch parameter {
        case .lr:
            if case let .schedule(schedule) = value {
                run.lr = schedule
                break
            }
            guard case .constant = run.lr else {
                return .failure(.parameterProblem("the run's lr is a schedule (\(run.lr.name)); sweep one of its parameters, such as lr.initial_learning_rate"))
            }
            run.lr = .constant(number())
        case let .schedule(name):
            guard let schedule = run.lr.setting(name, to: number()) else {
                return .failure(.parameterProblem("the run's lr is \(run.lr.name == "constant" ? "a constant" : run.lr.name), which has no parameter `\(name)`"))
            }
            run.lr = schedule
        case let .hyperparameter(name):
            guard let spec = kind.parameters.first(where: { $0.name == name }) else { return .failure(lacks(name)) }
            let numbers: [Double] = if case let .pair(a, b) = value { [a, b] } else { [number()] }
            for x in numbers {
                if spec.type != .bool, let problem = spec.rangeViolation(x) {
                    return .failure(.valueProblem("\(name) \(problem), got \(f(x))"))
                }
            }
            spec.set(&run.optimizer.hyperparameters, numbers)
        case let .beta(index):
            guard let spec = kind.parameters.first(where: { $0.name == "betas" }) else { return .failure(lacks(parameter.name)) }
            let x = number()
            if let problem = spec.rangeViolation(x) {
                return .failure(.valueProblem("\(parameter.name) \(problem), got \(f(x))"))
            }
            var betas = spec.get(run.optimizer.hyperparameters)
            betas[index] = x
            spec.set(&run.optimizer.hyperparameters, betas)
        case .noise: run.noise = number()
        case .clipNorm: run.clipNorm = number()
        case .clipValue: run.clipValue = number()
        case .steps: run.steps = Int(exactly: number()) ?? -1
        case .seed:
            guard let seed = UInt64(exactly: number()), seed <= 1 << 53 else {
                return .failure(.valueProblem("seed must be a whole number in [0, 2^53], got \(f(number()))"))
            }
            run.seed = seed
        case .start:
            guard case let .point(p) = value else { return .failure(.valueProblem("start must be a point [x, y]")) }
            run.start = p
        case .batchSize:
            guard let size = Int(exactly: number()), size >= 1 else {
                return .failure(.valueProblem("batch_size must be a whole number >= 1, got \(f(number()))"))
            }
            run.batchSize = size
        case .optimizer:
            guard case let .optimizer(newKind) = value else { return .failure(.valueProblem("must be an optimizer name")) }
            var optimizer = Optimizer(newKind)
            let defaults = Hyperparameters.defaults(for: kind)
            for spec in kind.parameters where spec.get(run.optimizer.hyperparameters) != spec.get(defaults) {
                guard let target = newKind.parameters.first(where: { $0.name == spec.name }) else {
                    return .failure(.valueProblem("\(newKind.rawValue) has no parameter `\(spec.name)`, which the run sets"))
                }
                target.set(&optimizer.hyperparameters, spec.get(run.optimizer.hyperparameters))
            }
            run.optimizer = optimizer
        }
        if let problem = run.validationProblems().first {
            return .failure(.valueProblem("\(problem.field) \(problem.message)"))
        }
        switch parameter {
        case .start, .seed, .steps:
            run.label = (template.label ?? template.displayLabel) + " \(parameter.name)=\(value.text)"
        default:
            break
        }
        return .success(run)
    }
}
