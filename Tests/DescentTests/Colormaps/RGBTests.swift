@testable import Descent
import Testing

@Suite struct RGBTests {
    @Test func hexRoundTrips() {
        let c = RGB(hex: 0x44_01_54)
        #expect(c == RGB(r: 68.0 / 255, g: 1.0 / 255, b: 84.0 / 255))
        #expect(c.hex == 0x44_01_54)
        #expect(c.hexString == "#440154")
        #expect(RGB(hex: 0xFF12_3456).hexString == "#123456")  // bits above 24 ignored
    }

    @Test func channelsRoundToNearestByteAndClamp() {
        #expect(RGB(r: 1, g: 0.5, b: 0).hexString == "#ff8000")  // 127.5 rounds up
        #expect(RGB(r: 0.4 / 255, g: 0.6 / 255, b: 1).hexString == "#0001ff")
        #expect(RGB(r: 2, g: -1, b: .nan).hexString == "#ff0000")
    }
}
