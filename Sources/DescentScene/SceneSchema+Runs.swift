import Descent

/// Runs, their optimizers and learning-rate schedules, and a network's training.
extension SceneSchema {
    static var run: [String: Any] {
        let common: [String: Any] = [
            "optimizer": choice(OptimizerKind.allCases.map(\.rawValue), "The torch.optim optimizer; its hyperparameters go beside it."),
            "label": string("The run's name in legends; by default the optimizer and its settings."),
            "lr": ["$ref": "#/definitions/learningRate"],
            "start": point("Where the run starts, [x, y]."),
            "steps": integer(SceneLimits.steps, "Updates."),
            "clip_norm": number("Clip the gradient's norm to this (torch.nn.utils.clip_grad_norm_).", exclusiveMinimum: 0),
            "clip_value": number("Clip each gradient component to ±this (torch.nn.utils.clip_grad_value_).", exclusiveMinimum: 0),
            "noise": number("Standard deviation of Gaussian noise added to each gradient.", minimum: 0),
            "seed": seed("Seed of the gradient noise and the mini-batches."),
            "batch_size": integer(1...SceneLimits.samples.upperBound, "Samples per step on a network surface (mini-batch gradients)."),
        ]
        return optimizerObject(common, commonKeys: RunReader.commonKeys,
                               "An optimizer run: torch.optim's update rule, names and defaults.")
    }

    static var train: [String: Any] {
        let common: [String: Any] = [
            "optimizer": choice(OptimizerKind.allCases.map(\.rawValue), "The torch.optim optimizer that trains the network."),
            "lr": ["$ref": "#/definitions/learningRate"],
            "steps": integer(0...SceneLimits.steps.upperBound, "Training updates."),
            "batch_size": integer(1...SceneLimits.samples.upperBound, "Samples per update; the whole training set by default."),
            "seed": seed("Seed of the batch order and dropout masks."),
            "patience": integer(1...SceneLimits.steps.upperBound, "Stop when the validation loss has not improved for this many updates."),
            "dropout": number("Probability of dropping each hidden unit while training.", minimum: 0, exclusiveMaximum: 1),
            "clip_value": number("Clip each gradient component to ±this before every update (torch.nn.utils.clip_grad_value_).", exclusiveMinimum: 0),
            "clip_norm": number("Clip the gradient's norm to this before every update (torch.nn.utils.clip_grad_norm_).", exclusiveMinimum: 0),
        ]
        return optimizerObject(common, commonKeys: TrainingReader.keys, "How the network is trained before its loss is drawn.")
    }

    /// An object with an `optimizer` and that optimizer's hyperparameters: every
    /// hyperparameter is listed (for completion), and each optimizer allows its own only.
    private static func optimizerObject(_ common: [String: Any], commonKeys: [String], _ description: String) -> [String: Any] {
        var properties = common
        var names = commonKeys
        for kind in OptimizerKind.allCases {
            for spec in kind.parameters where properties[spec.name] == nil {
                let owners = OptimizerKind.allCases.filter { $0.parameters.contains { $0.name == spec.name } }.map(\.rawValue)
                properties[spec.name] = hyperparameter(spec, owners: owners)
                names.append(spec.name)
            }
        }
        let perOptimizer: [[String: Any]] = OptimizerKind.allCases.map { kind in
            var own: [String: Any] = [:]
            for spec in kind.parameters { own[spec.name] = hyperparameter(spec, owners: [kind.rawValue]) }
            return ["if": ["properties": ["optimizer": ["const": kind.rawValue]], "required": ["optimizer"]],
                    "then": ["properties": own, "propertyNames": ["enum": commonKeys + kind.parameters.map(\.name)]]]
        }
        return ["description": description, "type": "object", "required": ["optimizer"], "properties": properties,
                "propertyNames": ["enum": names], "allOf": perOptimizer]
    }

    /// A hyperparameter as its `ParameterSpec` allows it.
    static func hyperparameter(_ spec: ParameterSpec, owners: [String]) -> [String: Any] {
        let description = "\(spec.summary) (\(owners.joined(separator: ", ")); default \(spec.defaultText))"
        func bounded(_ schema: [String: Any]) -> [String: Any] {
            var schema = schema
            if spec.minimum.isFinite { schema[spec.minimumIncluded ? "minimum" : "exclusiveMinimum"] = spec.minimum }
            if spec.maximum.isFinite { schema[spec.maximumIncluded ? "maximum" : "exclusiveMaximum"] = spec.maximum }
            return schema
        }
        switch spec.type {
        case .bool: return boolean(description)
        case .real: return bounded(["description": description, "type": "number"])
        case .pair:
            return ["description": description, "type": "array", "items": bounded(["type": "number"]), "minItems": 2, "maxItems": 2]
        }
    }

    static var learningRate: [String: Any] {
        ["description": "The learning rate: a number, or one Keras schedule such as {exponential_decay: {...}}.",
         "anyOf": [["type": "number", "exclusiveMinimum": 0], ["$ref": "#/definitions/schedule"]]]
    }

    /// One Keras schedule by name, with its parameters (`Schedule.catalogue`).
    static var schedule: [String: Any] {
        let entries = Schedule.catalogue.filter { $0.name != "constant" }
        var properties: [String: Any] = [:]
        for entry in entries {
            var parameters: [String: Any] = [:]
            for p in entry.parameters {
                parameters[p.name] = scheduleParameter(p.name, "\(p.summary)" + (p.defaultText.map { "; default \($0)" } ?? "; required"))
            }
            properties[entry.name] = object(parameters, "keras.optimizers.schedules.\(entry.kerasName ?? entry.name): \(entry.summary)",
                                            keys: entry.parameters.map(\.name),
                                            required: entry.parameters.filter { $0.defaultText == nil }.map(\.name))
        }
        return ["description": "A learning-rate schedule, evaluated at the update index from 0.", "type": "object",
                "properties": properties, "propertyNames": ["enum": entries.map(\.name)], "minProperties": 1, "maxProperties": 1]
    }

    /// The value a schedule parameter takes, as `ScheduleReader` reads it.
    static func scheduleParameter(_ name: String, _ description: String) -> [String: Any] {
        switch name {
        case "boundaries":
            return ["description": description, "type": "array", "items": ["type": "integer", "minimum": 0], "minItems": 1]
        case "values": return ["description": description, "type": "array", "items": ["type": "number"], "minItems": 2]
        case "staircase", "cycle": return boolean(description)
        case _ where name.hasSuffix("_steps"): return integer(0...1_000_000_000, description)
        default: return number(description)
        }
    }
}
