@testable import Descent
import Testing

@Suite struct ColormapTests {
    /// First, middle (entry 128, t = 128/255) and last colours of each map: for matplotlib's maps
    /// the `to_hex` values of `_cm_listed.py`'s published data; for grey black and white.
    @Test(arguments: [
        ("viridis", "#440154", "#21918c", "#fde725"),
        ("magma", "#000004", "#b73779", "#fcfdbf"),
        ("inferno", "#000004", "#bc3754", "#fcffa4"),
        ("plasma", "#0d0887", "#cc4778", "#f0f921"),
        ("cividis", "#00224e", "#7d7c78", "#fee838"),
        ("turbo", "#30123b", "#a4fc3c", "#7a0403"),
    ])
    func publishedColours(name: String, first: String, middle: String, last: String) throws {
        let map = try #require(Colormap.named(name))
        #expect(map.name == name)
        #expect(map.color(at: 0).hexString == first)
        #expect(map.color(at: 128.0 / 255).hexString == middle)
        #expect(map.color(at: 1).hexString == last)
    }

    @Test func greyRunsFromBlackToWhite() {
        #expect(Colormap.grey.color(at: 0) == RGB(r: 0, g: 0, b: 0))
        #expect(Colormap.grey.color(at: 1) == RGB(r: 1, g: 1, b: 1))
    }

    @Test func tIsClampedAndNaNIsBad() {
        let map = Colormap.viridis
        #expect(map.color(at: -3) == map.color(at: 0))
        #expect(map.color(at: 7) == map.color(at: 1))
        #expect(map.color(at: -.infinity) == map.color(at: 0))
        #expect(map.color(at: .nan) == map.bad)
        #expect(map.bad.hexString == "#ff0000")
    }

    @Test(arguments: Colormap.all.map(\.name))
    func badColourIsNoColourOfTheMap(name: String) throws {
        let map = try #require(Colormap.named(name))
        #expect(!map.lookupTable(count: 256).contains(0xFF00_0000 | map.bad.hex))
    }

    @Test func interpolatesLinearlyBetweenEntries() {
        let map = Colormap.magma
        let a = map.color(at: 10.0 / 255), b = map.color(at: 11.0 / 255)
        let quarter = map.color(at: 10.25 / 255)
        #expect(abs(quarter.r - (0.75 * a.r + 0.25 * b.r)) < 1e-12)
        #expect(abs(quarter.g - (0.75 * a.g + 0.25 * b.g)) < 1e-12)
        #expect(abs(quarter.b - (0.75 * a.b + 0.25 * b.b)) < 1e-12)
    }

    @Test func lookupTableIsOpaqueARGB() {
        let map = Colormap.viridis
        let full = map.lookupTable(count: 256)
        #expect(full.count == 256)
        #expect(full.first == 0xFF44_0154 && full[128] == 0xFF21_918C && full.last == 0xFFFD_E725)
        #expect(full.allSatisfy { $0 >> 24 == 0xFF })
        #expect(map.lookupTable(count: 2) == [0xFF44_0154, 0xFFFD_E725])
        #expect(map.lookupTable(count: 3)[1] == 0xFF00_0000 | map.color(at: 0.5).hex)
    }

    @Test func namesAndAliases() {
        #expect(Colormap.all.map(\.name) == ["viridis", "magma", "inferno", "plasma", "cividis", "turbo", "grey"])
        #expect(Colormap.named("gray")?.name == "grey")
        #expect(Colormap.named("Viridis")?.name == "viridis")
        #expect(Colormap.named("jet") == nil)
    }
}
