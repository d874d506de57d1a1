import Descent

/// Where one camera puts the points of a 3D view's box in figure pixels: the camera's
/// projection, scaled so that an image-plane rectangle fills a panel less an inset on every
/// side, and centred in it. Geometry only, without the mesh's z-buffer: cheap enough to place
/// many cameras.
struct SolidPlacement {
    let projection: CameraProjection
    /// Pixels per box unit, and the pixel where the image-plane origin lands.
    let scale: Double
    let origin: Point

    /// `camera` fitted into `rect` less `inset` pixels on every side: the image-plane
    /// rectangle `fit` fills it, by default the bounds of `box`'s cylinder for this camera
    /// (see `SolidFrame.bounds`).
    init(box: SolidBox, camera: Camera, rect: Rect, inset: Double, fit: Rect? = nil) {
        projection = CameraProjection(camera)
        let bounds = fit ?? SolidFrame.bounds(box: box, projection: projection)
        let scale = min((rect.width - 2 * inset) / bounds.width, (rect.height - 2 * inset) / bounds.height)
        self.scale = max(scale, 1e-6)
        origin = Point(rect.midX - self.scale * bounds.midX, rect.midY + self.scale * bounds.midY)
    }

    /// `p` in figure pixels, with its nearness key (larger nearer, see `CameraProjection.nearness`).
    @inline(__always)
    func screen(_ p: Vec3) -> ScreenNode {
        let q = projection.project(p)
        return ScreenNode(x: origin.x + scale * q.x, y: origin.y - scale * q.y, key: projection.nearness(p))
    }

    /// `p` in figure pixels.
    func point(_ p: Vec3) -> Point {
        let node = screen(p)
        return Point(node.x, node.y)
    }
}
