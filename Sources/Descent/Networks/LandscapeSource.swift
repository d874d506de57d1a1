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
    /// What the surface's values are, for the colorbar.
    public var quantity: String {
        switch self {
        case let .grid(grid): grid.quantity
        case .line: "loss"
        case let .networks(specs): specs[0].split == .validation && specs.count == 1 ? "validation loss" : "loss"
        }
    }
}
