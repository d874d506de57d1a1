import Descent

extension ViewReader {
    /// `view:` of a loss line: only `x` (the range of α, default `domain`'s) and `resolution`
    /// (points along the line) apply; the loss axis follows the data.
    func lineView(_ domain: ViewBox) throws(SceneError) -> ViewSettings {
        var view = ViewSettings(box: domain)
        guard let value else { return view }
        let m = try value.mapping(allowed: Self.keys)
        for key in m.keys where key != "x" && key != "resolution" {
            throw m[key]!.error("does not apply to a loss line (curves of loss against α); its view takes only `x`, the range of α, and `resolution`")
        }
        if let v = m["x"] { view.box.x = try Self.range(v) }
        if let v = m["resolution"] { view.resolution = try v.integer(in: SceneLimits.resolution) }
        return view
    }
}
