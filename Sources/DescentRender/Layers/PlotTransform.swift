import Descent

/// Maps the plane of a panel (data units, y up) to figure pixels (y down).
struct PlotTransform {
    let box: ViewBox
    let rect: Rect

    func point(_ v: Vec2) -> Point {
        Point(rect.x + (v.x - box.x.lowerBound) / box.width * rect.width,
              rect.maxY - (v.y - box.y.lowerBound) / box.height * rect.height)
    }

    func x(_ value: Double) -> Double { rect.x + (value - box.x.lowerBound) / box.width * rect.width }
    func y(_ value: Double) -> Double { rect.maxY - (value - box.y.lowerBound) / box.height * rect.height }
}
