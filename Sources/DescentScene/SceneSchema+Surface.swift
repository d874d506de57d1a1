import Descent

/// Surfaces: catalogue entries, formulas, networks with their data and plane, grid files.
extension SceneSchema {
    static var surface: [String: Any] {
        let properties: [String: Any] = [
            "name": choice(SurfaceCatalogue.entries.map(\.name), "A catalogue surface (see `descent list`)."),
            "formula": string("f(x, y) written with x, y, pi, e, + - * / ^, parentheses, named params and "
                              + Formula.functionNames.joined(separator: " ") + "."),
            "params": ["description": "The surface's or formula's parameters, by name.", "type": "object",
                       "additionalProperties": ["type": "number"]] as [String: Any],
            "network": network,
            "plane": object([
                "directions": choice(NetworkReader.directions, "Random filter-normalized directions, the training path's PCA, or two checkpoints."),
                "normalization": choice(DirectionNormalization.allCases.map(\.rawValue), "How random directions are scaled."),
                "seed": seed("Seed of the random directions."),
            ], "The plane through the trained weights the loss is drawn on.", keys: NetworkReader.planeKeys),
            "line": object([
                "direction": choice(["interpolation", "random"], "From the initial to the trained weights, or a random direction through θ*."),
                "normalization": choice(DirectionNormalization.allCases.map(\.rawValue), "How a random direction is scaled."),
                "seed": seed("Seed of the random direction."),
                "accuracy": boolean("Draw the accuracy under the loss (class labels only)."),
            ], "A 1-D loss plot along a line through the weights, instead of a plane.", keys: LineReader.keys),
            "split": choices(DataSplit.allCases.map(\.rawValue), "The loss of the training or validation samples (a list: one panel each)."),
            "grid": string("A grid computed elsewhere: .csv or .npy rows of x, y, value (as `descent grid` writes), "
                           + "or .h5/.hdf5 as Li et al.'s loss-landscape code writes."),
            "key": string("The HDF5 dataset drawn; default train_loss."),
        ]
        var schema = object(properties, "The loss surface: a catalogue name, a formula, a network, or a grid file.",
                            keys: SurfaceReader.keys + SurfaceReader.landscapeKeys)
        // Each catalogue surface takes its own parameters, in their ranges.
        schema["allOf"] = SurfaceCatalogue.entries.map { entry -> [String: Any] in
            var parameters: [String: Any] = [:]
            for p in entry.parameters {
                parameters[p.name] = number("\(p.summary); default \(NumberFormat.plain(p.defaultValue))",
                                            minimum: p.range.lowerBound, maximum: p.range.upperBound)
            }
            return ["if": ["properties": ["name": ["const": entry.name]], "required": ["name"]],
                    "then": ["properties": ["params": ["properties": parameters, "propertyNames": ["enum": entry.parameters.map(\.name)]]]]]
        }
        return schema
    }

    static var network: [String: Any] {
        object([
            "model": ["description": "A built-in network by name, or one trained elsewhere: its layers and state-dict files.",
                      "anyOf": [choice(NetworkModel.allCases.map(\.rawValue), "An MLP, one sigmoid neuron, or w₂·act(w₁·x)."), ownModel]] as [String: Any],
            "data": ["description": "Generated or CSV data for a built-in network; .npy files for a model read from files.",
                     "anyOf": [data, ownData]] as [String: Any],
            "layers": ["description": "Hidden layer widths.", "type": "array",
                       "items": ["type": "integer", "minimum": SceneLimits.width.lowerBound, "maximum": SceneLimits.width.upperBound],
                       "maxItems": SceneLimits.depth.upperBound] as [String: Any],
            "activation": choices(Activation.allCases.map(\.rawValue), "Hidden activation (a list: one panel each)."),
            "init": choices(Initialization.allCases.map(\.rawValue), "Weight initialization (a list: one panel each)."),
            "seed": seed("Seed of the initial weights."),
            "loss": choice(LossKind.allCases.map(\.rawValue), "The loss; by default from the data's targets."),
            "l2": number("L2 penalty on the weights.", minimum: 0),
            "l1": number("L1 penalty on the weights.", minimum: 0),
            "skip": ["description": "Residual connections between equal-width hidden layers (a list: one panel each).",
                     "anyOf": [["type": "boolean"], ["type": "array", "items": ["type": "boolean"], "minItems": 1]]] as [String: Any],
            "validation": number("Fraction of the samples held out.", minimum: 0, maximum: 0.9),
            "train": ["$ref": "#/definitions/train"],
        ], "A network trained on data, its loss drawn on a plane through its weights.", keys: NetworkReader.keys, required: ["data"])
    }

