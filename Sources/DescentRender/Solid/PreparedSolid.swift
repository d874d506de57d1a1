import Descent

/// A 3D panel ready to draw: its model (camera-independent), the frame of its camera in its
/// rectangle, and the box's axes in that frame.
struct PreparedSolid {
    let model: SolidModel
    let frame: SolidFrame
    let axes: SolidAxes
    /// Pixels kept free around the box for tick labels and axis titles.
    let inset: Double
    let names: AxisNames

    /// `model` seen by `camera` in `rect`, the image-plane rectangle `fit` (by default the
    /// camera's own bounds of the box) filling it less `inset`.
    init(model: SolidModel, camera: Camera, rect: Rect, inset: Double, names: AxisNames, fit: Rect? = nil) {
        self.model = model
        self.inset = inset
        self.names = names
        frame = SolidFrame(model: model, camera: camera, rect: rect, inset: inset, fit: fit)
        axes = SolidAxes(frame: frame, names: names)
    }

    /// The same panel seen by `camera`; the mesh, colours and lines are reused as they are.
    /// With `fit`, the image-plane rectangle that fills the panel (the same for every frame of
    /// a moving camera, so the box neither breathes nor shifts as the elevation changes).
    func seen(by camera: Camera, fittedTo fit: Rect? = nil) -> PreparedSolid {
        PreparedSolid(model: model, camera: camera, rect: frame.rect, inset: inset, names: names, fit: fit)
    }

    /// The smallest image-plane rectangle holding the box's bounds for every camera of `cameras`.
    static func fit(box: SolidBox, cameras: [Camera]) -> Rect? {
        let all = cameras.map { SolidFrame.bounds(box: box, projection: CameraProjection($0)) }
        guard let first = all.first else { return nil }
        return all.dropFirst().reduce(first) { a, b in
            let minX = min(a.minX, b.minX), minY = min(a.minY, b.minY)
            return Rect(x: minX, y: minY, width: max(a.maxX, b.maxX) - minX, height: max(a.maxY, b.maxY) - minY)
        }
    }

    /// Height over width of a panel that `camera` fills with the box of `view`, labels included.
    static func aspect(box view: ViewBox, camera: Camera) -> Double {
        let bounds = SolidFrame.bounds(box: SolidBox(view: view), projection: CameraProjection(camera))
        // About a tenth of the width goes to labels on each side, in both directions.
        let pad = 0.2 * max(bounds.width, bounds.height)
        return (bounds.height + pad) / (bounds.width + pad)
    }

    /// The room the box's labels need: tick, gap, the widest tick label, gap, an axis title.
    static func inset(model: SolidModel, typography t: Typography, measurer: some TextMeasurer) -> Double {
        let view = model.mesh.box.view
        let labels = NiceTicks.labels(NiceTicks.linear(view.x, targetCount: 5))
            + NiceTicks.labels(NiceTicks.linear(view.y, targetCount: 5)) + model.mesh.axis.ticks.map(\.label)
        let widest = labels.map { measurer.measure($0, size: t.tick, bold: false).width }.max() ?? 0
        let title = measurer.measure("x", size: t.axisLabel, bold: false).height
        return t.tickLength + 0.5 * t.gap + widest + 0.6 * t.gap + title
    }
}
