import Descent
import Testing

/// Exact polylines on hand-built grids; every expected coordinate is worked out by hand from the
/// rules in `MarchingSquares` (inside = value ≥ level, region inside kept on the left).
@Suite struct MarchingSquaresTests {
    private let p = ContourGrid.points

    @Test func singleBumpGivesCounterClockwiseRing() {
        let field = ContourGrid.make(bottomUp: [[0, 0, 0], [0, 1, 0], [0, 0, 0]])
        #expect(ContourGrid.lines(field, 0.5) == [p([(0.5, 1), (1, 0.5), (1.5, 1), (1, 1.5), (0.5, 1)])])
        // At 0.25 the crossings sit a quarter of the way from each zero towards the peak.
        #expect(ContourGrid.lines(field, 0.25)
                == [p([(0.25, 1), (1, 0.25), (1.75, 1), (1, 1.75), (0.25, 1)])])
    }

    @Test func pitGivesClockwiseRing() {
        let field = ContourGrid.make(bottomUp: [[1, 1, 1], [1, 0, 1], [1, 1, 1]])
        #expect(ContourGrid.lines(field, 0.5) == [p([(1, 0.5), (0.5, 1), (1, 1.5), (1.5, 1), (1, 0.5)])])
    }

    @Test func planeGivesOneStraightOpenLine() {
        // f = x: the level-0.5 line is x = 0.5, walked downwards so that x ≥ 0.5 is on its left.
        let field = ContourGrid.make(bottomUp: [[0, 1, 2], [0, 1, 2], [0, 1, 2]])
        #expect(ContourGrid.lines(field, 0.5) == [p([(0.5, 2), (0.5, 1), (0.5, 0)])])
        // f = x + 2y at 2.5: enters on the left edge at y = 1.25, leaves on the right at y = 0.25.
        let tilted = ContourGrid.make(bottomUp: [[0, 1, 2], [2, 3, 4], [4, 5, 6]])
        #expect(ContourGrid.lines(tilted, 2.5) == [p([(0, 1.25), (0.5, 1), (1, 0.75), (2, 0.25)])])
    }

    @Test func saddleWithBottomLeftAndTopRightHigh() {
        // Corner average 0.5. At 0.25 the centre is inside: the two high corners are joined and
        // the lines cut off the low corners; at 0.75 the centre is outside and they cut off the high ones.
        let field = ContourGrid.make(bottomUp: [[1, 0], [0, 1]])
        #expect(ContourGrid.lines(field, 0.25) == [p([(0.75, 0), (1, 0.25)]), p([(0.25, 1), (0, 0.75)])])
        #expect(ContourGrid.lines(field, 0.75) == [p([(0.25, 0), (0, 0.25)]), p([(0.75, 1), (1, 0.75)])])
        // Exactly the average: the centre counts as inside (≥), like level 0.25.
        #expect(ContourGrid.lines(field, 0.5) == [p([(0.5, 0), (1, 0.5)]), p([(0.5, 1), (0, 0.5)])])
    }

    @Test func saddleWithBottomRightAndTopLeftHigh() {
        let field = ContourGrid.make(bottomUp: [[0, 1], [1, 0]])
        #expect(ContourGrid.lines(field, 0.25) == [p([(0, 0.25), (0.25, 0)]), p([(1, 0.75), (0.75, 1)])])
        #expect(ContourGrid.lines(field, 0.75) == [p([(1, 0.25), (0.75, 0)]), p([(0, 0.75), (0.25, 1)])])
    }

    @Test func nanCellSplitsLine() {
        // f = x with a NaN at (1, 2): the four cells around it draw nothing.
        let nan = Double.nan
        let field = ContourGrid.make(bottomUp: [[0, 1, 2], [0, 1, 2], [0, nan, 2], [0, 1, 2], [0, 1, 2]])
        #expect(ContourGrid.lines(field, 0.5) == [p([(0.5, 1), (0.5, 0)]), p([(0.5, 4), (0.5, 3)])])
        #expect(ContourGrid.lines(field, 1.5) == [p([(1.5, 1), (1.5, 0)]), p([(1.5, 4), (1.5, 3)])])
    }

    @Test func infiniteCornerProducesNothing() {
        let field = ContourGrid.make(bottomUp: [[0, 0], [0, .infinity]])
        #expect(ContourGrid.lines(field, 0.5).isEmpty)
    }

    @Test func flatFieldHasNoLines() {
        let field = ContourGrid.make(bottomUp: [[1, 1, 1], [1, 1, 1]])
        let lines = MarchingSquares.isolines(field, levels: [0.5, 1, 2])
        #expect(lines == [IsoLine(level: 0.5, polylines: []), IsoLine(level: 1, polylines: []),
                          IsoLine(level: 2, polylines: [])])
    }

    @Test func levelsOutsideTheRangeOrNotFiniteAreEmpty() {
        let field = ContourGrid.make(bottomUp: [[0, 0, 0], [0, 1, 0], [0, 0, 0]])
        let levels = [-1, 0, 1.5, .infinity, -.infinity, .nan]
        let lines = MarchingSquares.isolines(field, levels: levels)
        #expect(lines.count == levels.count)
        #expect(lines.allSatisfy { $0.polylines.isEmpty })
    }

    @Test func levelsKeepTheirOrderAndDuplicates() {
        let field = ContourGrid.make(bottomUp: [[0, 0, 0], [0, 1, 0], [0, 0, 0]])
        let lines = MarchingSquares.isolines(field, levels: [0.75, 0.25, 0.75])
        #expect(lines.map(\.level) == [0.75, 0.25, 0.75])
        #expect(lines[0].polylines == [p([(0.75, 1), (1, 0.75), (1.25, 1), (1, 1.25), (0.75, 1)])])
        #expect(lines[1].polylines == [p([(0.25, 1), (1, 0.25), (1.75, 1), (1, 1.75), (0.25, 1)])])
        #expect(lines[2] == lines[0])
    }

    @Test func levelEqualToSamplesRunsThroughThemOnce() {
        // Inside (≥ 1) is the 3x3 block of ones and the peak: the line is its border, through the
        // nodes themselves, with each corner node once.
        let field = ContourGrid.make(bottomUp: [
            [0, 0, 0, 0, 0], [0, 1, 1, 1, 0], [0, 1, 2, 1, 0], [0, 1, 1, 1, 0], [0, 0, 0, 0, 0],
        ])
        #expect(ContourGrid.lines(field, 1)
                == [p([(1, 1), (2, 1), (3, 1), (3, 2), (3, 3), (2, 3), (1, 3), (1, 2), (1, 1)])])
        // An isolated peak equal to the level is a single point: no line.
        #expect(ContourGrid.lines(field, 2).isEmpty)
    }

    @Test func levelThroughNodesOfAPlane() {
        // f = x + y at 2: the diagonal through the nodes (0, 2), (1, 1), (2, 0), no point repeated.
        let field = ContourGrid.make(bottomUp: [[0, 1, 2], [1, 2, 3], [2, 3, 4]])
        #expect(ContourGrid.lines(field, 2) == [p([(0, 2), (1, 1), (2, 0)])])
    }

    @Test func ridgeEqualToLevelIsWalkedBothWays() {
        // The inside region {f ≥ 1} is the middle row, of no width: its border runs along it and back.
        let field = ContourGrid.make(bottomUp: [[0, 0, 0], [1, 1, 1], [0, 0, 0]])
        #expect(ContourGrid.lines(field, 1) == [p([(0, 1), (1, 1), (2, 1)]), p([(2, 1), (1, 1), (0, 1)])])
    }

    @Test func twoBumpsGiveTwoRingsLeftToRight() {
        let field = ContourGrid.make(bottomUp: [[0, 0, 0, 0, 0], [0, 1, 0, 1, 0], [0, 0, 0, 0, 0]])
        #expect(ContourGrid.lines(field, 0.5) == [
            p([(0.5, 1), (1, 0.5), (1.5, 1), (1, 1.5), (0.5, 1)]),
            p([(2.5, 1), (3, 0.5), (3.5, 1), (3, 1.5), (2.5, 1)]),
        ])
    }

    @Test func coordinatesFollowTheFieldBox() {
        // The single bump over x in -1...3, y in 10...11: columns 2 apart, rows 0.5 apart.
        let field = Field(box: ViewBox(x: -1...3, y: 10...11), columns: 3, rows: 3,
                          values: [0, 0, 0, 0, 1, 0, 0, 0, 0])
        #expect(ContourGrid.lines(field, 0.5)
                == [p([(0, 10.5), (1, 10.25), (2, 10.5), (1, 10.75), (0, 10.5)])])
    }
}
