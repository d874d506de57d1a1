extension TrainingLog {
    /// The CSV of `logs`, one row per step of each: `network,label,step,train_loss`, then
    /// `validation_loss`, `train_accuracy`, `validation_accuracy` where any log has them, then
    /// `grad_norm_1` … `grad_norm_L` (layer 1 the input layer). Numbers as `TraceExport`
    /// writes them; a value a log lacks is `nan`.
    public static func csv(_ logs: [TrainingLog]) -> String {
        let columns = Column.present(in: logs)
        let layers = logs.map(\.layerCount).max() ?? 0
        var out = (["network", "label", "step"] + columns.map(\.rawValue) + (0..<layers).map { "grad_norm_\($0 + 1)" })
            .joined(separator: ",") + "\n"
        for (index, log) in logs.enumerated() {
            let label = TraceExport.csvField(log.label)
            for k in 0..<log.count {
                let norms = (0..<layers).map { $0 < log.layerCount ? log.layerGradientNorms[k][$0] : .nan }
                let fields = columns.map { log.value($0, at: k) } + norms
                out += "\(index),\(label),\(k)," + fields.map(TraceExport.csvNumber).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// `{"trainings": [{"network", "label", "final_step", "stopped_early_at_step", "steps":
    /// [{"step", "train_loss", …, "grad_norms": [layer 1, …]}]}]}`, the same columns as `csv`
    /// (absent values `null`).
    public static func json(_ logs: [TrainingLog]) -> String {
        let columns = Column.present(in: logs)
        let trainings = logs.enumerated().map { index, log in
            let steps = (0..<log.count).map { k in
                let values = columns.map { "\"\($0.rawValue)\": \(TraceExport.jsonNumber(log.value($0, at: k)))" }
                let norms = log.layerGradientNorms[k].map(TraceExport.jsonNumber).joined(separator: ", ")
                return "{" + (["\"step\": \(k)"] + values + ["\"grad_norms\": [\(norms)]"]).joined(separator: ", ") + "}"
            }
            let stopped = log.stoppedEarly.map(String.init) ?? "null"
            return "    {\"network\": \(index), \"label\": \(TraceExport.jsonString(log.label)), \"final_step\": \(log.finalIndex), "
                + "\"stopped_early_at_step\": \(stopped),\n     \"steps\": [\n      " + steps.joined(separator: ",\n      ") + "]}"
        }
        return "{\"trainings\": [\n" + trainings.joined(separator: ",\n") + "\n]}\n"
    }

    /// The optional columns of a log, in their order.
    enum Column: String, CaseIterable {
        case trainLoss = "train_loss", validationLoss = "validation_loss"
        case trainAccuracy = "train_accuracy", validationAccuracy = "validation_accuracy"

        /// The columns at least one of `logs` has; the training loss always.
        static func present(in logs: [TrainingLog]) -> [Column] {
            allCases.filter { column in column == .trainLoss || logs.contains { $0.values(column) != nil } }
        }
    }

    func values(_ column: Column) -> [Double]? {
        switch column {
        case .trainLoss: trainLosses
        case .validationLoss: validationLosses
        case .trainAccuracy: trainAccuracies
        case .validationAccuracy: validationAccuracies
        }
    }

    func value(_ column: Column, at k: Int) -> Double { values(column)?[k] ?? .nan }
}
