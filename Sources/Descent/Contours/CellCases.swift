/// The marching-squares case table: which edges of one grid cell a contour crosses, and in
/// which direction.
///
/// Corners are numbered bottom-left 0, bottom-right 1, top-right 2, top-left 3; the case code has
/// bit i set when corner i is inside (value ≥ level). Each segment runs from the edge where a
/// counter-clockwise walk round the cell leaves the inside to the edge where it re-enters, so the
/// inside is always on the segment's left.
enum CellCases {
    enum Side { case bottom, right, top, left }

    /// Calls `body(from, to)` for each of the cell's 0, 1 or 2 segments.
    ///
    /// Saddle cells (codes 5 and 10: diagonal corners inside, the other two outside) are decided by
    /// the cell-centre average of the four corners: when it is ≥ level the centre is inside, the two
    /// inside corners are joined across the cell and the segments cut off the outside corners;
    /// otherwise the segments cut off the inside corners.
    @inline(__always)
    static func forEachSegment(code: Int, centreInside: Bool, _ body: (Side, Side) -> Void) {
        switch code {
        case 1: body(.bottom, .left)
        case 2: body(.right, .bottom)
        case 3: body(.right, .left)
        case 4: body(.top, .right)
        case 5:
            if centreInside {
                body(.bottom, .right)
                body(.top, .left)
            } else {
                body(.bottom, .left)
                body(.top, .right)
            }
        case 6: body(.top, .bottom)
        case 7: body(.top, .left)
        case 8: body(.left, .top)
        case 9: body(.bottom, .top)
        case 10:
            if centreInside {
                body(.left, .bottom)
                body(.right, .top)
            } else {
                body(.right, .bottom)
                body(.left, .top)
            }
        case 11: body(.right, .top)
        case 12: body(.left, .right)
        case 13: body(.bottom, .right)
        case 14: body(.left, .bottom)
        default: break  // 0 and 15: all corners on one side, no crossing
        }
    }
}
