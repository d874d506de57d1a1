import Descent
@testable import DescentRender

/// Small figures built by hand for pixel tests.
enum FigureTesting {
    /// f = x over [0, 1]², continuous grey heatmap, no contour lines, no title.
    static func linearRamp(runs: [DrawnRun] = [], width: Int = 400, height: Int = 300) throws -> LandscapeFigure {
        let surface = FormulaSurface(try Formula("x"))
        let box = ViewBox(x: 0...1, y: 0...1)
        return LandscapeFigure(
            width: width, height: height, title: nil, subtitle: nil, colormap: .grey, colorScale: .linear,
            style: .heatmap, levels: 0, panels: [LandscapePanel(box: box, surface: surface, runs: runs, minima: [])],
            legend: [], equalAspect: true)
    }

    /// The figure painted in memory.
    static func raster(_ figure: LandscapeFigure) throws -> (PixelImage, PreparedFigure) {
        let measuring = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let prepared = PreparedFigure(figure, measurer: measuring)
        return (try FigureWriter.rasterize(prepared).pixels(), prepared)
    }
}

extension PixelImage {
    /// The colour at a pixel, as 0...255 channels.
    func rgb(_ x: Int, _ y: Int) -> (r: Int, g: Int, b: Int) {
        let p = pixels[y * width + x]
        return (Int(p >> 16 & 0xFF), Int(p >> 8 & 0xFF), Int(p & 0xFF))
    }

    /// True when the pixel is within `tolerance` of `color` in every channel.
    func matches(_ x: Int, _ y: Int, _ color: RGB, tolerance: Int = 3) -> Bool {
        let c = rgb(x, y)
        let want = (Int((color.r * 255).rounded()), Int((color.g * 255).rounded()), Int((color.b * 255).rounded()))
        return abs(c.r - want.0) <= tolerance && abs(c.g - want.1) <= tolerance && abs(c.b - want.2) <= tolerance
    }
}
