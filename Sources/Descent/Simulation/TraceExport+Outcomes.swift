extension TraceExport {
    /// The header of `outcomesCSV`: one row per run.
    public static let outcomesHeader = "run,label,outcome,step,point_x,point_y,point_kind,final_loss,escaped_x,escaped_y,summary"

    /// One row per run: its outcome's name, the step it dates from, the critical point it ended
    /// at or around, the last loss, the start basin it escaped, and the outcome in words (the
    /// surface's values named `quantity`). Missing values are empty fields.
    public static func outcomesCSV(_ trajectories: [Trajectory], _ outcomes: [Outcome], quantity: String = "f") -> String {
        var out = outcomesHeader + "\n"
        for (index, (t, outcome)) in zip(trajectories, outcomes).enumerated() {
            let point = outcome.point
            let fields: [String] = [
                "\(index)", csvField(t.run.displayLabel), outcome.name, outcome.step.map(String.init) ?? "",
                point.map { csvNumber($0.position.x) } ?? "", point.map { csvNumber($0.position.y) } ?? "",
                point?.kind.rawValue ?? "", t.losses.last.map(csvNumber) ?? "",
                outcome.escaped.map { csvNumber($0.position.x) } ?? "", outcome.escaped.map { csvNumber($0.position.y) } ?? "",
                csvField(outcome.text(.long, quantity: quantity)),
            ]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    /// The outcome as a JSON object: `{"name", "summary", "step", "point": {"x", "y", "kind"},
    /// "escaped": {"x", "y", "kind"}}`, absent values `null`.
    static func jsonOutcome(_ outcome: Outcome, quantity: String) -> String {
        func point(_ c: CriticalPoint?) -> String {
            guard let c else { return "null" }
            return "{\"x\": \(jsonNumber(c.position.x)), \"y\": \(jsonNumber(c.position.y)), \"kind\": \"\(c.kind.rawValue)\"}"
        }
        return "{\"name\": \"\(outcome.name)\", \"summary\": \(jsonString(outcome.text(.long, quantity: quantity))), "
            + "\"step\": \(outcome.step.map(String.init) ?? "null"), \"point\": \(point(outcome.point)), "
            + "\"escaped\": \(point(outcome.escaped))}"
    }
}
