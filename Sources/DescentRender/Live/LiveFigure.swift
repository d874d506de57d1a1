import Descent
import Foundation

/// Where a 2D panel is in a drawn image, so that a point clicked on the image maps to the plane.
public struct PanelPlacement: Sendable, Equatable {
    /// The panel's left edge, pixels from the image's left.
    public var x: Double
    /// The panel's top edge, pixels from the image's top.
    public var y: Double
    /// Width in pixels.
    public var width: Double
    /// Height in pixels.
    public var height: Double
    /// The part of the plane the panel shows: x left to right, y bottom to top.
    public var box: ViewBox

    init(_ transform: PlotTransform) {
        x = transform.rect.x
        y = transform.rect.y
        width = transform.rect.width
        height = transform.rect.height
        box = transform.box
    }

    /// The 2D panels of `prepared`, in order.
    static func flatPanels(of prepared: PreparedFigure) -> [PanelPlacement] {
        prepared.panels.filter { $0.panel.solid == nil }.map { PanelPlacement($0.transform) }
    }
}

/// A scene's still figure drawn in memory for the live preview: the PNG `SceneRenderer` would
/// write (without its metadata) and where its 2D panels are.
public struct LiveFigure: Sendable {
    /// The PNG file's bytes.
    public let png: Data
    /// Image width in pixels.
    public let width: Int
    /// Image height in pixels.
    public let height: Int
    /// The 2D panels of a landscape figure (none for a curve).
    public let panels: [PanelPlacement]

    /// Draws the figure of `resolved`.
    public init(_ resolved: ResolvedScene) throws {
        let prepared: any PreparedDrawing
        switch try SceneRenderer.figure(of: resolved) {
        case let .landscape(figure):
            let landscape = try FigureWriter.prepared(figure, formats: [.png])
            panels = PanelPlacement.flatPanels(of: landscape)
            prepared = landscape
        case let .curve(figure):
            panels = []
            prepared = try FigureWriter.prepared(figure)
        }
        width = prepared.width
        height = prepared.height
        png = try PNGEncoder.encode(FigureWriter.rasterize(prepared).pixels())
    }
}
