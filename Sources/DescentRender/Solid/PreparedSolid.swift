import Descent

/// A 3D panel ready to draw: its model (camera-independent), the frame of its camera in its
/// rectangle, and the box's axes in that frame.
struct PreparedSolid {
    let model: SolidModel
    let frame: SolidFrame
    let axes: SolidAxes
    let names: AxisNames
    let typography: Typography
    /// The sizes of the box's label texts, measured once: labels are laid out again for every
    /// camera without a drawing context.
    let texts: MeasuredTexts
    /// Pixels kept free around the box for tick labels and axis titles when the fit is shared
    /// by several cameras (see `seen(by:fittedTo:)`).
    var inset: Double { Self.inset(model: model, typography: typography, measurer: texts) }

    /// `model` seen by `camera` in `rect`, as large as the box and its labels (measured, on
    /// whichever sides they fall) allow, centred together in it.
    init(model: SolidModel, camera: Camera, rect: Rect, names: AxisNames, typography: Typography,
         measurer: some TextMeasurer) {
        let ticks = SolidAxes.tickLabels(model.mesh) + ["x"]
        let titles = [names.x, names.y, model.mesh.axis.label(of: names.value), "x"]
        let texts = MeasuredTexts(ticks.map { ($0, typography.tick) } + titles.map { ($0, typography.axisLabel) }, measurer: measurer)
        self.init(model: model, frame: Self.tightFrame(model: model, camera: camera, rect: rect, names: names,
                                                         typography: typography, texts: texts),
                  names: names, typography: typography, texts: texts)
    }

    private init(model: SolidModel, frame: SolidFrame, names: AxisNames, typography: Typography, texts: MeasuredTexts) {
        self.model = model
        self.frame = frame
        self.names = names
        self.typography = typography
        self.texts = texts
        axes = SolidAxes(frame: frame, names: names)
    }

    /// The same panel seen by `camera`; the mesh, colours and lines are reused as they are.
    /// Without `fit`, fitted as a panel prepared for that camera is. With `fit`, the
    /// image-plane rectangle that fills the panel less `inset` on every side: the same for every
    /// frame of a moving camera, so the box neither breathes nor shifts as the camera turns.
    func seen(by camera: Camera, fittedTo fit: Rect? = nil) -> PreparedSolid {
        let rect = frame.rect
        let seen = fit.map { SolidFrame(model: model, camera: camera, rect: rect, inset: inset, fit: $0) }
            ?? Self.tightFrame(model: model, camera: camera, rect: rect, names: names, typography: typography, texts: texts)
        return PreparedSolid(model: model, frame: seen, names: names, typography: typography, texts: texts)
    }

    /// The frame of `camera` in `rect` whose box and labels, together, fill it. A placement with
    /// room for labels on every side shows where they fall; how far they reach beyond the box's
    /// corners changes little with the scale, so the next placement scales the corners to what
    /// those reaches leave and centres box and labels together. Titles sit at the middle of
    /// their edges, whose distance from the corners grows with the scale: two rounds settle it.
    private static func tightFrame(model: SolidModel, camera: Camera, rect: Rect, names: AxisNames,
                                   typography t: Typography, texts: MeasuredTexts) -> SolidFrame {
        let box = model.mesh.box
        var placement = SolidPlacement(box: box, camera: camera, rect: rect, inset: Self.inset(model: model, typography: t, measurer: texts))
        for _ in 0..<2 {
            guard let next = tighter(placement, model: model, rect: rect, names: names, typography: t, texts: texts) else { break }
            placement = next
        }
        return SolidFrame(model: model, rect: rect, placement: placement)
    }

    /// The placement that fits the box's corners and the labels `placement` gives them into
    /// `rect`, centred; nil when the labels leave no room.
    private static func tighter(_ placement: SolidPlacement, model: SolidModel, rect: Rect, names: AxisNames,
                                typography t: Typography, texts: MeasuredTexts) -> SolidPlacement? {
        let box = model.mesh.box
        let labels = SolidLabels(axes: SolidAxes(mesh: model.mesh, placement: placement, names: names), typography: t, measurer: texts)
        let corners = [-1.0, 1].flatMap { x in [-1.0, 1].flatMap { y in [-1.0, 1].map { z in box.corner(x, y, z) } } }
        // The corners on screen and in the image plane (y up), and how far the labels reach
        // beyond them on each side, in pixels.
        guard let screen = Rect.bounding(corners.map(placement.point)),
              let plane = Rect.bounding(corners.map { placement.projection.project($0) }.map { Point($0.x, $0.y) }),
              plane.width > 0, plane.height > 0 else { return nil }
        let text = Rect.bounding(labels.texts.flatMap { [Point($0.box.minX, $0.box.minY), Point($0.box.maxX, $0.box.maxY)] }) ?? screen
        let left = max(screen.minX - text.minX, 0), right = max(text.maxX - screen.maxX, 0)
        let top = max(screen.minY - text.minY, 0), bottom = max(text.maxY - screen.maxY, 0)
        let margin = 0.5 * t.gap
        let scale = min((rect.width - left - right - 2 * margin) / plane.width,
                        (rect.height - top - bottom - 2 * margin) / plane.height)
        guard scale > 0, scale.isFinite else { return nil }
        // The image-plane rectangle that fills `rect` at that scale, box and labels centred.
        let fit = Rect(x: plane.midX + (right - left) / (2 * scale) - rect.width / (2 * scale),
                       y: plane.midY + (top - bottom) / (2 * scale) - rect.height / (2 * scale),
                       width: rect.width / scale, height: rect.height / scale)
        return SolidPlacement(box: box, camera: placement.projection.camera, rect: rect, inset: 0, fit: fit)
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
        let widest = SolidAxes.tickLabels(model.mesh).map { measurer.measure($0, size: t.tick, bold: false).width }.max() ?? 0
        let title = measurer.measure("x", size: t.axisLabel, bold: false).height
        return t.tickLength + 0.5 * t.gap + widest + 0.6 * t.gap + title
    }
}
