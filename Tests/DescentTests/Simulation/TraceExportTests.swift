import Foundation
import Testing
@testable import Descent

@Suite("Trace export (CSV and JSON)")
struct TraceExportTests {
    static func trajectory(label: String?, _ kind: OptimizerKind = .sgd, points: [Vec2], losses: [Double],
                           lrs: [Double], norms: [Double], end: RunEnd = .completed) -> Trajectory {
        let run = Run(label: label, optimizer: Optimizer(kind), lr: .constant(lrs[0]), start: points[0],
                      steps: points.count - 1)
        return Trajectory(run: run, points: points, losses: losses, learningRates: lrs, gradientNorms: norms, end: end)
    }

    static let first = trajectory(
        label: "plain", points: [Vec2(0.5, -0.25), Vec2(0.1, 2.5), Vec2(1e-5, -3.75)],
        losses: [0.3125, 6.26, .nan], lrs: [0.1, 0.1, 0.1], norms: [1.5, .infinity, 0.001])
    static let second = trajectory(
        label: "say \"hi\"", .adam, points: [Vec2(0.75, 1.25), Vec2(3.5, -7.5)],
        losses: [2.5, -.infinity], lrs: [0.01, 0.005], norms: [.nan, 0.125], end: .diverged(step: 2))

    /// RFC 4180 records: fields split at commas, quoted fields may hold commas, `""` and line breaks.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let n = scalars.next()
                    if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if c == "," {
                record.append(field); field = ""; wasQuoted = false
            } else if c == "\n" {
                record.append(field); records.append(record)
                record = []; field = ""; wasQuoted = false
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    @Test("CSV: the header, then one row per point, runs numbered from 0")
    func csvText() {
        let expected = #"""
            run,label,step,x,y,loss,lr,grad_norm
            0,plain,0,0.5,-0.25,0.3125,0.1,1.5
            0,plain,1,0.1,2.5,6.26,0.1,inf
            0,plain,2,1e-05,-3.75,nan,0.1,0.001
            1,"say ""hi""",0,0.75,1.25,2.5,0.01,nan
            1,"say ""hi""",1,3.5,-7.5,-inf,0.005,0.125

            """#
        #expect(TraceExport.csv([Self.first, Self.second]) == expected)
        #expect(TraceExport.csv([]) == TraceExport.csvHeader + "\n")
    }

    @Test("CSV numbers read back exactly")
    func csvRoundTrip() {
        let values = [0.1 + 0.2, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -0.0, 1 / 3, 1e21, 123_456_789, -2.5e-300]
        let t = Self.trajectory(label: "r", points: values.map { Vec2($0, -$0) }, losses: values,
                                lrs: values.map { abs($0) }, norms: values)
        let rows = Self.parseCSV(TraceExport.csv([t])).dropFirst()
        #expect(rows.count == values.count)
        for (row, v) in zip(rows, values) {
            let numbers = row[3...].map { Double($0) }
            #expect(numbers == [v, -v, v, abs(v), v], "\(row)")
        }
    }

    @Test("CSV labels are quoted by RFC 4180 when they need it", arguments: [
        "plain label", "", "a,b", "say \"hi\"", "\"", "trailing,", "line\nbreak", "carriage\rreturn",
        "crlf\r\nlabel", "β=(0.9, 0.99) lr=0.001", "emoji 🚀, too",
    ])
    func csvQuoting(_ label: String) {
        let records = Self.parseCSV(TraceExport.csv([Self.trajectory(
            label: label, points: [Vec2(1.5, 2.5)], losses: [0.5], lrs: [0.1], norms: [0.25])]))
        #expect(records.count == 2, "\(records)")
        #expect(records.last == ["0", label, "0", "1.5", "2.5", "0.5", "0.1", "0.25"])
    }

    @Test("CSV fields: quoted only when needed, quotes doubled")
    func csvField() {
        #expect(TraceExport.csvField("Adam lr=0.001") == "Adam lr=0.001")
        #expect(TraceExport.csvField("a,b") == "\"a,b\"")
        #expect(TraceExport.csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(TraceExport.csvField("a\nb") == "\"a\nb\"")
        #expect(TraceExport.csvField("a\r\nb") == "\"a\r\nb\"")
    }

    @Test("CSV: a generated label with β=(…, …) holds a comma and survives the round trip")
    func csvGeneratedLabel() {
        var h = Hyperparameters.defaults(for: .adam)
        h.beta1 = 0.8
        let run = Run(optimizer: Optimizer(.adam, h), lr: .constant(0.01), start: Vec2(1, 1), steps: 0)
        #expect(run.displayLabel.contains(","))
        let t = Trajectory(run: run, points: [Vec2(1, 1)], losses: [0.5], learningRates: [0.01],
                           gradientNorms: [0.5], end: .completed)
        #expect(Self.parseCSV(TraceExport.csv([t])).last?[1] == run.displayLabel)
    }

    /// A parsed JSON number as a Double, however Foundation chose to box it.
    static func number(_ any: Any?) -> Double? {
        if let d = any as? Double { return d }
        if let n = any as? NSNumber { return n.doubleValue }
        return nil
    }

    static func parseJSON(_ text: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let top = try #require(object as? [String: Any])
        return try #require(top["runs"] as? [[String: Any]])
    }

    @Test("JSON parses, with null for non-finite values and for a completed run's diverged step")
    func json() throws {
        let runs = try Self.parseJSON(TraceExport.json([Self.first, Self.second]))
        #expect(runs.count == 2)
        #expect(runs[0]["run"] as? Int == 0 && runs[1]["run"] as? Int == 1)
        #expect(runs[0]["label"] as? String == "plain" && runs[1]["label"] as? String == "say \"hi\"")
        #expect(runs[0]["optimizer"] as? String == "sgd" && runs[1]["optimizer"] as? String == "adam")
        #expect(runs[0]["end"] as? String == "completed" && runs[0]["diverged_at_step"] is NSNull)
        #expect(runs[1]["end"] as? String == "diverged" && runs[1]["diverged_at_step"] as? Int == 2)
        let points0 = try #require(runs[0]["points"] as? [[String: Any]])
        let points1 = try #require(runs[1]["points"] as? [[String: Any]])
        #expect(points0.count == 3 && points1.count == 2)
        func number(_ p: [String: Any], _ key: String) -> Double? { Self.number(p[key]) }
        #expect(points0.map { $0["step"] as? Int } == [0, 1, 2])
        #expect(number(points0[0], "x") == 0.5 && number(points0[0], "y") == -0.25)
        #expect(number(points0[0], "loss") == 0.3125 && number(points0[0], "lr") == 0.1)
        #expect(number(points0[1], "x") == 0.1 && number(points0[1], "loss") == 6.26)
        #expect(points0[1]["grad_norm"] is NSNull && number(points0[2], "grad_norm") == 0.001)
        #expect(number(points0[2], "x") == 1e-5 && points0[2]["loss"] is NSNull)
        #expect(points1[0]["grad_norm"] is NSNull && points1[1]["loss"] is NSNull)
        #expect(number(points1[1], "y") == -7.5 && number(points1[1], "lr") == 0.005)
    }

    /// The number texts written after `"key": `, in order (Foundation's JSON parser on Linux does
    /// not round-trip every double, so exactness is checked on the text itself).
    static func numberTexts(_ json: String, key: String) -> [String] {
        json.components(separatedBy: "\"\(key)\": ").dropFirst().map { rest in
            String(rest.prefix { $0 != "," && $0 != "}" })
        }
    }

    @Test("JSON numbers read back exactly")
    func jsonRoundTrip() throws {
        let values = [0.1 + 0.2, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1 / 3, 1e21, -2.5e-300, 1e-5]
        let t = Self.trajectory(label: "r", points: values.map { Vec2($0, -$0) }, losses: values,
                                lrs: values, norms: values)
        let text = TraceExport.json([t])
        #expect(try Self.parseJSON(text).first?["points"] as? [Any] != nil)
        for (key, sign) in [("x", 1.0), ("y", -1), ("loss", 1), ("lr", 1), ("grad_norm", 1)] {
            #expect(Self.numberTexts(text, key: key).map { Double($0) } == values.map { sign * $0 }, "\(key)")
        }
    }

    @Test("JSON escapes quotes, backslashes and every control character")
    func jsonEscaping() throws {
        let label = "tab\there \"q\" back\\slash\nnl\rcr\r\ncrlf\u{0}nul\u{7}bell\u{1B}esc\u{1F}us\u{7F}del 🚀\u{2028}é"
        let text = TraceExport.json([Self.trajectory(label: label, points: [Vec2(1.5, 2.5)], losses: [0.5],
                                                     lrs: [0.1], norms: [0.25])])
        let runs = try Self.parseJSON(text)
        #expect(runs.first?["label"] as? String == label)
        // No raw control character anywhere but the structural line breaks.
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let lower = text.lowercased()
        for escape in ["\\t", "\\n", "\\r", "\\\"", "\\\\", "\\u0000", "\\u0007", "\\u001b", "\\u001f"] {
            #expect(lower.contains(escape), "missing \(escape)")
        }
    }

    @Test("JSON for no trajectories is an empty list")
    func jsonEmpty() throws {
        #expect(try Self.parseJSON(TraceExport.json([])).isEmpty)
    }
}
