import Descent

/// Reads `sweep:`: the parameter, its values (a list or a range), and the layout; expands the
/// scene's runs over the values.
struct SweepReader {
    let value: YAMLValue
    let templates: [Run]
    let output: OutputSettings
    /// The scene asks for companion charts, which take a fifth of the height under a grid.
    let hasCharts: Bool
    /// Samples a network surface's mini-batches draw from; nil for other surfaces.
    let samples: Int?

    static let keys = ["param", "values", "range", "layout", "columns"]
    static let rangeKeys = ["from", "to", "count", "scale"]
    /// Values a layout may draw: panels in a grid, paths in one panel, points on a curve.
    static let limits: [SweepLayout: Int] = [.grid: 36, .overlay: 24, .curve: 2000]
    /// Smallest share of the figure a grid's panel may get, in typographic units (`OutputSettings.unit`):
    /// about what its title, badge and tick labels need at their smallest.
    static let smallestPanel = 115.0

    /// The sweep and the expanded runs.
    func read() throws(SceneError) -> (Sweep, [Run]) {
        let m = try value.mapping(allowed: Self.keys)
        let paramValue = try m.required("param")
        let parameter = try Self.parameter(paramValue)
        let layout = try m["layout"].map { v throws(SceneError) in
            SweepLayout(rawValue: try v.choice(SweepLayout.allCases.map(\.rawValue), what: "layout"))!
        } ?? .grid

        if parameter == .batchSize, samples == nil {
            throw paramValue.error("batch_size needs a network surface with training samples (surface: {network: ...})")
        }
        let (values, items, logarithmic) = try readValues(m, parameter: parameter)
        if parameter == .batchSize, let samples, let index = values.firstIndex(where: { ($0.numericValue ?? 0) > Double(samples) }) {
            throw (items?[index] ?? m["range"]!).error("batch_size must be at most the \(samples) training samples, "
                                                       + "got \(NumberFormat.plain(values[index].numericValue!))")
        }
        let limit = Self.limits[layout]!
        let source = m["values"] ?? m["range"]!
        guard values.count <= limit else {
            let what = layout == .grid ? "panels" : layout == .overlay ? "paths in one panel" : "points"
            throw source.error("gives \(values.count) values: \(values.count) \(what); layout \(layout.rawValue) "
                               + "draws at most \(limit)" + (layout == .curve ? "" : " (use layout: curve for dense sweeps)"))
        }
        guard values.count * templates.count <= Self.limits[.curve]! else {
            throw source.error("gives \(values.count) values for each of \(templates.count) runs: \(values.count * templates.count) runs; "
                               + "a sweep makes at most \(Self.limits[.curve]!)")
        }
        var columns: Int?
        if let v = m["columns"] {
            guard layout == .grid else { throw v.error("applies to layout: grid only") }
            columns = try v.integer(in: 1...12)
        }
        try checkLayout(layout, values: values, parameter: parameter, columns: columns, at: m["layout"] ?? value)

        switch Sweep.expand(templates, parameter: parameter, values: values) {
        case let .success(runs):
            let sweep = Sweep(parameter: parameter, values: values, layout: layout, columns: columns,
                              logarithmic: logarithmic, fromRange: m["range"] != nil, runsPerValue: templates.count)
            return (sweep, runs)
        case let .failure(.parameter(run, message)):
            throw paramValue.error(message + (templates.count > 1 ? " (runs[\(run)])" : ""))
        case let .failure(.value(index, run, message)):
            let suffix = templates.count > 1 ? " (runs[\(run)])" : ""
            if let items { throw items[index].error(message + suffix) }
            throw source.error("value \(index + 1) of \(values.count): \(message)\(suffix)")
        }
    }

    private static func parameter(_ v: YAMLValue) throws(SceneError) -> SweepParameter {
        let name = try v.string()
        if let parameter = SweepParameter(name: name) { return parameter }

        let hint = Suggestion.hint(for: name, among: SweepParameter.names)
        throw v.error("unknown sweep parameter `\(name)`"
                      + (hint.isEmpty ? "; expected one of \(SweepParameter.names.joined(separator: ", "))" : hint))
    }

