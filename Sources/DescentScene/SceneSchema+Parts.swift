import Descent

/// Small schemas the scene schema is made of.
extension SceneSchema {
    /// An object of `properties` whose keys are exactly `keys` (those the reader allows).
    static func object(_ properties: [String: Any], _ description: String, keys: [String],
                       required: [String] = []) -> [String: Any] {
        var schema: [String: Any] = ["description": description, "type": "object", "properties": properties,
                                     "propertyNames": ["enum": keys]]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }

    static func string(_ description: String) -> [String: Any] { ["description": description, "type": "string"] }

    static func boolean(_ description: String) -> [String: Any] { ["description": description, "type": "boolean"] }

    /// One of `names`.
    static func choice(_ names: [String], _ description: String) -> [String: Any] {
        ["description": description, "type": "string", "enum": names]
    }

    /// One of `names`, or a list of 1 to 6 of them (one panel each).
    static func choices(_ names: [String], _ description: String) -> [String: Any] {
        ["description": description,
         "anyOf": [["type": "string", "enum": names], ["type": "array", "items": ["enum": names], "minItems": 1, "maxItems": 6]]]
    }

    /// A list of distinct names.
    static func uniqueList(_ names: [String], _ description: String, minItems: Int = 1) -> [String: Any] {
        ["description": description, "type": "array", "items": ["enum": names], "uniqueItems": true, "minItems": minItems]
    }

    static func integer(_ range: ClosedRange<Int>, _ description: String) -> [String: Any] {
        ["description": description, "type": "integer", "minimum": range.lowerBound, "maximum": range.upperBound]
    }

    /// A number; bounds that are nil or infinite are left out.
    static func number(_ description: String, minimum: Double? = nil, exclusiveMinimum: Double? = nil,
                       maximum: Double? = nil, exclusiveMaximum: Double? = nil) -> [String: Any] {
        var schema: [String: Any] = ["description": description, "type": "number"]
        for (key, bound) in [("minimum", minimum), ("exclusiveMinimum", exclusiveMinimum), ("maximum", maximum),
                             ("exclusiveMaximum", exclusiveMaximum)] {
            if let bound, bound.isFinite { schema[key] = bound }
        }
        return schema
    }

    static func seed(_ description: String) -> [String: Any] { integer(0...(1 << 53), description) }

    /// `[low, high]`.
    static func pair(_ description: String) -> [String: Any] {
        let coordinate = number("", minimum: -SceneLimits.coordinate, maximum: SceneLimits.coordinate)
            .filter { $0.key != "description" }
        return ["description": description, "type": "array", "items": coordinate, "minItems": 2, "maxItems": 2]
    }

    /// `[x, y]`.
    static func point(_ description: String) -> [String: Any] { pair(description) }

    /// `[width, height]` in pixels.
    static func size(_ description: String) -> [String: Any] {
        let side = integer(SceneLimits.imageSide, "").filter { $0.key != "description" }
        return ["description": description, "type": "array", "items": side, "minItems": 2, "maxItems": 2]
    }
}
