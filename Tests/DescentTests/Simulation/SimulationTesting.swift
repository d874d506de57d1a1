@testable import Descent

/// Surfaces for the simulation tests, each defined here so the tests do not depend on the
/// surface catalogue.
enum SimulationTesting {
    /// f = (1 − x)² + 100(y − x²)².
    struct Rosenbrock: DifferentiableSurface {
        func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
            T.square(1 - x) + 100 * T.square(y - x * x)
        }
    }

    /// f = ½(a x² + b y²), minimum 0 at the origin.
    struct Quadratic: DifferentiableSurface {
        var a: Double
        var b: Double
        func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
            0.5 * (a * x * x + b * y * y)
        }
    }

    /// f = a x + b y: the gradient is (a, b) everywhere.
    struct Plane: DifferentiableSurface {
        var a: Double
        var b: Double
        func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
            a * x + b * y
        }
    }

    /// f = √x + y²: NaN for x < 0, infinite gradient at x = 0.
    struct SquareRoot: DifferentiableSurface {
        func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
            T.sqrt(x) + y * y
        }
    }

    /// `kind` with PyTorch's defaults, then `configure` applied.
    static func run(_ kind: OptimizerKind, lr: Double, start: Vec2, steps: Int,
                    _ configure: (inout Hyperparameters) -> Void = { _ in }) -> Run {
        var h = Hyperparameters.defaults(for: kind)
        configure(&h)
        return Run(optimizer: Optimizer(kind, h), lr: .constant(lr), start: start, steps: steps)
    }
}
