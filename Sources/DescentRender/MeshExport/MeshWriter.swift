import Descent
import Foundation

/// Writes a scene's surface as a 3D mesh file, whole or not at all.
public enum MeshWriter {
    /// Writes `directory/<output name>.<format>`: the scene's surface over its view, sampled
    /// `resolution` nodes a side (default: the scene's 3D resolution), heights and colours as
    /// its 3D view shows them; `watertight` adds walls and a base. OBJ files also hold the runs,
    /// laid on the surface, as polylines. Returns the path.
    @discardableResult
    public static func write(_ scene: Scene, format: MeshFormat, resolution: Int? = nil, watertight: Bool,
                             to directory: String) throws -> String {
        guard !scene.surface.isLine else { throw RenderError("draws a loss line, which has no surface to mesh (use `plane:`)") }
        let view = scene.view.solid
        guard let mesh = HeightMesh(surface: scene.surface.makeSurface(), view: scene.view.box,
                                    resolution: resolution ?? view.resolution, scale: view.heightScale, shift: view.heightShift),
              let colormap = Colormap.named(scene.view.colormap),
              let mapping = ColorMapping(values: mesh.field.values, scale: scene.view.colorScale, levels: 0)
        else { throw RenderError("the surface has no finite value in the view") }
        var printable = try PrintableMesh(mesh, mapping: mapping, colormap: colormap, watertight: watertight)
        if format == .obj {
            printable.addPaths(try LandscapeFigure(analysis: SceneAnalysis(scene)).panels.flatMap(\.runs), on: mesh)
        }
        let title = scene.title ?? scene.surface.name ?? "f(x, y) = " + scene.surface.formulaText
        let data = format.encode(printable, title: title)
        let path = (directory as NSString).appendingPathComponent("\(scene.output.name).\(format.rawValue)")
        try AtomicFiles.write([(path, data)])
        return path
    }
}
