import Descent

/// Reads the 3D keys of `view:` (camera, heights, mesh and lines) into a `SolidView`.
struct SolidViewReader {
    let mapping: YAMLMapping

    static let keys = ["elevation", "azimuth", "distance", "field_of_view", "z_scale", "z_shift",
                       "wireframe", "contours"]

    /// The 3D view; keys it reads are errors when `projection` shows no 3D view.
    func read(projection: Projection, surface: SurfaceChoice, box: ViewBox) throws(SceneError) -> SolidView {
        var solid = SolidView()
        if projection == .flat {
            if let key = mapping.keys.first(where: Self.keys.contains), let value = mapping[key] {
                throw value.error("applies to 3D views only; add `projection: 3d` (or `both`)")
            }
            return solid
        }
        if let v = mapping["elevation"] {
            let range = Camera.elevations
            solid.camera.elevation = try v.number("between −90 and 90 degrees") { range.contains($0) }
        }
        if let v = mapping["azimuth"] { solid.camera.azimuth = try v.number() }
        if let distance = mapping["distance"], mapping["field_of_view"] != nil {
            throw distance.error("give `distance` or `field_of_view`, not both: the view is fitted to its panel, so either sets the other")
        }
        if let v = mapping["distance"] {
            _ = try v.number("> 0") { $0 > 0 }
            let least = SolidBox.boundingRadius
            solid.camera.distance = try v.number("more than \(NumberFormat.short(least)), outside the box") { $0 > least }
        }
        if let v = mapping["field_of_view"] {
            let degrees = try v.number("at least 0 and below 120 degrees (0 is a parallel projection)") {
                Camera.fieldsOfView.contains($0)
            }
            solid.camera.distance = Camera.distance(fieldOfView: degrees)
        }
        if let v = mapping["z_scale"] {
            solid.heightScale = HeightScale(rawValue: try v.choice(HeightScale.allCases.map(\.rawValue), what: "height scale"))!
        }
        // `view.resolution` is shared with surfaces computed on a grid; a mesh allows fewer nodes.
        if let v = mapping["resolution"] { solid.resolution = try v.integer(in: SolidView.resolutions) }
        if let v = mapping["z_shift"] {
            guard solid.heightScale == .log else { throw v.error("applies to `z_scale: log` only") }
            let shift = try v.number()
            try Self.checkLogHeights(shift: shift, value: v, surface: surface, box: box, resolution: solid.resolution)
            solid.heightShift = shift
        }
        if let v = mapping["wireframe"] { solid.wireframe = try v.bool() }
        if let v = mapping["contours"] {
            solid.contours = SolidContours(rawValue: try v.choice(SolidContours.allCases.map(\.rawValue), what: "contour placement"))!
        }
        return solid
    }

    /// A log height needs f + shift > 0 at every point of the mesh. A surface written down or
    /// a grid file is sampled on the mesh's nodes; a network is never trained here (`check`
    /// stays fast), so its shift is held to what is known before training: a loss is ≥ 0.
    private static func checkLogHeights(shift: Double, value: YAMLValue, surface: SurfaceChoice, box: ViewBox,
                                        resolution: Int) throws(SceneError) {
        let sampled: any Surface
        switch surface {
        case .catalogue, .formula: sampled = surface.analyticSurface!
        case let .landscape(.grid(grid)): sampled = SampledSurface(grid.field)
        case .landscape(.networks), .landscape(.line):
            guard shift > 0 else {
                throw value.error("log heights need loss + z_shift > 0 everywhere in the view, and a loss can be as low as 0 "
                                  + "(it is known only after training); use z_shift > 0 or leave it out")
            }
            return
        }
        let field = Field.sample(sampled, box: box, columns: resolution, rows: resolution)
        guard let lowest = field.values.indices.filter({ field.values[$0].isFinite }).min(by: { field.values[$0] < field.values[$1] })
        else { return }
        let f = field.values[lowest]
        guard f + shift <= 0 else { return }
        let at = Vec2(field.x(column: lowest % field.columns), field.y(row: lowest / field.columns))
        throw value.error("log heights need f + z_shift > 0 everywhere in the view, but f = \(NumberFormat.short(f)) "
                          + "at (\(NumberFormat.short(at.x)), \(NumberFormat.short(at.y))); use z_shift > \(NumberFormat.short(-f)) or z_scale: linear")
    }
}
