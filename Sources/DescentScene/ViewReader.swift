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
        var problems = ProblemList()
        let m = try value.mapping(allowed: Self.keys, problems: &problems)
        func read<T>(_ key: String, _ parse: (YAMLValue) throws(SceneError) -> T) -> T? {
            m[key].flatMap { v in problems.attempt { () throws(SceneError) in try parse(v) } }
        }
        func choice<T: RawRepresentable<String> & CaseIterable>(_ key: String, _ what: String) -> T? {
            read(key) { v throws(SceneError) in T(rawValue: try v.choice(T.allCases.map(\.rawValue), what: what))! }
        }
        let x = read("x", Self.range) ?? (m["x"] == nil ? domain?.x : nil)
        let y = read("y", Self.range) ?? (m["y"] == nil ? domain?.y : nil)
        if (m["x"] == nil && x == nil) || (m["y"] == nil && y == nil) {
            problems.add(value.error("needs `x` and `y` ranges for a formula surface"))
        }
        var view = ViewSettings(box: ViewBox(x: x ?? 0...1, y: y ?? 0...1), colorScale: prefersLog ? .log : .linear)
        if let scale: ColorScale = choice("color", "color scale") { view.colorScale = scale }
        if let name = read("colormap", { v throws(SceneError) in v.scalarText == "gray" ? "grey" : try v.choice(Colormap.names, what: "colormap") }) {
            view.colormap = name
        }
        if let style: SurfaceStyle = choice("style", "style") { view.style = style }
        if let levels = read("levels", { v throws(SceneError) in try v.integer(in: SceneLimits.levels) }) { view.levels = levels }
        if let minima = read("minima", { v throws(SceneError) in try v.bool() }) { view.showMinima = minima }
        if let resolution = read("resolution", { v throws(SceneError) in try v.integer(in: SceneLimits.resolution) }) {
            view.resolution = resolution
        }
        let projection: Projection? = choice("projection", "projection")
        if let projection { view.projection = projection }
        if x != nil, y != nil, m["projection"] == nil || projection != nil {
            if let solid = problems.attempt({ () throws(SceneError) in
                try SolidViewReader(mapping: m).read(projection: view.projection, surface: surface, box: view.box)
            }) {
                view.solid = solid
            }
        }
        if let show = read("critical_points", { v throws(SceneError) in try v.bool() }) { view.showCriticalPoints = show }
        if let field = read("gradient_field", { v throws(SceneError) in
            v.scalarText == "none" ? Optional<GradientFieldStyle>.none
                : GradientFieldStyle(rawValue: try v.choice(GradientFieldStyle.allCases.map(\.rawValue) + ["none"], what: "gradient field"))
        }) {
            view.gradientField = field
        }
        try problems.check()
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
