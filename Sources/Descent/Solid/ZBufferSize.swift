/// The z-buffer a 3D view is drawn through in a PNG: how many samples a pixel has and what
/// each holds, shared by the renderer (`MeshRaster`) and the scene's memory budget.
public enum ZBufferSize {
    /// Samples per pixel side: 3 × 3 samples a pixel smooth the mesh's edges.
    public static let samplesPerSide = 3
    /// Bytes a sample: a colour (4) and a depth (4).
    public static let bytesPerSample = 8

    /// Bytes of the z-buffer of a `width` × `height` pixel image.
    public static func bytes(width: Int, height: Int) -> Double {
        Double(width) * Double(height) * Double(samplesPerSide * samplesPerSide * bytesPerSample)
    }

    /// `3 × 3 samples of 8 bytes a pixel`, for messages.
    public static var description: String {
        "\(samplesPerSide) × \(samplesPerSide) samples of \(bytesPerSample) bytes a pixel"
    }
}
