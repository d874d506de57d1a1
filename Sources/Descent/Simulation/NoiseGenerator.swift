/// A seeded stream of standard normal numbers that is bit-identical on every platform.
///
/// - Bits: xoshiro256** (Blackman and Vigna, 2018), its four words of state the first four
///   outputs of SplitMix64 started at `seed`.
/// - Uniforms: the top 53 bits of one output, times 2⁻⁵³, in [0, 1).
/// - Normals: Marsaglia's polar method on u, v = 2·uniform − 1, rejecting u² + v² ∉ (0, 1);
///   both normals of an accepted pair are used, the first, then the second. Its logarithm is
///   `portableLog`, written in plain IEEE-754 arithmetic, so no platform's libm changes a bit.
public struct NoiseGenerator: Sendable {
    private var s0, s1, s2, s3: UInt64
    private var spare: Double?

    /// A stream started from `seed`; the same seed gives the same numbers everywhere.
    public init(seed: UInt64) {
        var state = seed
        func splitMix64() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix64()
        s1 = splitMix64()
        s2 = splitMix64()
        s3 = splitMix64()
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A uniform number in [0, 1): the top 53 bits of `next()` times 2⁻⁵³.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A standard normal number (mean 0, standard deviation 1).
    public mutating func nextGaussian() -> Double {
        if let g = spare {
            spare = nil
            return g
        }
        while true {
            let u = 2 * nextUniform() - 1
            let v = 2 * nextUniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = (-2 * Self.portableLog(s) / s).squareRoot()
                spare = v * factor
                return u * factor
            }
        }
    }

    /// ln x for finite x > 0 with a few ulps of error, from + − × ÷ alone:
    /// x = m·2ᵉ with m in [√½, √2), ln m = 2 atanh(f/(2+f)) for f = m − 1 (series to s²⁵),
    /// ln x = e·ln2 + ln m with ln2 split in two (fdlibm's constants) so e·ln2_hi is exact.
    static func portableLog(_ x: Double) -> Double {
        guard x > 0 && x.isFinite else { return x == 0 ? -.infinity : .nan }
        var m = x.significand
        var e = Double(x.exponent)
        if m > 1.4142135623730951 {
            m /= 2
            e += 1
        }
        let f = m - 1
        let s = f / (2 + f)
        let z = s * s
        var series = 0.0
        for k in stride(from: 12, through: 1, by: -1) {
            series = (series + 1 / Double(2 * k + 1)) * z
        }
        let lnm = 2 * s * (1 + series)
        let ln2Hi = 6.93147180369123816490e-01
        let ln2Lo = 1.90821492927058770002e-10
        return e * ln2Hi + (lnm + e * ln2Lo)
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
