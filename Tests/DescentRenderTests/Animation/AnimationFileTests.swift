import CWebPDecoder
import CZlib
import Descent
import DescentScene
import Foundation
import Testing
@testable import DescentRender

/// The files `descent animate` writes, decoded back and compared with the frames drawn in
/// memory: GIF by the tests' own decoder, WebP by libwebp's, PNG frames by zlib.
@Suite struct AnimationFileTests {
    /// Two runs on the bowl, 9 frames of 320 x 240, 10 fps, a 0.5 s hold: every format but MP4.
    static func animation(style: String = "filled") throws -> AnimationTesting {
        try AnimationTesting(yaml: """
            surface:
              formula: "x^2 + 3*y^2"
            view:
              x: [-2, 2]
              y: [-2, 2]
              style: \(style)
            start: [1.6, 1]
            steps: 16
            runs:
              - optimizer: sgd
                lr: 0.05
              - optimizer: sgd
                lr: 0.05
                momentum: 0.8
            output:
              name: bowl
            animation:
              frames: 9
              fps: 10
              hold: 0.5
              size: [320, 240]
              formats: [gif, webp, frames]
            """)
    }

    static func write(_ a: AnimationTesting, to dir: String) throws -> AnimationFiles {
        try AnimationWriter.write(a.plan, settings: a.scene.animation!, formats: a.scene.animation!.formats, ffmpeg: nil,
                                  name: "bowl", to: dir) { _, _ in }
    }

    @Test(arguments: ["filled", "heatmap"])
    func gifFramesDecodeToTheDrawnFrames(_ style: String) throws {
        let a = try Self.animation(style: style)
        let dir = try AnimationTesting.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = try Self.write(a, to: dir)
        #expect(files.files.map { ($0 as NSString).lastPathComponent } == ["bowl.gif", "bowl.webp"])
        let gif = try DecodedGIF([UInt8](Data(contentsOf: URL(fileURLWithPath: "\(dir)/bowl.gif"))))
        #expect(gif.width == 320 && gif.height == 240 && gif.loops == 0)
        // 10 fps: 10 hundredths a frame; the last frame holds 0.5 s more. Frames that change
        // nothing would be merged into the one before; every frame here moves.
        #expect(gif.delays == [10, 10, 10, 10, 10, 10, 10, 10, 60])
        for k in 0..<9 {
            let drawn = try a.frame(k)
            var close = 0, totalError = 0
            for i in 0..<drawn.pixels.count {
                let p = drawn.pixels[i], q = gif.frames[k][i]
                let error = Self.channelError(p, q)
                totalError += error
                if error <= 24 { close += 1 }
            }
            // Palette colours: nearly every pixel close, the mean error a few levels.
            #expect(Double(close) / Double(drawn.pixels.count) > 0.995, "frame \(k): \(close) close pixels")
            #expect(Double(totalError) / Double(drawn.pixels.count) < 3, "frame \(k): mean error")
        }
    }

    @Test func webpFramesDecodeExactlyToTheDrawnFrames() throws {
        let a = try Self.animation()
        let dir = try AnimationTesting.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Self.write(a, to: dir)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(dir)/bowl.webp")))
        var decoded: [(pixels: [UInt32], timestamp: Int)] = []
        var loops = -1
        bytes.withUnsafeBufferPointer { buffer in
            var data = WebPData(bytes: buffer.baseAddress, size: buffer.count)
            var options = WebPAnimDecoderOptions()
            guard WebPAnimDecoderOptionsInit(&options) != 0 else { return }
            options.color_mode = MODE_BGRA
            guard let decoder = WebPAnimDecoderNew(&data, &options) else { return }
            defer { WebPAnimDecoderDelete(decoder) }
            var info = WebPAnimInfo()
            guard WebPAnimDecoderGetInfo(decoder, &info) != 0 else { return }
            loops = Int(info.loop_count)
            while WebPAnimDecoderHasMoreFrames(decoder) != 0 {
                var frame: UnsafeMutablePointer<UInt8>?
                var timestamp: Int32 = 0
                guard WebPAnimDecoderGetNext(decoder, &frame, &timestamp) != 0, let frame else { return }
                let pixels = UnsafeRawPointer(frame).bindMemory(to: UInt32.self, capacity: 320 * 240)
                decoded.append((Array(UnsafeBufferPointer(start: pixels, count: 320 * 240)), Int(timestamp)))
            }
        }
        #expect(loops == 0)
        // Timestamps are when each frame ends: 100 ms apart, the last held 500 ms more.
        #expect(decoded.map(\.timestamp) == [100, 200, 300, 400, 500, 600, 700, 800, 1400])
        for k in decoded.indices {
            #expect(decoded[k].pixels == (try a.frame(k)).pixels, "frame \(k) differs")
        }
    }

