import CCairo
import Descent
import Foundation

/// Writes figures to files, all formats or none (see `AtomicFiles`).
public enum FigureWriter {
    /// Writes `figure` as `directory/name.<format>` for each of `formats`; returns the paths.
    @discardableResult
    public static func write(_ figure: LandscapeFigure, name: String, formats: [ImageFormat],
                             to directory: String) throws -> [String] {
        let measuring = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let prepared = PreparedFigure(figure, measurer: measuring)
        let paths = formats.map { (directory as NSString).appendingPathComponent("\(name).\($0.rawValue)") }
        // Formats are independent drawings of the same prepared figure: one per core.
        try AtomicFiles.write(paths) { i, temporary in try draw(prepared, format: formats[i], to: temporary) }
        return paths
    }

    /// Draws `prepared` in `format` to `path`.
    static func draw(_ prepared: PreparedFigure, format: ImageFormat, to path: String) throws {
        let width = prepared.figure.width, height = prepared.figure.height
        switch format {
        case .png:
            try rasterize(prepared).writePNG(to: path)
        case .svg:
            let surface = try CairoSurface.svg(path: path, width: width, height: height)
            try paintVector(prepared, on: surface, scale: 1, path: path)
            let url = URL(fileURLWithPath: path)
            try SVGIdentifiers.normalize(Data(contentsOf: url)).write(to: url)
        case .pdf:
            // 96 pixels to the inch, as in SVG: a 1200 px figure is 12.5 inches wide.
            let surface = try CairoSurface.pdf(path: path, width: Double(width) * 0.75, height: Double(height) * 0.75)
            try paintVector(prepared, on: surface, scale: 0.75, path: path)
        }
    }

    /// The figure painted on an image surface of its pixel size.
    static func rasterize(_ prepared: PreparedFigure) throws -> CairoSurface {
        let surface = try CairoSurface.image(width: prepared.figure.width, height: prepared.figure.height)
        try FigurePainter(prepared: prepared, g: GraphicsContext(surface)).paint()
        return surface
    }

    private static func paintVector(_ prepared: PreparedFigure, on surface: CairoSurface, scale: Double,
                                    path: String) throws {
        let g = try GraphicsContext(surface)
        g.scale(scale)
        try FigurePainter(prepared: prepared, g: g).paint()
        try surface.finish("writing \(path)")
    }
}
