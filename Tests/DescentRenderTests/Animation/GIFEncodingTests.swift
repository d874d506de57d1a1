import Testing
@testable import DescentRender

/// The GIF pieces against hand-built inputs: LZW round trips through the tests' own decoder,
/// palette choice, palette mapping and dithering, frame differences and timing.
@Suite struct GIFEncodingTests {
    static func roundTrip(_ indices: [UInt8]) throws -> [UInt8] {
        let packed = indices.withUnsafeBufferPointer { LZWEncoder.encode($0) }
        return try DecodedGIF.lzw(packed, minimumCodeSize: LZWEncoder.minimumCodeSize)
    }

    @Test func lzwRoundTrips() throws {
        #expect(try Self.roundTrip([]) == [])
        #expect(try Self.roundTrip([7]) == [7])
        #expect(try Self.roundTrip([1, 1, 1, 1, 1, 1, 1, 1, 2]) == [1, 1, 1, 1, 1, 1, 1, 1, 2])
        // Long runs make long strings; noise fills the table (4096 codes) again and again,
        // so codes widen from 9 to 12 bits and the table is cleared many times.
        let run = [UInt8](repeating: 200, count: 300_000)
        #expect(try Self.roundTrip(run) == run)
        var state: UInt64 = 42
        let noise = (0..<200_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        #expect(try Self.roundTrip(noise) == noise)
        // Few symbols with structure: codes widen at every size before the first clear.
        let pattern = (0..<100_000).map { UInt8(($0 * $0 / 7) % 5) }
        #expect(try Self.roundTrip(pattern) == pattern)
    }

    @Test func lzwCompressesFlatAreas() {
        let flat = [UInt8](repeating: 3, count: 100_000)
        let packed = flat.withUnsafeBufferPointer { LZWEncoder.encode($0) }
        // Strings of length 1, 2, 3 … n cover 100 000 pixels after n ≈ 447 codes of ≤ 10 bits.
        #expect(packed.count < 600)
    }

    @Test func paletteKeepsRequiredColoursThenTheMostFrequentDistinctOnes() {
        let sample: [UInt32] = Array(repeating: 0xFF00FF00, count: 100) + Array(repeating: 0xFF0000FF, count: 50)
            + Array(repeating: 0xFF00FE00, count: 10) + Array(repeating: 0xFF808080, count: 5)
        let palette = GIFPalette(required: [0xFF0000], samples: [sample])
        // 0x00FE00 is one step from green (weighted distance 4 < 48): left out.
        #expect(palette.colors == [0xFF0000, 0x00FF00, 0x0000FF, 0x808080])
        #expect(palette.nearest(0xFF00FE00) == 1)
        #expect(palette.nearest(0xFF7A8A80) == 3)
        #expect(palette.nearest(0xFFF01010) == 0)
        let table = palette.table
        #expect(table.count == 768 && Array(table[3..<6]) == [0, 0xFF, 0] && Array(table[12..<15]) == [0, 0, 0])
    }

    @Test func framesReuseTheBackgroundsIndicesAndSearchOnlyChangedPixels() {
        let palette = GIFPalette(required: [0xFFFFFF, 0x000000, 0xE6194B], samples: [])
        let background = PixelImage(width: 4, height: 1, pixels: [0xFFFFFFFF, 0xFF000000, 0xFFFFFFFF, 0xFF000000])
        let mapper = PaletteMapper(palette: palette, background: background, dithered: [])
        #expect(mapper.backgroundIndices == [0, 1, 0, 1])
        var lookup = NearestColors(palette: palette)
        var out: [UInt8] = []
        let frame: [UInt32] = [0xFFFFFFFF, 0xFFE6194B, 0xFFE01A48, 0xFF000000]
        frame.withUnsafeBufferPointer { mapper.map($0, into: &out, lookup: &lookup) }
        #expect(out == [0, 2, 2, 1])
    }

    @Test func ditheringOnlyInsideItsRectangle() {
        // Mid grey (128) with only black and white: plain nearest gives white everywhere;
        // error diffusion inside the rectangle gives white about 128/255 of the time.
        let width = 64, height = 32
        let grey = PixelImage(width: width, height: height, pixels: Array(repeating: 0xFF808080, count: width * height))
        let palette = GIFPalette(required: [0x000000, 0xFFFFFF], samples: [])
        let rect = Rect(x: 0, y: 0, width: 32, height: 32)
        let indices = PaletteMapper(palette: palette, background: grey, dithered: [rect]).backgroundIndices
        let inside = (0..<height).flatMap { y in (0..<32).map { indices[y * width + $0] } }
        let outside = (0..<height).flatMap { y in (32..<64).map { indices[y * width + $0] } }
        let white = Double(inside.count { $0 == 1 }) / Double(inside.count)
        #expect(abs(white - 128.0 / 255) < 0.03, "white fraction \(white)")
        #expect(outside.allSatisfy { $0 == 1 })
    }

    @Test func aFrameStoresOnlyTheChangedRectangle() throws {
        let width = 10
        let before = [UInt8](repeating: 4, count: 100)
        var after = before
        after[3 * width + 2] = 9
        after[5 * width + 6] = 8
        let frame = GIFFrame(after, width: width, previous: before)
        #expect((frame.left, frame.top, frame.width, frame.height) == (2, 3, 5, 3))
        #expect(frame.transparent)
        let decoded = try DecodedGIF.lzw(frame.data, minimumCodeSize: 8)
        let t = GIFPalette.transparent
        #expect(decoded == [9, t, t, t, t] + [t, t, t, t, t] + [t, t, t, t, 8])
        #expect(GIFFrame(before, width: width, previous: before).isEmpty)
        let first = GIFFrame(after, width: width, previous: nil)
        #expect((first.width, first.height, first.transparent) == (10, 10, false))
    }

    @Test func frameTimesRoundWithoutDrifting() {
        // 24 fps: frame k ends at round(100 (k + 1) / 24): 4, 8, 13 (12.5 rounds up), 17, 21, 25.
        #expect((0..<6).map { AnimationWriter.centiseconds(frame: $0, fps: 24) } == [4, 4, 5, 4, 4, 4])
        #expect((0..<24).map { AnimationWriter.centiseconds(frame: $0, fps: 24) }.reduce(0, +) == 100)
        #expect(AnimationWriter.milliseconds(frame: 3, fps: 24) == 125)
        #expect(AnimationWriter.milliseconds(frame: 1, fps: 30) == 33)
    }
}
