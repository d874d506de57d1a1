import CCairo
import Descent

/// Horizontal placement of text relative to its anchor point.
enum HorizontalAlignment { case left, center, right }

/// Vertical placement of text relative to its anchor point (`center` uses the font's cap height).
enum VerticalAlignment { case top, center, baseline, bottom }

/// The size of a line of text in pixels: `width`, and the font's `ascent`/`descent` above and
/// below the baseline (the same for every string of one size, so lines align).
struct TextSize {
    var width: Double
    var ascent: Double
    var descent: Double
    var height: Double { ascent + descent }
}

/// A drawing context over a `CairoSurface`, with the few operations the figure layers use.
/// Units are pixels of the figure; the surface is kept alive as long as the context.
final class GraphicsContext {
    let surface: CairoSurface
    let cr: OpaquePointer
    static let fontFamily = "DejaVu Sans"

    init(_ surface: CairoSurface) throws {
        self.surface = surface
        self.cr = cairo_create(surface.handle)
        try RenderError.check(cairo_status(cr), "creating a drawing context")
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        // Unhinted metrics: text measures the same on image and vector surfaces, so every
        // format of a figure gets the same layout.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_set_font_options(cr, options)
        cairo_font_options_destroy(options)
    }

    deinit { cairo_destroy(cr) }

    /// Throws when anything drawn so far failed.
    func checkStatus() throws {
        try RenderError.check(cairo_status(cr), "drawing")
    }

    func save() { cairo_save(cr) }
    func restore() { cairo_restore(cr) }
    func scale(_ s: Double) { cairo_scale(cr, s, s) }
    func translate(_ x: Double, _ y: Double) { cairo_translate(cr, x, y) }

    // MARK: Style

    func setColor(_ c: RGB, alpha: Double = 1) { cairo_set_source_rgba(cr, c.r, c.g, c.b, alpha) }
    func setColor(_ tint: Tint) { setColor(tint.color, alpha: tint.alpha) }
    func setLineWidth(_ w: Double) { cairo_set_line_width(cr, w) }
    func setDash(_ pattern: [Double]) { cairo_set_dash(cr, pattern, Int32(pattern.count), 0) }
    func setButtCaps() { cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT) }

    // MARK: Paths

    func move(_ x: Double, _ y: Double) { cairo_move_to(cr, x, y) }
    func line(_ x: Double, _ y: Double) { cairo_line_to(cr, x, y) }
    func closePath() { cairo_close_path(cr) }
    func newPath() { cairo_new_path(cr) }

    func rectangle(_ r: Rect) { cairo_rectangle(cr, r.x, r.y, r.width, r.height) }

    /// A rectangle with its corners rounded to `radius`.
    func roundedRectangle(_ r: Rect, radius: Double) {
        let q = min(radius, r.width / 2, r.height / 2)
        cairo_new_sub_path(cr)
        cairo_arc(cr, r.maxX - q, r.minY + q, q, -.pi / 2, 0)
        cairo_arc(cr, r.maxX - q, r.maxY - q, q, 0, .pi / 2)
        cairo_arc(cr, r.minX + q, r.maxY - q, q, .pi / 2, .pi)
        cairo_arc(cr, r.minX + q, r.minY + q, q, .pi, 1.5 * .pi)
        cairo_close_path(cr)
    }

    func circle(_ x: Double, _ y: Double, radius: Double) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, x, y, radius, 0, 2 * .pi)
    }

    /// A closed polygon through `points`.
    func polygon(_ points: [Point]) {
        guard let first = points.first else { return }
        move(first.x, first.y)
        for p in points.dropFirst() { line(p.x, p.y) }
        closePath()
    }

    /// An open polyline through `points`.
    func polyline(_ points: [Point]) {
        guard let first = points.first else { return }
        move(first.x, first.y)
        for p in points.dropFirst() { line(p.x, p.y) }
    }

    func fill() { cairo_fill(cr) }
    /// Fills the path by the even–odd rule: rings nested in others are holes.
    func fillEvenOdd() {
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD)
        cairo_fill(cr)
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
    }
    func fillPreserve() { cairo_fill_preserve(cr) }
    func stroke() { cairo_stroke(cr) }

    func clip(to r: Rect) {
        rectangle(r)
        cairo_clip(cr)
    }

    // MARK: Text

    private func selectFont(size: Double, bold: Bool) {
        cairo_select_font_face(cr, Self.fontFamily, CAIRO_FONT_SLANT_NORMAL,
                               bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, size)
    }

    /// The width of `text` and the font's ascent and descent at `size` pixels.
    func measure(_ text: String, size: Double, bold: Bool = false) -> TextSize {
        selectFont(size: size, bold: bold)
        var font = cairo_font_extents_t()
        cairo_font_extents(cr, &font)
        var extents = cairo_text_extents_t()
        cairo_text_extents(cr, text, &extents)
        return TextSize(width: extents.x_advance, ascent: font.ascent, descent: font.descent)
    }

    /// Draws `text` with its anchor at (x, y), rotated by `angle` radians about the anchor.
    func text(_ text: String, at x: Double, _ y: Double, size: Double, bold: Bool = false,
              horizontal: HorizontalAlignment = .left, vertical: VerticalAlignment = .baseline,
              angle: Double = 0) {
        // Left-aligned text on its baseline or centre needs only its font, no measuring.
        let m: TextSize
        if horizontal == .left && (vertical == .baseline || vertical == .center) {
            selectFont(size: size, bold: bold)
            m = TextSize(width: 0, ascent: 0, descent: 0)
        } else {
            m = measure(text, size: size, bold: bold)
        }
        let dx: Double = switch horizontal {
        case .left: 0
        case .center: -m.width / 2
        case .right: -m.width
        }
        let dy: Double = switch vertical {
        case .top: m.ascent
        case .center: 0.36 * size  // half the cap height of DejaVu Sans (0.73 em)
        case .baseline: 0
        case .bottom: -m.descent
        }
        save()
        cairo_translate(cr, x, y)
        cairo_rotate(cr, angle)
        move(dx, dy)
        cairo_show_text(cr, text)
        newPath()
        restore()
    }

    // MARK: Images

    /// Paints `image` into `rect`, scaled with bilinear filtering when the sizes differ, copied
    /// pixel for pixel when they match. Images painted under one `identity` are one source, which
    /// SVG and PDF embed once.
    func drawImage(_ image: PixelImage, in rect: Rect, identity: ObjectIdentifier? = nil) throws {
        let source: ImageSource
        if let identity, let shared = surface.sharedImages[identity] {
            source = shared
        } else {
            source = try ImageSource(image)
            if surface.isSVG { try source.attachPNG(PNGEncoder.encode(image)) }
            surface.keepAlive(source)
            if let identity { surface.sharedImages[identity] = source }
        }
        save()
        cairo_translate(cr, rect.x, rect.y)
        cairo_scale(cr, rect.width / Double(image.width), rect.height / Double(image.height))
        cairo_set_source_surface(cr, source.handle, 0, 0)
        let exact = rect.width == Double(image.width) && rect.height == Double(image.height)
        cairo_pattern_set_filter(cairo_get_source(cr), exact ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_BILINEAR)
        cairo_pattern_set_extend(cairo_get_source(cr), CAIRO_EXTEND_PAD)
        cairo_rectangle(cr, 0, 0, Double(image.width), Double(image.height))
        cairo_fill(cr)
        restore()
    }
}