    /// One data set: a generator with its settings, or `csv: PATH`.
    static var data: [String: Any] {
        var properties: [String: Any] = [DatasetReader.csvKey: string("A CSV file of numbers: inputs, then the target in the last column.")]
        for name in DatasetGenerator.names {
            let keys = DatasetReader.settings(name)
            let all: [String: Any] = [
                "samples": integer(SceneLimits.samples, "Samples generated."),
                "noise": number("Standard deviation of the noise.", minimum: 0),
                "seed": seed("Seed of the samples."),
                "factor": number("Inner circle's radius relative to the outer.", exclusiveMinimum: 0, exclusiveMaximum: 1),
                "turns": number("Turns of each spiral.", exclusiveMinimum: 0, maximum: 10),
                "centers": integer(2...100, "Clusters."),
                "features": integer(1...1000, "Input features."),
                "spread": number("Standard deviation of each cluster.", exclusiveMinimum: 0),
                "slope": number("Slope of the line."),
                "intercept": number("Intercept of the line."),
                "coefficients": ["description": "Polynomial coefficients, constant first.", "type": "array",
                                 "items": ["type": "number"], "minItems": 1, "maxItems": 20] as [String: Any],
            ]
            properties[name] = object(all.filter { keys.contains($0.key) }, "Generated \(name.replacingOccurrences(of: "_", with: " ")).",
                                      keys: keys)
        }
        return ["description": "The training data: one generated data set or a CSV file.", "type": "object",
                "properties": properties, "propertyNames": ["enum": DatasetGenerator.names + [DatasetReader.csvKey]],
                "minProperties": 1, "maxProperties": 1]
    }

    /// `model: {layers, weights, checkpoints}`: a network trained elsewhere.
    static var ownModel: [String: Any] {
        let file = string("A state dict: .safetensors (safetensors.torch.save_file) or .npz (numpy.savez), relative to the scene.")
        return object([
            "layers": ["description": "The nn.Sequential's modules in order; parameters named as its state_dict names them.",
                       "type": "array", "items": ["$ref": "#/definitions/layer"], "minItems": 1, "maxItems": 500] as [String: Any],
            "weights": file,
            "checkpoints": ["description": "The training path, θ₀ first: a list of state dicts, or one pattern (data/ckpt-*.safetensors) taken in name order.",
                            "anyOf": [["type": "string"], ["type": "array", "items": ["type": "string"], "minItems": 1,
                                                            "maxItems": OwnModelReader.checkpointLimit]]] as [String: Any],
        ], "A network trained elsewhere (PyTorch), read from files.", keys: OwnModelReader.modelKeys, required: ["layers", "weights"])
    }

    /// `data: {inputs, labels, validation}` of a model read from files.
    static var ownData: [String: Any] {
        let split: [String: Any] = [
            "inputs": string(".npy of float32 or float64 inputs, (N, C, H, W) or (N, D)."),
            "labels": string(".npy of int64 classes (N,) or float targets (N, outputs)."),
        ]
        return object(split.merging(["validation": object(split, "Held-out samples.", keys: OwnModelReader.splitKeys, required: ["inputs", "labels"])]) { a, _ in a },
                      "The samples a model read from files is scored on.", keys: OwnModelReader.dataKeys, required: ["inputs", "labels"])
    }

    /// One module of a model read from files: a name, or one name with its settings.
    static var modelLayer: [String: Any] {
        let size = integer(ModelLayerReader.size, "A size.")
        let pair: [String: Any] = ["description": "A number, or [height, width].",
                                   "anyOf": [["type": "integer", "minimum": 0], ["type": "array", "items": ["type": "integer", "minimum": 0],
                                                                                   "minItems": 2, "maxItems": 2]]]
        let dims: [String: Any] = ["description": "A size or a list of sizes.",
                                   "anyOf": [size, ["type": "array", "items": size, "minItems": 1, "maxItems": 3]]]
        let eps = number("Added to the variance.", exclusiveMinimum: 0)
        func settings(_ name: String, _ properties: [String: Any], _ description: String, required: [String]) -> [String: Any] {
            object(properties, description, keys: ModelLayerReader.settings[name]!, required: required)
        }
        let pooling: [String: Any] = ["anyOf": [pair, settings("maxpool2d", ["kernel": pair, "stride": pair, "padding": pair], "Window settings.", required: ["kernel"])]]
        let layers: [String: Any] = [
            "linear": settings("linear", ["in": size, "out": size, "bias": boolean("Whether it adds a bias.")], "nn.Linear.", required: ["in", "out"]),
            "conv2d": settings("conv2d", ["in": size, "out": size, "kernel": pair, "stride": pair, "padding": pair, "dilation": pair,
                                          "groups": size, "bias": boolean("Whether it adds a bias.")], "nn.Conv2d.", required: ["in", "out", "kernel"]),
            "maxpool2d": pooling,
            "avgpool2d": pooling,
            "adaptive_avgpool2d": pair,
            "batchnorm1d": ["anyOf": [size, settings("batchnorm1d", ["features": size, "eps": eps], "nn.BatchNorm1d.", required: ["features"])]],
            "batchnorm2d": ["anyOf": [size, settings("batchnorm2d", ["features": size, "eps": eps], "nn.BatchNorm2d.", required: ["features"])]],
            "layernorm": ["anyOf": [dims, settings("layernorm", ["shape": dims, "eps": eps, "affine": boolean("Whether it has weight and bias.")],
                                                   "nn.LayerNorm.", required: ["shape"])]],
            "dropout": number("The dropout probability (the identity in evaluation mode).", minimum: 0, exclusiveMaximum: 1),
            "residual": ["description": "x + block(x).", "type": "array", "items": ["$ref": "#/definitions/layer"], "minItems": 1] as [String: Any],
        ]
        return ["description": "A layer: " + ModelLayerReader.names.joined(separator: ", ") + ".",
                "anyOf": [choice(ModelLayerReader.bare, "A layer without settings."),
                          ["type": "object", "properties": layers, "propertyNames": ["enum": Array(ModelLayerReader.settings.keys).sorted()],
                           "minProperties": 1, "maxProperties": 1] as [String: Any]]]
    }
}
