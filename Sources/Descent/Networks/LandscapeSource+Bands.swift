extension LandscapeSource {
    /// Rows of each panel's grid at `resolution`: the resolution for computed landscapes (and
    /// the α values of a loss line's table), the file's own rows for a grid read from a file.
    public func gridRows(resolution: Int) -> Int {
        switch self {
        case let .grid(grid): grid.field.rows
        case .networks, .line: resolution
        }
    }

    /// Rows `band` of every panel's grid over `box`: exactly the values `build` puts in those
    /// rows of its fields (a grid read from a file: the file's own), computed alone. Each panel
    /// trains whole and then evaluates only its band. `progress(done, total)` counts points. A
    /// loss line has no 2-D grid, so no bands: its table is `LossProfile`'s, computed whole.
    public func gridBands(box: ViewBox, resolution: Int, band: Range<Int>,
                          progress: (@Sendable (Int, Int) -> Void)? = nil) -> [GridBand] {
        switch self {
        case let .grid(grid):
            return [GridBand(grid.field, band: band)]
        case .line:
            return []
        case let .networks(specs):
            let perPanel = resolution * band.count, total = specs.count * perPanel
            return specs.enumerated().map { index, spec in
                let report = progress.map { report in { @Sendable (done: Int) in report(index * perPanel + done, total) } }
                return GridBand(box: box, columns: resolution, rows: resolution, band: band,
                                values: NetworkLandscape.gridValues(spec, box: box, resolution: resolution, band: band, progress: report))
            }
        }
    }
}

extension NetworkLandscape {
    /// The values `build(spec, box:, resolution:)` gives rows `band` of its field: the same
    /// training and plane (`build` without a grid), then the same evaluation of those rows only.
    static func gridValues(_ spec: NetworkSpec, box: ViewBox, resolution: Int, band: Range<Int>,
                           progress: (@Sendable (Int) -> Void)?) -> [Double] {
        let landscape = build(spec, box: box, resolution: resolution, grid: false)
        if let slice = landscape.exact as? ModelSlice {
            return slice.evaluator.values(slice.plane, box: box, columns: resolution, rows: resolution, band: band, progress: progress)
        }
        if let slice = landscape.exact as? NetworkSlice {
            return GridEvaluator(network: slice.network, data: slice.data, regularization: slice.regularization)
                .values(slice.plane, box: box, columns: resolution, rows: resolution, band: band, progress: progress)
        }
        return Field.sample(landscape.exact, box: box, columns: resolution, rows: resolution, band: band)
    }
}
