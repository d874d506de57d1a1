import Foundation
import Testing

/// `descent trace --outcomes` and the JSON `outcome` field on scenes/lr-sweep-grid.yaml: plain
/// GD on ½(x² + 10y²) from (−4, 2.5), 100 steps, x ← (1 − lr)x and y ← (1 − 10·lr)y. The settle
/// radius is 10⁻³ of the view's diagonal √(10² + 7²): 0.0122.
struct TraceOutcomesTests {
    static let scene = "scenes/lr-sweep-grid.yaml"

    @Test func oneRowPerRunWithItsOutcome() throws {
        let result = try Executable.run(["trace", Self.scene, "--outcomes"])
        #expect(result.exited && result.status == 0 && result.stderr == "")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "run,label,outcome,step,point_x,point_y,point_kind,final_loss,escaped_x,escaped_y,summary")
        let rows = lines.dropFirst().map(CSV.fields(of:))
        #expect(rows.count == 6)
        // lr 0.001 and 0.01: far from the minimum. lr 0.05: 0.95¹⁰⁰·4.72 = 0.028 from it, under
        // 5 % of the start's distance and closer every step. lr 0.1: y = 0 after one step,
        // |x| = 4·0.9ᵏ ≤ 0.0122 first at k = 55. lr 0.2: y flips between ±2.5. lr 0.5: y grows
        // as 2.5·4ᵏ, and f = 31.25·16ᵏ passes 10¹² at k = 9.
        #expect(rows.map { $0[2] } == ["moving", "moving", "converging", "converged", "oscillating", "diverged"])
        #expect(rows[3][3] == "55" && rows[3][4] == "0.0" && rows[3][5] == "0.0" && rows[3][6] == "minimum")
        #expect(rows[4][10] == "oscillating, amplitude 2.5")
        #expect(rows[5][3] == "9" && rows[5][10] == "diverged at step 9")
        #expect(rows.map { $0[1] } == ["SGD lr=0.001", "SGD lr=0.01", "SGD lr=0.05", "SGD lr=0.1", "SGD lr=0.2", "SGD lr=0.5"])
    }

    @Test func jsonCarriesTheOutcome() throws {
        let result = try Executable.run(["trace", Self.scene, "--format", "json"])
        #expect(result.exited && result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let runs = try #require((object as? [String: Any])?["runs"] as? [[String: Any]])
        let outcomes = runs.compactMap { $0["outcome"] as? [String: Any] }
        #expect(outcomes.count == 6)
        #expect(outcomes.map { $0["name"] as? String } == ["moving", "moving", "converging", "converged", "oscillating", "diverged"])
        let converged = outcomes[3]
        #expect(converged["step"] as? Int == 55)
        let point = try #require(converged["point"] as? [String: Any])
        #expect(point["kind"] as? String == "minimum" && point["x"] as? Double == 0)
        #expect(outcomes[0]["step"] is NSNull && outcomes[0]["escaped"] is NSNull)
    }

    /// On a network surface the summaries name a loss, on an analytic one f; the final_loss
    /// column holds the same number the summary rounds to three digits.
    @Test func summariesNameTheSurfacesValues() throws {
        for (scene, name) in [("scenes/batch-vs-sgd.yaml", "loss"), ("scenes/rosenbrock-six.yaml", "f")] {
            let result = try Executable.run(["trace", scene, "--outcomes"])
            #expect(result.status == 0)
            let rows = result.stdout.split(separator: "\n").dropFirst().map { CSV.fields(of: String($0)) }
            let moving = try #require(rows.first { $0[2] == "moving" })
            let loss = try #require(Double(moving[7]))
            let shown = try #require(moving[10].components(separatedBy: "still moving, \(name) = ").last.flatMap(Double.init))
            #expect(abs(shown - loss) <= 0.005 * abs(loss), "\(moving[10]) for \(loss)")
        }
    }

    /// The CSV of steps keeps its header and its rows: 100 + 1 points for each completed run,
    /// 10 for the run that diverged at step 9.
    @Test func stepsCSVIsUnchanged() throws {
        let result = try Executable.run(["trace", Self.scene])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "run,label,step,x,y,loss,lr,grad_norm")
        #expect(lines.count == 1 + 5 * 101 + 10)
    }
}

/// `descent list` names what a sweep may vary and draw, and the charts.
struct ListSweepsTests {
    @Test func listNamesSweepsAndCharts() throws {
        let out = try Executable.run(["list"]).stdout
        for text in ["SWEEPS", "lr.decay_rate", "beta2", "optimizer", "grid overlay curve", "CHARTS", "loss lr grad_norm distance"] {
            #expect(out.contains(text), "`descent list` lacks `\(text)`")
        }
    }
}
