import Foundation
import Testing

/// The happy path of `descent check` and `descent trace` on scenes/rosenbrock-six.yaml:
/// six runs of 500 steps from (-1.5, 2.5), the first plain SGD with lr 0.001.
struct CheckAndTraceTests {
    static let scene = "scenes/rosenbrock-six.yaml"

    @Test func checkAcceptsTheScene() throws {
        let result = try Executable.run(["check", Self.scene])
        #expect(result.exited && result.status == 0)
        #expect(result.stdout == "\(Self.scene): ok\n")
        #expect(result.stderr == "")
    }

    /// `check` reads a network scene without training it: this one's training is estimated at
    /// about 16 minutes (20 000 Adam steps of a 2-64-64-2 MLP on 2000 samples, 1.4·10¹² operations
    /// at the 1.5·10⁹ a second the budget assumes), its 3D view's log heights have a shift, and
    /// `check` answers long before training could end.
    @Test func checkOfANetworkSceneTrainsNothing() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("big.yaml", Data("""
            surface:
              network:
                data: {two_moons: {samples: 2000}}
                layers: [64, 64]
                train: {optimizer: adam, steps: 20000}
            view: {projection: both, z_scale: log, z_shift: 0.01, resolution: 41}
            """.utf8))
        let result = try Executable.run(["check", path], killAfter: 60)
        #expect(result.exited && result.status == 0)
        #expect(result.stdout == "\(path): ok\n")
    }

    @Test func checkQuietPrintsNothing() throws {
        let result = try Executable.run(["check", "--quiet", Self.scene])
        #expect(result.exited && result.status == 0)
        #expect(result.stdout == "" && result.stderr == "")
    }

    @Test func traceCSV() throws {
        let result = try Executable.run(["trace", Self.scene, "--format", "csv"])
        #expect(result.exited && result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "run,label,step,x,y,loss,lr,grad_norm")
        #expect(lines.last == "", "ends with a newline")
        let rows = lines.dropFirst().dropLast().map { CSV.fields(of: String($0)) }
        #expect(rows.count == 6 * 501)
        #expect(rows.allSatisfy { $0.count == 8 })
        for run in 0..<6 {
            let steps = rows.filter { $0[0] == "\(run)" }.map { Int($0[2]) }
            #expect(steps == Array(0...500), "run \(run) has steps 0...500 in order")
        }

        // Step 0 of run 0 is the start. f = (1 + 1.5)² + 100(2.5 − 2.25)² = 6.25 + 6.25;
        // ∇f = (−2(1 − x) − 400x(y − x²), 200(y − x²)) = (145, 50).
        let first = try #require(rows.first)
        #expect(first[0] == "0" && first[2] == "0")
        #expect(Double(first[3]) == -1.5 && Double(first[4]) == 2.5)
        #expect(Double(first[5]) == 12.5)
        #expect(Double(first[6]) == 0.001)
        let gradNorm = try #require(Double(first[7]))
        #expect(abs(gradNorm - (145.0 * 145 + 50 * 50).squareRoot()) < 1e-9)

        // Step 1 of plain SGD: start − lr ∇f = (−1.5 − 0.145, 2.5 − 0.05).
        let second = rows[1]
        #expect(abs(Double(second[3])! - -1.645) < 1e-12 && abs(Double(second[4])! - 2.45) < 1e-12)
    }

    @Test func traceJSON() throws {
        let result = try Executable.run(["trace", Self.scene, "--format", "json"])
        #expect(result.exited && result.status == 0)
        #expect(result.stderr == "")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let runs = try #require((object as? [String: Any])?["runs"] as? [[String: Any]])
        #expect(runs.count == 6)
        #expect(runs.map { $0["optimizer"] as? String } == ["sgd", "sgd", "sgd", "adagrad", "rmsprop", "adam"])
        #expect(runs.map { $0["run"] as? Int } == Array(0..<6))
        for run in runs {
            let points = try #require(run["points"] as? [[String: Any]])
            #expect(points.count == 501)
        }
        let start = try #require((runs[0]["points"] as? [[String: Any]])?.first)
        #expect(start["step"] as? Int == 0)
        #expect(start["x"] as? Double == -1.5 && start["y"] as? Double == 2.5)
        #expect(start["loss"] as? Double == 12.5)
        #expect(start["lr"] as? Double == 0.001)
    }
}

/// Splits one CSV line into fields, RFC 4180 quoting included.
enum CSV {
    static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var previous: Character?
        for c in line {
            if quoted {
                if c == "\"" { quoted = false } else { field.append(c) }
            } else if c == "\"" {
                if previous == "\"" { field.append("\"") }
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
            previous = c
        }
        fields.append(field)
        return fields
    }
}
