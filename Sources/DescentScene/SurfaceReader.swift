import Descent

/// Reads `surface:`: a catalogue surface by name, or a formula, with parameters.
struct SurfaceReader {
    let value: YAMLValue
    /// The scene's `view:`, whose box a loss matrix read from a file covers.
    var view: YAMLValue?

    /// Keys of formula and catalogue surfaces.
    static let keys = ["name", "formula", "params"]
    /// Keys of computed surfaces: a network with its plane (or line) and split, or a grid file.
    static let landscapeKeys = ["network", "plane", "line", "split", "grid", "key"]

    func read() throws(SceneError) -> SurfaceChoice {
        let m = try value.mapping(allowed: Self.keys + Self.landscapeKeys)
        if let network = m["network"] { return .landscape(try NetworkReader(surface: m, network: network).read()) }
        if let grid = m["grid"] { return .landscape(try GridFileReader(surface: m, file: grid, view: view).read()) }
        for key in ["plane", "line", "split", "key"] where m[key] != nil {
            throw m[key]!.error("belongs to a computed surface: give `network` (or `grid` for `key`)")
        }
        switch (m["name"], m["formula"]) {
        case (nil, nil):
            throw value.error("needs `name` (a catalogue surface), `formula`, `network` or `grid`")
        case (.some, .some):
            throw value.error("has both `name` and `formula`; give one")
        case let (name?, nil):
            let names = SurfaceCatalogue.entries.map(\.name)
            let entry = SurfaceCatalogue.entry(named: try name.choice(names, what: "surface"))!
            return .catalogue(entry, parameters: try catalogueParameters(m["params"], entry: entry))
        case let (nil, formula?):
            let text = try formula.string()
            let parameters = try formulaParameters(m["params"])
            do {
                return .formula(try Formula(text, parameters: parameters))
            } catch {
                throw formula.error(error.description)
            }
        }
    }

    private func catalogueParameters(_ value: YAMLValue?, entry: CatalogueEntry) throws(SceneError) -> [String: Double] {
        guard let value else { return [:] }
        let names = entry.parameters.map(\.name)
        if names.isEmpty { throw value.error("\(entry.name) takes no parameters") }
        var result: [String: Double] = [:]
        for (key, item) in try value.mapping(allowed: names, context: entry.name).entries {
            let parameter = entry.parameters.first { $0.name == key }!
            let range = parameter.range
            result[key] = try item.number("in [\(NumberFormat.plain(range.lowerBound)), \(NumberFormat.plain(range.upperBound))]") {
                range.contains($0)
            }
        }
        return result
    }

    private func formulaParameters(_ value: YAMLValue?) throws(SceneError) -> [String: Double] {
        guard let value else { return [:] }
        guard let mapping = value.node.mapping else { throw value.error("must be a mapping of names to numbers") }
        let names = mapping.compactMap { $0.key.scalar?.string }
        var result: [String: Double] = [:]
        for (key, item) in try value.mapping(allowed: names).entries {
            result[key] = try item.number()
        }
        return result
    }
}
