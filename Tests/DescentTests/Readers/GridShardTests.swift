import Testing
@testable import Descent

/// Shards of a grid's rows, their file names, and joining their points again.
struct GridShardTests {
    /// 10 rows in 3 parts: ⌊10/3⌋ = 3 and ⌊20/3⌋ = 6, so rows 0–2, 3–5 and 6–9.
    @Test func rowsAreContiguousBlocks() {
        let parts = (1...3).map { GridShard(index: $0, count: 3)!.rows(of: 10) }
        #expect(parts == [0..<3, 3..<6, 6..<10])
        #expect(GridShard(index: 1, count: 1)!.rows(of: 7) == 0..<7)
        #expect((1...7).map { GridShard(index: $0, count: 7)!.rows(of: 7) } == (0..<7).map { $0..<($0 + 1) })
    }

    @Test(arguments: [(2, 1), (101, 8), (101, 101), (1001, 64), (5, 4)])
    func partsCoverEveryRowOnceAndDifferByAtMostOne(_ rows: Int, _ count: Int) {
        let parts = (1...count).map { GridShard(index: $0, count: count)!.rows(of: rows) }
        #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == rows)
        for (a, b) in zip(parts, parts.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
        let sizes = parts.map(\.count)
        #expect(sizes.max()! - sizes.min()! <= 1 && sizes.min()! >= rows / count)
    }

    @Test func parsingAndFileNames() {
        #expect(GridShard("3/8") == GridShard(index: 3, count: 8))
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3", " 1/2"] { #expect(GridShard(bad) == nil, "\(bad)") }
        let shard = GridShard(index: 3, count: 16)!
        #expect(shard.fileName(base: "two-moons", extension: "npy") == "two-moons.part-03-of-16.npy")
        let parsed = GridShard.parse(fileName: "two-moons.v2.part-03-of-16.npy")
        #expect(parsed?.base == "two-moons.v2" && parsed?.shard == shard && parsed?.extension == "npy")
        for name in ["grid.npy", ".part-1-of-2.npy", "g.part-3-of-2.csv", "g.part-1-2.csv", "g.part-1-of-2"] {
            #expect(GridShard.parse(fileName: name) == nil, "\(name)")
        }
    }

    /// A 2 × 3 grid (x ∈ {0, 1}, y ∈ {0, 1, 2}) in parts of rows {0} and {1, 2}.
    static let rows: [[Double]] = [[0, 0, 5], [1, 0, 6], [0, 1, 7], [1, 1, 8], [0, 2, 9], [1, 2, 10]]
    static let first = GridShard(index: 1, count: 2)!, second = GridShard(index: 2, count: 2)!

    @Test func joinConcatenatesInPartOrder() throws {
        let joined = try GridMerge.join([(Self.second, Array(Self.rows[2...])), (Self.first, Array(Self.rows[..<2]))])
        #expect(joined == Self.rows)
    }

    @Test func joinRefusesMissingRepeatedMisplacedAndMisorderedParts() {
        #expect(throws: GridMerge.Problem(part: 2, message: "is missing")) {
            try GridMerge.join([(Self.first, Array(Self.rows[..<2]))])
        }
        #expect(throws: GridMerge.Problem(part: 1, message: "is given twice")) {
            try GridMerge.join([(Self.first, Array(Self.rows[..<2])), (Self.first, Array(Self.rows[..<2]))])
        }
        // Rows 0–1 and 2: complete together, but part 1 of 2 of three rows holds row 1 only.
        #expect(throws: GridMerge.Problem(part: 1, message: "holds 4 points; part 1 of 2 of a grid of 2 × 3 points holds rows 1 to 1: 2 points")) {
            try GridMerge.join([(Self.first, Array(Self.rows[..<4])), (Self.second, Array(Self.rows[4...]))])
        }
        var swapped = Self.rows
        swapped.swapAt(2, 3)
        #expect(throws: GridMerge.Problem(part: 2, message: "point 1 is out of row order; parts must be written by `descent grid --shard`")) {
            try GridMerge.join([(Self.first, Array(swapped[..<2])), (Self.second, Array(swapped[2...]))])
        }
        #expect(throws: GridMerge.Problem(part: 2, message: "is part 2 of 3, but the first part given is one of 2")) {
            try GridMerge.join([(Self.first, Array(Self.rows[..<2])), (GridShard(index: 2, count: 3)!, Array(Self.rows[2...]))])
        }
    }

    /// The band path (`gridBands`: train, then evaluate only some rows) gives the bits of the
    /// render path (`landscapes`: train and evaluate the whole field), for each shard, each
    /// shard resolved on its own as a process of `descent grid --shard` would.
    @Test func bandsOfANetworkLandscapeAreThoseOfItsField() {
        let data = DatasetGenerator.twoMoons(samples: 64, noise: 0.1, seed: 3).generate()
        let training = TrainingSpec(optimizer: Optimizer(.adam), lr: .constant(0.05), steps: 20)
        let source = LandscapeSource.networks([NetworkSpec(data: data, dataName: "moons", hidden: [6], training: training)])
        var view = ViewSettings(box: ViewBox(x: -1...1, y: -0.5...1))
        view.resolution = 13
        let n = view.resolution
        let scene = Scene(title: nil, surface: .landscape(source), view: view, runs: [], output: OutputSettings(name: "moons"))
        let whole = ResolvedScene(scene, cache: TrainingCache())
        let field = whole.landscapes[0].field!
        #expect(whole.gridBands(rows: 0..<n)[0] == GridBand(field))
        let parts = (1...4).flatMap { i in
            ResolvedScene(scene, cache: TrainingCache()).gridBands(rows: GridShard(index: i, count: 4)!.rows(of: n))[0].points
        }
        #expect(parts == GridPoints.points(field))
    }
}
