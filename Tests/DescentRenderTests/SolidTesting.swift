import Descent
@testable import DescentRender

/// 3D figures built by hand for pixel tests.
enum SolidTesting {
    /// A ridge along x at y = −0.3 on [−1, 1]², f = 3 exp(−((y + 0.3)/0.12)²), flat (f ≈ 0)
    /// behind and in front; grey colormap, no contour lines, one 3D panel.
    static func ridge(runs: [DrawnRun], camera: Camera, width: Int = 500, height: Int = 400) throws -> LandscapeFigure {
        try figure("3*exp(-((y + 0.3)/0.12)^2)", runs: runs, camera: camera, width: width, height: height)
    }

    static func figure(_ formula: String, runs: [DrawnRun], camera: Camera, resolution: Int = 121,
                       width: Int = 500, height: Int = 400) throws -> LandscapeFigure {
        let surface = FormulaSurface(try Formula(formula))
        let box = ViewBox(x: -1...1, y: -1...1)
        let view = SolidView(camera: camera, contours: .none, resolution: resolution)
        return LandscapeFigure(
            width: width, height: height, title: nil, subtitle: nil, colormap: .grey, colorScale: .linear,
            style: .heatmap, levels: 0,
            panels: [LandscapePanel(box: box, surface: surface, runs: runs, minima: [], solid: view)],
            legend: [], equalAspect: true)
    }

    /// The figure painted in memory, its mesh drawn as a z-buffer raster or as sorted polygons.
    static func raster(_ figure: LandscapeFigure, polygons: Bool) throws -> (PixelImage, PreparedFigure) {
        let measuring = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let prepared = PreparedFigure(figure, measurer: measuring)
        let surface = try CairoSurface.image(width: figure.width, height: figure.height)
        try FigurePainter(prepared: prepared, g: GraphicsContext(surface), polygonMesh: polygons).paint()
        return (surface.pixels(), prepared)
    }
}

extension SolidFrame {
    /// Where the point of the plane `p`, lifted onto the mesh, is drawn.
    func pixel(_ p: Vec2) -> Point {
        point(model.mesh.box.point(p, z: model.mesh.height(at: p)))
    }
}

extension PixelImage {
    /// True when a pixel within one pixel of (x, y) is near `color`: a person would see that
    /// colour there (thin lines land between pixel centres).
    func looks(_ x: Double, _ y: Double, like color: RGB, tolerance: Int = 60) -> Bool {
        (-1...1).contains { dy in (-1...1).contains { dx in matches(Int(x) + dx, Int(y) + dy, color, tolerance: tolerance) } }
    }
}