    @Test func pngFramesDecodeExactlyToTheDrawnFrames() throws {
        let a = try Self.animation()
        let dir = try AnimationTesting.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = try Self.write(a, to: dir)
        #expect(files.frames.map { ($0 as NSString).lastPathComponent } == (0..<9).map { "bowl-000\($0).png" })
        for k in 0..<9 {
            let png = [UInt8](try Data(contentsOf: URL(fileURLWithPath: files.frames[k])))
            let rgb = try Self.inflateRGB(png, width: 320, height: 240)
            let drawn = try a.frame(k)
            #expect(rgb == drawn.pixels.map { $0 & 0xFFFFFF }, "frame \(k) differs")
        }
        // Nothing else: no temporary files left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 11)
    }

    @Test func staleFramesOfALongerAnimationAreRemoved() throws {
        let a = try Self.animation()
        let dir = try AnimationTesting.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["bowl-0009.png", "bowl-0123.png", "bowl-00001.png", "bowl-notes.png", "other-0010.png"] {
            try Data("old".utf8).write(to: URL(fileURLWithPath: "\(dir)/\(name)"))
        }
        _ = try Self.write(a, to: dir)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir).filter { !$0.hasPrefix("bowl-000") }.sorted()
        #expect(left == ["bowl-notes.png", "bowl.gif", "bowl.webp", "other-0010.png"])
    }

    @Test func anUnwritableDirectoryLeavesNoFile() throws {
        let a = try Self.animation()
        #expect(throws: RenderError.self) { try Self.write(a, to: "/dev/null/nowhere") }
    }

    /// The largest difference of two pixels' red, green or blue levels.
    static func channelError(_ p: UInt32, _ q: UInt32) -> Int {
        var largest = 0
        for shift: UInt32 in [16, 8, 0] {
            let a = Int(p >> shift & 0xFF), b = Int(q >> shift & 0xFF)
            largest = max(largest, abs(a - b))
        }
        return largest
    }

    /// The pixels of an 8-bit RGB PNG without row filters, as 0xRRGGBB, checking every chunk's CRC.
    static func inflateRGB(_ png: [UInt8], width: Int, height: Int) throws -> [UInt32] {
        var offset = 8, idat: [UInt8] = []
        while offset + 8 <= png.count {
            let length = png[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            let body = Array(png[(offset + 8)..<(offset + 8 + length)])
            let crc = png[(offset + 8 + length)..<(offset + 12 + length)].reduce(0) { $0 << 8 | UInt32($1) }
            let computed = (Array(type.utf8) + body).withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
            try #require(crc == computed, "\(type) CRC")
            if type == "IHDR" { try #require(body[8] == 8 && body[9] == 2) }
            if type == "IDAT" { idat += body }
            offset += 12 + length
        }
        let rowBytes = 1 + 3 * width
        var raw = [UInt8](repeating: 0, count: rowBytes * height)
        var size = uLongf(raw.count)
        let status = uncompress(&raw, &size, idat, uLong(idat.count))
        try #require(status == Z_OK && Int(size) == raw.count, "zlib status \(status)")
        return (0..<height).flatMap { y in
            (0..<width).map { x in
                let i = y * rowBytes + 1 + 3 * x
                return UInt32(raw[i]) << 16 | UInt32(raw[i + 1]) << 8 | UInt32(raw[i + 2])
            }
        }
    }
}

/// Every scene in scenes/ with an `animation:` block animates (at 3 frames of 320 x 240, as GIF).
@Suite struct AnimatedSceneTests {
    @Test func everyAnimatedSceneAnimates() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let scenes = root.appendingPathComponent("scenes").path
        let files = try FileManager.default.contentsOfDirectory(atPath: scenes).filter { $0.hasSuffix(".yaml") }.sorted()
        let dir = try AnimationTesting.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var animated = 0
        for file in files {
            var scene = try SceneLoader.load(path: "\(scenes)/\(file)")
            guard var settings = scene.animation else { continue }
            animated += 1
            (settings.frames, settings.width, settings.height, settings.formats) = (3, 320, 240, [.gif])
            // A camera turning after the runs: 3 frames of runs, 2 of the turn.
            if case .after = settings.camera?.timing { (settings.camera!.timing, settings.frames) = (.after(frames: 2), 5) }
            scene.animation = settings
            let result = try SceneAnimator.animate(ResolvedScene(scene), to: dir)
            let gif = try DecodedGIF([UInt8](Data(contentsOf: URL(fileURLWithPath: try #require(result.written.files.first)))))
            #expect(gif.frames.count == settings.frames && gif.width == 320, "\(file)")
        }
        #expect(animated >= 4)
    }
}
