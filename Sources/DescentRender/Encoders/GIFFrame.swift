import Foundation

/// One compressed GIF frame: the rectangle of pixels that changed since the previous frame,
/// with unchanged pixels inside it transparent, LZW-compressed. Nil-free: a frame that changes
/// nothing has an empty rectangle, and the writer lengthens the previous frame instead.
struct GIFFrame: Sendable {
    var left = 0, top = 0, width = 0, height = 0
    /// LZW codes, packed, not yet split into sub-blocks.
    var data: [UInt8] = []
    /// True when the frame leaves unchanged pixels transparent (all frames but the first).
    var transparent = false

    var isEmpty: Bool { width == 0 || height == 0 }

    /// The frame of `indices` (an image `width` pixels wide) drawn over `previous`, or the
    /// whole image when there is no previous frame; compressed with `table`.
    init(_ indices: [UInt8], width imageWidth: Int, previous: [UInt8]?, table: LZWTable = LZWTable()) {
        let imageHeight = indices.count / imageWidth
        guard let previous else {
            (left, top, width, height) = (0, 0, imageWidth, imageHeight)
            data = indices.withUnsafeBufferPointer { LZWEncoder.encode($0, table: table) }
            return
        }
        let changed: [UInt8]? = indices.withUnsafeBufferPointer { now in
            previous.withUnsafeBufferPointer { before in
                var minX = imageWidth, maxX = -1, minY = imageHeight, maxY = -1
                for y in 0..<imageHeight {
                    let row = y * imageWidth
                    if memcmp(now.baseAddress! + row, before.baseAddress! + row, imageWidth) == 0 { continue }
                    var x = 0
                    while x < imageWidth && now[row + x] == before[row + x] { x += 1 }
                    guard x < imageWidth else { continue }
                    var last = imageWidth - 1
                    while now[row + last] == before[row + last] { last -= 1 }
                    minX = min(minX, x)
                    maxX = max(maxX, last)
                    minY = min(minY, y)
                    maxY = y
                }
                guard maxY >= 0 else { return nil }
                (left, top, width, height) = (minX, minY, maxX - minX + 1, maxY - minY + 1)
                var changed = [UInt8](repeating: GIFPalette.transparent, count: width * height)
                changed.withUnsafeMutableBufferPointer { out in
                    for y in 0..<height {
                        let source = (top + y) * imageWidth + left
                        for x in 0..<width where now[source + x] != before[source + x] {
                            out[y * width + x] = now[source + x]
                        }
                    }
                }
                return changed
            }
        }
        guard let changed else { return }
        transparent = true
        data = changed.withUnsafeBufferPointer { LZWEncoder.encode($0, table: table) }
    }
}
