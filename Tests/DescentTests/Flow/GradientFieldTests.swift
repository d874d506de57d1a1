import Testing
@testable import Descent

@Suite struct GradientFieldTests {
    static let box = ViewBox(x: -2...2, y: -1...1)

    /// On f = 3x − y, −∇f = (−3, 1) everywhere: every arrow points that way, all equally strong.
    @Test func arrowsOnAPlanePointDownhill() throws {
        let plane = FormulaSurface(try Formula("3*x - y"))
        let arrows = GradientField.arrows(on: plane, in: Self.box, columns: 8)
        // 8 columns of side 0.5 over a height of 2: 4 rows.
        #expect(arrows.count == 32)
        for a in arrows {
            let d = a.head - a.tail
            #expect(abs(d.x * 1 - d.y * -3) < 1e-12 && d.x < 0)
            #expect(a.strength == 1)
            // Length: side 0.5 × (0.3 + 0.55).
            #expect(abs(d.norm - 0.5 * 0.85) < 1e-12)
        }
    }

    /// On a bowl every arrow points towards the minimum, steeper further out.
    @Test func arrowsOnABowlPointInwards() {
        let arrows = GradientField.arrows(on: QuadraticBowl(condition: 1), in: Self.box, columns: 10)
        for a in arrows {
            let middle = (a.tail + a.head) / 2
            #expect((a.head - a.tail).dot(-middle) > 0)
        }
        let outer = arrows.max { $0.tail.norm < $1.tail.norm }!, inner = arrows.min { $0.tail.norm < $1.tail.norm }!
        #expect(outer.strength > inner.strength)
    }

    /// Along every streamline f falls, and every point lies in the view.
    @Test func streamlinesRunDownhillInsideTheView() {
        let surface = Himmelblau()
        let box = ViewBox(x: -5...5, y: -5...5)
        let lines = GradientField.streamlines(on: surface, in: box)
        #expect(lines.count > 20)
        for line in lines {
            #expect(line.count >= 4)
            #expect(line.allSatisfy(box.contains))
            let values = line.map(surface.value(at:))
            #expect(zip(values, values.dropFirst()).allSatisfy { $0 > $1 })
        }
    }

    @Test func aFlatSurfaceHasNoField() throws {
        let flat = FormulaSurface(try Formula("1"))
        #expect(GradientField.arrows(on: flat, in: Self.box).isEmpty)
        #expect(GradientField.streamlines(on: flat, in: Self.box).isEmpty)
    }
}
