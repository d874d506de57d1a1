/// A surface that is computed, not written down: network landscapes (one panel per variant a
/// scene compares), a grid read from a file, or a network's loss along a line (a 1-D plot,
/// one curve per variant).
public enum LandscapeSource: Sendable {
    /// Network loss landscapes, one panel per spec.
    case networks([NetworkSpec])
    /// A grid read from a file.
    case grid(ImportedGrid)
    /// MLPs seen along a line through their weights: drawn as curves of loss against α, not as
    /// a surface. The view's y range is unused.
    case line([NetworkSpec], LineSpec)

    /// The box shown when the scene gives no view.
    public var defaultBox: ViewBox {
        switch self {
        case let .grid(grid): grid.field.box
        case let .line(_, line): ViewBox(x: line.defaultRange, y: -1...1)
        case let .networks(specs):
            switch specs[0].model {
            case .mlp: ViewBox(x: -1...1, y: -1...1)
            case .neuron: ViewBox(x: -8...8, y: -8...8)
            case .twoLayerScalar: ViewBox(x: -2...2, y: -2...2)
            }
        }
    }

    /// The exact surface of the first panel, for runs (trains the network; computes no grid).
    /// A line's is its loss over (α, β), the same at every β.
    public func exactSurface() -> any Surface {
        switch self {
        case let .grid(grid): SampledSurface(grid.field)
        case let .networks(specs): NetworkLandscape.build(specs[0], box: defaultBox, resolution: 2, grid: false).exact
        case let .line(specs, line):
            {
                if let own = specs[0].own {
                    let path = own.line(line.direction)
                    let plane = Plane(origin: path.origin, u: path.direction, v: path.direction.map { _ in 0 })
                    return ModelSlice(evaluator: own.evaluator(specs[0].split), reference: own.reference(specs[0].split), plane: plane)
                }
                let trained = TrainedNetwork(specs[0]), path = trained.line(line.direction)
                let plane = Plane(origin: path.origin, u: path.direction, v: path.direction.map { _ in 0 })
                return NetworkSlice(network: trained.network, plane: plane, data: trained.data(specs[0].split),
                                    regularization: trained.regularization)
            }()
        }
    }

    /// One line for subtitles.
    public var summary: String {
        switch self {
        case let .grid(grid): "\(grid.quantity) read from \(grid.source)"
        case let .networks(specs), let .line(specs, _):
            // Panels that differ in activation name it in their titles, not here.
            Set(specs.map(\.activation)).count > 1 ? specs[0].summary.replacingOccurrences(of: " \(specs[0].activation.rawValue),", with: ",") : specs[0].summary
        }
    }
}

/// A surface sampled elsewhere and read from a file: a CSV grid, a `.npy` array or the HDF5
/// file of Li et al.'s loss-landscape code.
public struct ImportedGrid: Sendable {
    /// The samples, with the box they cover.
    public var field: Field
    /// The file's name, for titles.
    public var source: String
    /// What the values are (`train_loss`, `loss`).
    public var quantity: String

    /// A grid with the name of its file and of the quantity it holds.
    public init(field: Field, source: String, quantity: String) {
        self.field = field
        self.source = source
        self.quantity = quantity
    }
}

extension LandscapeSource {
    /// Samples a run's mini-batches draw from (the first panel's split), or nil for a grid
    /// or an exact two-parameter network.
    public var sampleCount: Int? {
        guard case let .networks(specs) = self, specs[0].model == .mlp else { return nil }
        if let own = specs[0].own { return own.samples(specs[0].split).count }
        let held = specs[0].data.split(validation: specs[0].validation, seed: 0).validation.count
        return specs[0].split == .train ? specs[0].data.count - held : held
    }
}

extension LandscapeSource {
    /// Every panel's landscape over `box`, grids of `resolution`² points; `progress(done,
    /// total)` counts grid points over all panels.
    public func build(box: ViewBox, resolution: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) -> [NetworkLandscape] {
        switch self {
        case let .grid(grid):
            let s = SampledSurface(grid.field)
            return [NetworkLandscape(title: nil, exact: s, drawn: s, field: grid.field, xLabel: "α", yLabel: "β", paths: [])]
        case .line:
            let s = exactSurface()
            return [NetworkLandscape(title: nil, exact: s, drawn: s, field: nil, xLabel: "α", yLabel: "β", paths: [])]
        case let .networks(specs):
            let total = specs.count * resolution * resolution
            return specs.enumerated().map { index, spec in
                NetworkLandscape.build(spec, box: box, resolution: resolution,
                                       progress: progress.map { report in { @Sendable done, _ in report(index * resolution * resolution + done, total) } })
            }
        }
    }

    /// The first panel's landscape, as `build` makes it.
    public func firstLandscape(box: ViewBox, resolution: Int) -> NetworkLandscape {
        switch self {
        case .grid, .line: build(box: box, resolution: resolution)[0]
        case let .networks(specs): NetworkLandscape.build(specs[0], box: box, resolution: resolution)
        }
    }

    /// What the surface's values are, for the colorbar.
    public var quantity: String {
        switch self {
        case let .grid(grid): grid.quantity
        case .line: "loss"
        case let .networks(specs): specs[0].split == .validation && specs.count == 1 ? "validation loss" : "loss"
        }
    }
}