    /// The values, the list items they came from (nil for a range), and whether they are log-spaced.
    private func readValues(_ m: YAMLMapping, parameter: SweepParameter) throws(SceneError)
        -> ([SweepValue], [YAMLValue]?, Bool) {
        switch (m["values"], m["range"]) {
        case (nil, nil):
            throw value.error("needs `values` (a list) or `range` ({from, to, count, scale})")
        case (.some, .some):
            throw value.error("has both `values` and `range`; give one")
        case let (list?, nil):
            let items = try list.sequence()
            guard !items.isEmpty else { throw list.error("is empty; a sweep needs at least one value") }
            let values = try items.map { item throws(SceneError) in
                // A learning rate may also be a whole schedule: a sweep across schedules.
                if parameter == .lr, item.node.mapping != nil { return SweepValue.schedule(try ScheduleReader(value: item).read()) }
                if parameter == .steps {
                    let steps = try item.integer(in: 0...Int.max / 2)
                    guard SceneLimits.steps.contains(steps) else {
                        throw item.error("steps must be between \(SceneLimits.steps.lowerBound) and \(SceneLimits.steps.upperBound), got \(steps)")
                    }
                    return SweepValue.number(Double(steps))
                }
                return try Self.value(item, type: parameter.valueType)
            }
            return (values, items, false)
        case let (nil, range?):
            return (try Self.range(range, type: parameter.valueType, name: parameter.name), nil,
                    range.node.mapping?["scale"]?.scalar?.string == "log")
        }
    }

    private static func value(_ v: YAMLValue, type: SweepParameter.ValueType) throws(SceneError) -> SweepValue {
        switch type {
        case .number: return .number(try v.number())
        case .integer: return .number(Double(try v.integer(in: 0...1_000_000_000)))
        case .pair:
            let (a, b) = try v.pair()
            return .pair(a, b)
        case .flag: return .flag(try v.bool())
        case .point: return .point(try RunReader.point(v))
        case .optimizer:
            return .optimizer(OptimizerKind(rawValue: try v.choice(OptimizerKind.allCases.map(\.rawValue), what: "optimizer"))!)
        }
    }

    private static func range(_ v: YAMLValue, type: SweepParameter.ValueType, name: String) throws(SceneError) -> [SweepValue] {
        guard type == .number || type == .integer else {
            throw v.error("\(name) takes \(type == .point ? "points" : type == .pair ? "pairs" : "names or flags"); give `values` as a list")
        }
        let m = try v.mapping(allowed: Self.rangeKeys)
        let scale = try m["scale"].map { s throws(SceneError) in
            SweepRange.Scale(rawValue: try s.choice(SweepRange.Scale.allCases.map(\.rawValue), what: "scale"))!
        } ?? .linear
        let count = try m.required("count").integer(in: 0...100_000)
        let range = SweepRange(from: try m.required("from").number(), to: try m.required("to").number(),
                               count: count, scale: scale)
        if let problem = range.problems().first { throw (m[problem.field] ?? v).error(problem.message) }
        var numbers = range.values
        if name == "steps", let outside = numbers.first(where: { !SceneLimits.steps.contains(Int($0.rounded())) }) {
            throw v.error("steps must be between \(SceneLimits.steps.lowerBound) and \(SceneLimits.steps.upperBound), "
                          + "got \(NumberFormat.plain(outside))")
        }
        if type == .integer {
            // Whole-number parameters (steps, seed, decay_steps) take the range rounded, once each.
            var seen = Set<Double>()
            numbers = numbers.map { $0.rounded() }.filter { seen.insert($0).inserted }
        }
        return numbers.map { .number($0) }
    }

    /// Layout rules: an overlay draws one run per value, a curve needs numbers, a grid's panels
    /// must not get smaller than `smallestPanel` pixels.
    private func checkLayout(_ layout: SweepLayout, values: [SweepValue], parameter: SweepParameter,
                             columns: Int?, at where_: YAMLValue) throws(SceneError) {
        switch layout {
        case .overlay:
            guard templates.count == 1 else {
                throw where_.error("overlay draws one run per value, but the scene lists \(templates.count) runs; use layout: grid")
            }
        case .curve:
            guard values.allSatisfy({ $0.numericValue != nil }) else {
                throw where_.error("a curve plots final loss against a number; \(parameter.name) values are not numbers (use layout: grid or overlay)")
            }
            guard values.count >= 2 else { throw where_.error("a curve needs at least 2 values") }
        case .grid:
            let columns = columns ?? SweepGrid.columns(for: values.count, width: output.width, height: output.height)
            let rows = (values.count + columns - 1) / columns
            // A panel's share: the width over the columns, the height (less the charts' fifth
            // and their labels) over the rows.
            let height = Double(output.height) * (hasCharts ? 0.7 : 0.9)
            let side = min(Double(output.width) / Double(columns), height / Double(rows))
            let smallest = Self.smallestPanel * OutputSettings.unit(width: output.width, height: output.height)
            guard side >= smallest else {
                throw where_.error("\(values.count) panels in \(rows) rows of \(columns) get \(Int(side)) px each of a "
                                   + "\(output.width)×\(output.height) figure\(hasCharts ? " with charts" : ""), under the \(Int(smallest)) px "
                                   + "they need; sweep fewer values or use layout: overlay or curve")
            }
        }
    }
}
