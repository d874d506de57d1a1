import Descent

/// Reads `view:`: the box of the plane shown and how the surface is painted.
struct ViewReader {
    let value: YAMLValue?
    let owner: YAMLValue

    static let keys = ["x", "y", "color", "colormap", "style", "levels", "minima", "resolution", "projection"]
        + SolidViewReader.keys + ["critical_points", "gradient_field"]

    func read(for surface: SurfaceChoice) throws(SceneError) -> ViewSettings {
        var domain: ViewBox?
        var prefersLog = false
        if case let .catalogue(entry, _) = surface {
            domain = entry.domain
            prefersLog = entry.prefersLogColor
        }
        if case let .landscape(source) = surface { domain = source.defaultBox }
        if case .landscape(.line) = surface { return try lineView(domain!) }
        guard let value else {
            guard let domain else { throw owner.error("missing `view` with `x` and `y` ranges, needed for a formula") }
            return ViewSettings(box: domain, colorScale: prefersLog ? .log : .linear)
        }
        let m = try value.mapping(allowed: Self.keys)
        let x = try m["x"].map { v throws(SceneError) in try Self.range(v) } ?? domain?.x
        let y = try m["y"].map { v throws(SceneError) in try Self.range(v) } ?? domain?.y
        guard let x, let y else { throw value.error("needs `x` and `y` ranges for a formula surface") }
        var view = ViewSettings(box: ViewBox(x: x, y: y), colorScale: prefersLog ? .log : .linear)
        if let v = m["color"] {
            view.colorScale = ColorScale(rawValue: try v.choice(ColorScale.allCases.map(\.rawValue), what: "color scale"))!
        }
        if let v = m["colormap"] {
            view.colormap = v.scalarText == "gray" ? "grey" : try v.choice(Colormap.names, what: "colormap")
        }
        if let v = m["style"] {
            view.style = SurfaceStyle(rawValue: try v.choice(SurfaceStyle.allCases.map(\.rawValue), what: "style"))!
        }
        if let v = m["levels"] { view.levels = try v.integer(in: SceneLimits.levels) }
        if let v = m["minima"] { view.showMinima = try v.bool() }
        if let v = m["resolution"] { view.resolution = try v.integer(in: SceneLimits.resolution) }
        if let v = m["projection"] {
            view.projection = Projection(rawValue: try v.choice(Projection.allCases.map(\.rawValue), what: "projection"))!
        }
        view.solid = try SolidViewReader(mapping: m).read(projection: view.projection, surface: surface, box: view.box)
        if let v = m["critical_points"] { view.showCriticalPoints = try v.bool() }
        if let v = m["gradient_field"] {
            let names = GradientFieldStyle.allCases.map(\.rawValue)
            view.gradientField = v.scalarText == "none" ? nil
                : GradientFieldStyle(rawValue: try v.choice(names + ["none"], what: "gradient field"))
        }
        return view
    }

    /// `[low, high]` with low < high, both finite and not absurdly large.
    static func range(_ value: YAMLValue) throws(SceneError) -> ClosedRange<Double> {
        let (low, high) = try value.pair()
        if let problem = rangeProblem(low, high) { throw value.error(problem) }
        return low...high
    }

    /// Why `[low, high]` cannot be an axis of a view (a sentence to follow the axis' name), or
    /// nil: it must lie within ±`SceneLimits.coordinate`, increase, and be wide enough to draw.
    static func rangeProblem(_ low: Double, _ high: Double) -> String? {
        let limit = SceneLimits.coordinate, shown = "[\(NumberFormat.plain(low)), \(NumberFormat.plain(high))]"
        guard abs(low) <= limit, abs(high) <= limit else { return "must lie within ±\(NumberFormat.short(limit)), got \(shown)" }
        guard low < high else { return "must be [low, high] with low < high, got \(shown)" }
        guard (high - low) > 1e-9 * max(abs(low), abs(high)) else { return "is too narrow to draw: \(shown)" }
        return nil
    }
}
