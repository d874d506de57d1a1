/// Everything one figure needs, validated: the unit of work a scene file describes.
public struct Scene: Sendable {
    /// Figure title; nil makes one from the surface.
    public var title: String?
    /// The surface drawn and run on.
    public var surface: SurfaceChoice
    /// The part of the plane shown and how it is painted.
    public var view: ViewSettings
    /// Every run to simulate; with a sweep, its expansion (see `Sweep`).
    public var runs: [Run]
    /// The file name, size and formats written.
    public var output: OutputSettings
    /// What `descent animate` makes; nil when the scene has no `animation:` block.
    public var animation: AnimationSettings?
    /// The run setting varied across runs, and how the variation is drawn; nil without a sweep.
    public var sweep: Sweep?
    /// Companion charts drawn beside or under the landscape, in order.
    public var charts: [ChartKind]

    /// A scene from its parts; the caller validates them.
    public init(title: String?, surface: SurfaceChoice, view: ViewSettings, runs: [Run], output: OutputSettings,
                animation: AnimationSettings? = nil, sweep: Sweep? = nil, charts: [ChartKind] = []) {
        self.title = title
        self.surface = surface
        self.view = view
        self.runs = runs
        self.output = output
        self.animation = animation
        self.sweep = sweep
        self.charts = charts
    }
}

/// Where a scene's surface comes from.
public enum SurfaceChoice: Sendable {
    /// A catalogue surface by name, with parameter values (missing ones take defaults).
    case catalogue(CatalogueEntry, parameters: [String: Double])
    /// A user formula in x and y.
    case formula(Formula)
    /// Computed from networks, or read from a file (see `Networks/`).
    case landscape(LandscapeSource)

    /// The surface of a catalogue entry or a formula, ready to evaluate; nil for a computed
    /// surface, which `ResolvedScene` builds (training networks, reading grids).
    public var analyticSurface: (any Surface)? {
        switch self {
        case let .catalogue(entry, parameters): entry.make(parameters)
        case let .formula(formula): FormulaSurface(formula)
        case .landscape: nil
        }
    }

    /// The formula as readable text for titles and colorbar labels.
    public var formulaText: String {
        switch self {
        case let .catalogue(entry, parameters): entry.formulaText(parameters)
        case let .formula(formula): formula.prettyText
        case let .landscape(source): source.summary
        }
    }

    /// The surface as a subtitle states it: `f(x, y) = …` for a catalogue surface or a formula,
    /// the summary of a computed surface (`loss of a 2-32-2 tanh MLP on two moons…`).
    public var statement: String {
        if case .landscape = self { formulaText } else { "f(x, y) = " + formulaText }
    }

    /// True for a surface computed rather than written down: networks, grid files, lines.
    public var isComputed: Bool {
        if case .landscape = self { true } else { false }
    }

    /// A short name: the catalogue title, or nil for a formula.
    public var name: String? {
        switch self {
        case let .catalogue(entry, _): entry.title
        case .formula, .landscape: nil
        }
    }

    /// What the surface's values are, for axis, colorbar and chart labels: `f` for a catalogue
    /// surface or a formula; `loss`, `validation loss` or a grid file's quantity for a
    /// computed landscape.
    public var quantity: String {
        if case let .landscape(source) = self { source.quantity } else { "f" }
    }
}
