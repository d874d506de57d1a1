import Foundation

/// Trajectories as text for other tools: CSV with a header, or JSON.
///
/// Numbers are written in shortest round-trip form (`0.1`, `1e-05`); non-finite values as
/// `nan`/`inf`/`-inf` in CSV and `null` in JSON. Row `step` k is the position after k updates.
public enum TraceExport {
    /// The CSV header line, without its newline.
    public static let csvHeader = "run,label,step,x,y,loss,lr,grad_norm"

    /// One header line, then one line per point of every trajectory, runs numbered from 0.
    public static func csv(_ trajectories: [Trajectory]) -> String {
        var out = csvHeader + "\n"
        for (index, t) in trajectories.enumerated() {
            let label = csvField(t.run.displayLabel)
            for k in t.points.indices {
                let fields = [t.points[k].x, t.points[k].y, t.losses[k], t.learningRates[k], t.gradientNorms[k]]
                out += "\(index),\(label),\(k)," + fields.map(csvNumber).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// `{"runs": [{"run", "label", "optimizer", "end", "diverged_at_step", "points": [...]}]}`;
    /// with `outcomes` (one per trajectory), each run also has `"outcome"` (`jsonOutcome`, its
    /// summary naming the surface's values `quantity`).
    public static func json(_ trajectories: [Trajectory], outcomes: [Outcome]? = nil, quantity: String = "f") -> String {
        var runs: [String] = []
        for (index, t) in trajectories.enumerated() {
            let points = t.points.indices.map { k in
                "{\"step\": \(k), \"x\": \(jsonNumber(t.points[k].x)), \"y\": \(jsonNumber(t.points[k].y)), "
                    + "\"loss\": \(jsonNumber(t.losses[k])), \"lr\": \(jsonNumber(t.learningRates[k])), "
                    + "\"grad_norm\": \(jsonNumber(t.gradientNorms[k]))}"
            }
            let end: String
            switch t.end {
            case .completed: end = "\"end\": \"completed\", \"diverged_at_step\": null"
            case let .diverged(step): end = "\"end\": \"diverged\", \"diverged_at_step\": \(step)"
            }
            let outcome = outcomes.map { ", \"outcome\": " + jsonOutcome($0[index], quantity: quantity) } ?? ""
            runs.append("    {\"run\": \(index), \"label\": \(jsonString(t.run.displayLabel)), "
                        + "\"optimizer\": \"\(t.run.optimizer.kind.rawValue)\", \(end)\(outcome),\n     \"points\": [\n      "
                        + points.joined(separator: ",\n      ") + "]}")
        }
        return "{\"runs\": [\n" + runs.joined(separator: ",\n") + "\n]}\n"
    }

    static func csvNumber(_ v: Double) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        return "\(v)"
    }

    static func jsonNumber(_ v: Double) -> String { v.isFinite ? "\(v)" : "null" }

    /// Quoted when it holds a comma, quote or line break (RFC 4180).
    static func csvField(_ s: String) -> String {
        // Scalars, not characters: "\r\n" is one Character equal to neither "\r" nor "\n".
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `s` as a JSON string literal: quoted, with `"`, `\\` and control characters escaped
    /// (also a valid YAML double-quoted scalar).
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
