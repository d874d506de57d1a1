import Synchronization

/// Writes an animated GIF (GIF89a) that loops forever, frame by frame, in order: one global
/// palette, each frame drawn over the previous one (disposal "do not dispose").
///
/// A frame that changes nothing is not written; the previous frame is shown longer instead.
/// So each frame is held back until the next one arrives. Used from one thread at a time.
final class GIFFile: Sendable {
    /// The file and the frame held back; the in-order thread writes, the lock hands them to it.
    private let state: Mutex<(file: OutputFile, pending: (frame: GIFFrame, delay: Int)?)>

    /// Starts `path`: header, screen of `width` x `height`, the palette, the loop extension.
    init(path: String, width: Int, height: Int, palette: GIFPalette) throws {
        let file = try OutputFile(path: path)
        var head = Array("GIF89a".utf8)
        head += Self.little16(width) + Self.little16(height)
        head += [0xF7, 0, 0]  // global table of 2^(7+1) entries, 8 bits per channel; background 0; square pixels
        head += palette.table
        head += [0x21, 0xFF, 11] + Array("NETSCAPE2.0".utf8) + [3, 1, 0, 0, 0]  // loop forever
        try file.write(head)
        state = Mutex((file, nil))
    }

    /// Adds `frame`, shown for `delay` hundredths of a second.
    func append(_ frame: GIFFrame, delay: Int) throws {
        try state.withLock { state in
            if frame.isEmpty, let held = state.pending {
                state.pending = (held.frame, held.delay + delay)
                return
            }
            if let held = state.pending { try state.file.write(Self.bytes(of: held.frame, delay: held.delay)) }
            state.pending = (frame, delay)
        }
    }

    /// Writes the last frame, `extraDelay` hundredths longer, and the trailer; closes the file.
    func finish(extraDelay: Int) throws {
        try state.withLock { state in
            if let held = state.pending { try state.file.write(Self.bytes(of: held.frame, delay: held.delay + extraDelay)) }
            state.pending = nil
            try state.file.write([0x3B])
            try state.file.close()
        }
    }

    /// A frame's graphic control extension, image descriptor and LZW data in sub-blocks.
    private static func bytes(of frame: GIFFrame, delay: Int) -> [UInt8] {
        var bytes: [UInt8] = [0x21, 0xF9, 4, 1 << 2 | (frame.transparent ? 1 : 0)]  // disposal 1: leave in place
        bytes += Self.little16(min(delay, 65535)) + [frame.transparent ? GIFPalette.transparent : 0, 0]
        bytes += [0x2C] + Self.little16(frame.left) + Self.little16(frame.top)
        bytes += Self.little16(frame.width) + Self.little16(frame.height) + [0]  // no local table, not interlaced
        bytes.append(UInt8(LZWEncoder.minimumCodeSize))
        bytes.reserveCapacity(bytes.count + frame.data.count + frame.data.count / 255 + 2)
        var offset = 0
        while offset < frame.data.count {
            let count = min(255, frame.data.count - offset)
            bytes.append(UInt8(count))
            bytes += frame.data[offset..<(offset + count)]
            offset += count
        }
        bytes.append(0)
        return bytes
    }

    private static func little16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
}
