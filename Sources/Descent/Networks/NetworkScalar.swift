import Foundation

/// A `DiffScalar` a network can be written against: the surface functions plus the error
/// function that exact GELU needs. `Double` gives losses, `Jet` their exact derivatives in the
/// two plane coordinates.
public protocol NetworkScalar: DiffScalar {
    /// erf(a) = 2/√π ∫₀ᵃ e^(−t²) dt.
    static func erf(_ a: Self) -> Self
}

extension Double: NetworkScalar {
    /// The error function.
    @inlinable public static func erf(_ a: Double) -> Double { Foundation.erf(a) }
}

extension Jet: NetworkScalar {
    /// erf' = 2/√π e^(−a²), erf'' = −2a · erf'.
    public static func erf(_ a: Jet) -> Jet {
        let d = 2 / Double.pi.squareRoot() * Foundation.exp(-a.value * a.value)
        return a.chain(Foundation.erf(a.value), d, -2 * a.value * d)
    }
}
