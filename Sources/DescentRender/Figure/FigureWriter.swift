import CCairo
import Descent
import Foundation

/// A figure ready to draw in any format: its pixel size and how to paint it.
protocol PreparedDrawing {
    var width: Int { get }
    var height: Int { get }
    func paint(on g: GraphicsContext) throws
}

extension PreparedFigure: PreparedDrawing {
    var width: Int { figure.width }
    var height: Int { figure.height }
    func paint(on g: GraphicsContext) throws { try FigurePainter(prepared: self, g: g).paint() }
}

extension PreparedCurveFigure: PreparedDrawing {
    var width: Int { figure.width }
    var height: Int { figure.height }
}

/// Writes figures to files, all formats or none (see `AtomicFiles`).
public enum FigureWriter {
    /// Writes `figure` as `directory/name.<format>` for each of `formats`; returns the paths.
    @discardableResult
    public static func write(_ figure: LandscapeFigure, name: String, formats: [ImageFormat],
                             to directory: String) throws -> [String] {
        try write(prepared(figure, formats: formats), name: name, formats: formats, to: directory)
    }

    /// `figure` prepared for drawing in `formats` (vector bands only for SVG and PDF).
    static func prepared(_ figure: LandscapeFigure, formats: [ImageFormat]) throws -> PreparedFigure {
        let measuring = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        return PreparedFigure(figure, measurer: measuring, vectorBands: formats.contains { $0 != .png })
    }

    /// `figure` prepared for drawing.
    static func prepared(_ figure: CurveFigure) throws -> PreparedCurveFigure {
        PreparedCurveFigure(figure, measurer: try GraphicsContext(CairoSurface.image(width: 1, height: 1)))
    }

    /// Writes a curve figure, as `write(_: LandscapeFigure, ...)` does a landscape.
    @discardableResult
    public static func write(_ figure: CurveFigure, name: String, formats: [ImageFormat],
                             to directory: String) throws -> [String] {
        try write(prepared(figure), name: name, formats: formats, to: directory)
    }

    private static func write(_ prepared: some PreparedDrawing & Sendable, name: String, formats: [ImageFormat],
                              to directory: String) throws -> [String] {
        let paths = formats.map { (directory as NSString).appendingPathComponent("\(name).\($0.rawValue)") }
        // Formats are independent drawings of the same prepared figure: one per core.
        try AtomicFiles.write(paths) { i, temporary in try draw(prepared, format: formats[i], to: temporary) }
        return paths
    }

    /// Draws `prepared` in `format` to `path`.
    static func draw(_ prepared: some PreparedDrawing, format: ImageFormat, to path: String) throws {
        let width = prepared.width, height = prepared.height
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
    static func rasterize(_ prepared: some PreparedDrawing) throws -> CairoSurface {
        let surface = try CairoSurface.image(width: prepared.width, height: prepared.height)
        try prepared.paint(on: GraphicsContext(surface))
        return surface
    }

    private static func paintVector(_ prepared: some PreparedDrawing, on surface: CairoSurface, scale: Double,
                                    path: String) throws {
        let g = try GraphicsContext(surface)
        g.scale(scale)
        try prepared.paint(on: g)
        try surface.finish("writing \(path)")
    }
}
