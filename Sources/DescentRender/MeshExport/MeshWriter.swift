import Descent
import Foundation

/// Writes a scene's surface as a 3D mesh file, whole or not at all.
public enum MeshWriter {
    /// Writes `directory/<output name>.<format>` (`<name>-1`, `<name>-2`, ... for a scene
    /// comparing several landscapes): each landscape's drawn surface over the view, sampled
    /// `resolution` nodes a side (default: the scene's 3D resolution), heights and colours as
    /// its 3D view shows them; `watertight` adds walls and a base. OBJ files also hold the runs,
    /// laid on the surface, as polylines. Returns the paths.
    @discardableResult
    public static func write(_ resolved: ResolvedScene, format: MeshFormat, resolution: Int? = nil, watertight: Bool,
                             to directory: String) throws -> [String] {
        let scene = resolved.scene
        if let refusal = scene.refusal(for: .mesh) { throw RenderError(refusal) }
        let view = scene.view.solid
        let figure = format == .obj ? try LandscapeFigure(resolved: resolved) : nil
        let analyses = resolved.analyses
        var files: [(String, Data)] = []
        for (index, analysis) in analyses.enumerated() {
            guard let mesh = HeightMesh(surface: analysis.drawnSurface, view: scene.view.box,
                                        resolution: resolution ?? view.resolution, scale: view.heightScale, shift: view.heightShift),
                  let colormap = Colormap.named(scene.view.colormap),
                  let mapping = ColorMapping(values: mesh.field.values, scale: scene.view.colorScale, levels: 0)
            else { throw RenderError("the surface has no finite value in the view") }
            var printable = try PrintableMesh(mesh, mapping: mapping, colormap: colormap, watertight: watertight)
            if let figure {
                // This variant's panels; of a 2D and a 3D view of it, the 2D one's runs.
                let perVariant = figure.panels.count / analyses.count
                let panels = figure.panels[(index * perVariant)..<((index + 1) * perVariant)]
                let flat = panels.filter { $0.solid == nil }
                printable.addPaths((flat.isEmpty ? Array(panels) : flat).flatMap(\.runs), on: mesh)
            }
            var title = scene.title ?? scene.surface.name ?? scene.surface.statement
            if let variant = analysis.landscape.title { title += ": \(variant)" }
            let name = analyses.count == 1 ? scene.output.name : "\(scene.output.name)-\(index + 1)"
            files.append(((directory as NSString).appendingPathComponent("\(name).\(format.rawValue)"), format.encode(printable, title: title)))
        }
        try AtomicFiles.write(files)
        return files.map(\.0)
    }
}
