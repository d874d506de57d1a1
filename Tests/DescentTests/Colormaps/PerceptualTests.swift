@testable import Descent
import Testing

/// Perceptual properties of the maps, measured in CIELAB by the independent `CIELab`.
@Suite struct PerceptualTests {
    /// L* rises strictly from t = 0 to t = 1, sampled 8 times between table entries, so values
    /// that differ are never drawn as the same lightness or in reversed order.
    @Test(arguments: ["viridis", "magma", "inferno", "plasma", "cividis", "grey"])
    func lightnessIncreasesStrictly(name: String) throws {
        let map = try #require(Colormap.named(name))
        let lightness = (0...2040).map { CIELab(map.color(at: Double($0) / 2040)).l }
        let firstDrop = zip(lightness, lightness.dropFirst()).enumerated().first { $0.element.1 <= $0.element.0 }
        #expect(firstDrop == nil, "L* stops rising at t = \(Double(firstDrop?.offset ?? 0) / 2040)")
    }

    /// Grey is neutral (a* = b* = 0) and its table entries have L* = 100 i / 255.
    @Test func greyIsNeutralWithLinearLightness() {
        for i in 0...255 {
            let lab = CIELab(Colormap.grey.color(at: Double(i) / 255))
            #expect(abs(lab.l - 100 * Double(i) / 255) < 0.01, "entry \(i): L* = \(lab.l)")
            #expect(abs(lab.a) < 1e-3 && abs(lab.b) < 1e-3, "entry \(i) is not neutral")
        }
    }
}
