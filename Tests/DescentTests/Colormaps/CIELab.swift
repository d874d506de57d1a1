import Foundation
@testable import Descent

/// CIELAB (D65 white) of an sRGB colour, written here from the standard formulas so colormap tests
/// do not trust the code under test: sRGB → linear (IEC 61966-2-1) → XYZ (sRGB primaries, D65)
/// → L*a*b* (CIE 1976).
struct CIELab {
    let l: Double
    let a: Double
    let b: Double

    init(_ c: RGB) {
        func linear(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        let r = linear(c.r), g = linear(c.g), b = linear(c.b)
        let x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
        let z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b
        // D65 reference white, the XYZ of sRGB (1, 1, 1) under these primaries.
        let (xn, yn, zn) = (0.95047, 1.0, 1.08883)
        func f(_ t: Double) -> Double {
            let delta = 6.0 / 29
            return t > delta * delta * delta ? cbrt(t) : t / (3 * delta * delta) + 4.0 / 29
        }
        let fx = f(x / xn), fy = f(y / yn), fz = f(z / zn)
        self.l = 116 * fy - 16
        self.a = 500 * (fx - fy)
        self.b = 200 * (fy - fz)
    }
}
