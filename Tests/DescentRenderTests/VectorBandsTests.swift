import Descent
import Foundation
import Testing
@testable import DescentRender

/// Filled bands in SVG and PDF are vector regions: f = x over [0, 1]² in four grey bands,
/// whose edges are the lines x = ¼, ½, ¾.
@Suite struct VectorBandsTests {
    static func bands(style: SurfaceStyle = .filled) throws -> LandscapeFigure {
        var figure = try FigureTesting.linearRamp()
        figure.style = style
        figure.levels = 4
        return figure
    }

    @Test func eachBandIsTheRegionAboveItsLowerEdgeInTheRastersColour() throws {
        let measuring = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let prepared = PreparedFigure(try Self.bands(), measurer: measuring, vectorBands: true)
        let rect = prepared.panels[0].transform.rect
        let bands = try #require(prepared.panels[0].backdrop?.bands)
        #expect(bands.count == 4 && bands[0].rings.isEmpty)
        for (k, band) in bands.enumerated() {
            #expect(band.color == Colormap.grey.color(at: (Double(k) + 0.5) / 4))
            guard k > 0 else { continue }
            // One ring a band: the edge x = k/4 (in pixels from the panel's corner), closed
            // around the right of the panel outside it.
            #expect(band.rings.count == 1)
            let edge = Double(k) / 4 * rect.width
            let left = band.rings[0].filter { $0.x < rect.width - 0.5 }
            #expect(left.count >= 2)
            for p in left { #expect(abs(p.x - edge) < 0.5, "band \(k): \(p)") }
            #expect(band.rings[0].allSatisfy { $0.x > edge - 0.5 })
        }
        // Without vector formats nothing is traced.
        #expect(PreparedFigure(try Self.bands(), measurer: measuring).panels[0].backdrop?.bands == nil)
    }

    /// The SVG holds no raster of a filled surface, only the colorbar's gradient image; a
    /// heatmap stays a raster.
    @Test func anSVGOfBandsHasNoSurfaceRaster() throws {
        let dir = try OutputFileTests.temporaryDirectory()
        try FigureWriter.write(try Self.bands(), name: "bands", formats: [.svg], to: dir)
        try FigureWriter.write(try Self.bands(style: .heatmap), name: "heatmap", formats: [.svg], to: dir)
        let images = { (name: String) in
            try String(contentsOfFile: dir + "/\(name).svg", encoding: .utf8).components(separatedBy: "<image").count - 1
        }
        #expect(try images("bands") == 1)
        #expect(try images("heatmap") == 2)
    }
}
