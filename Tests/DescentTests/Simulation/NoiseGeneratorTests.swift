import Foundation
import Testing
@testable import Descent

/// The noise stream: reference values from an independent implementation, determinism, and
/// the moments of the distribution.
@Suite struct NoiseGeneratorTests {
    /// Expected values from this Python, written from the published algorithms (its
    /// SplitMix64(0) gives 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, the published reference):
    ///
    ///     M = 2**64 - 1
    ///     def splitmix(s):
    ///         while True:
    ///             s = (s + 0x9E3779B97F4A7C15) & M; z = s
    ///             z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    ///             z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    ///             yield z ^ (z >> 31)
    ///     rotl = lambda x, k: ((x << k) | (x >> (64 - k))) & M
    ///     def xoshiro(seed):
    ///         g = splitmix(seed); s = [next(g) for _ in range(4)]
    ///         while True:
    ///             r = (rotl((s[1] * 5) & M, 7) * 9) & M; t = (s[1] << 17) & M
    ///             s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t
    ///             s[3] = rotl(s[3], 45); yield r
    ///     def gaussians(seed):
    ///         x = xoshiro(seed)
    ///         while True:
    ///             u = 2 * ((next(x) >> 11) * 2.0**-53) - 1; v = 2 * ((next(x) >> 11) * 2.0**-53) - 1
    ///             s = u * u + v * v
    ///             if 0 < s < 1:
    ///                 f = math.sqrt(-2 * math.log(s) / s); yield u * f; yield v * f
    @Test func matchesAnIndependentImplementation() {
        var zero = NoiseGenerator(seed: 0)
        #expect([zero.next(), zero.next(), zero.next()] == [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0])
        var fortyTwo = NoiseGenerator(seed: 42)
        #expect([fortyTwo.next(), fortyTwo.next(), fortyTwo.next()]
                == [0x1578_0B2E_0C2E_C716, 0x6104_D986_6D11_3A7E, 0xAE17_5332_39E4_99A1])

        let expected: [UInt64: [Double]] = [
            0: [0.5981026483626094, 1.4634599192204392, -0.8950525532379914, -0.1880627660388742, -2.415606685712082],
            42: [-0.7262191382447857, -0.21119691823195985, 0.2216227015035933, 0.5227716877560146, 0.46417731016247366],
        ]
        for (seed, values) in expected {
            var noise = NoiseGenerator(seed: seed)
            for value in values {
                let got = noise.nextGaussian()
                #expect(abs(got - value) <= 4e-16 * abs(value), "seed \(seed): \(got) vs \(value)")
            }
        }
    }

    @Test func portableLogAgreesWithLibm() {
        var noise = NoiseGenerator(seed: 7)
        for _ in 0..<10_000 {
            let x = noise.nextUniform() * pow(2, Double(Int(noise.next() % 200)) - 100)
            guard x > 0 else { continue }
            let reference = log(x)
            #expect(abs(NoiseGenerator.portableLog(x) - reference) <= 4 * reference.ulp.magnitude, "log(\(x))")
        }
        #expect(NoiseGenerator.portableLog(1) == 0)
        #expect(NoiseGenerator.portableLog(0) == -.infinity)
        #expect(NoiseGenerator.portableLog(-1).isNaN)
    }

    @Test func sameSeedSameStreamAndStandardMoments() {
        var a = NoiseGenerator(seed: 2024), b = NoiseGenerator(seed: 2024), c = NoiseGenerator(seed: 2025)
        let n = 40_000
        let xs = (0..<n).map { _ in a.nextGaussian() }
        #expect(xs == (0..<n).map { _ in b.nextGaussian() })
        #expect(xs != (0..<n).map { _ in c.nextGaussian() })
        let mean = xs.reduce(0, +) / Double(n)
        let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        // Standard errors: 1/√n = 0.005 for the mean, √(2/n) = 0.007 for the variance.
        #expect(abs(mean) < 0.025)
        #expect(abs(variance - 1) < 0.035)
    }
}
