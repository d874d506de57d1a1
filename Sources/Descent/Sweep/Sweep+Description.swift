extension Sweep {
    /// The scene-file names of the settings the swept value replaces in a run's summary.
    public var omittedSettings: Set<String> {
        switch parameter {
        case .beta: ["betas"]
        case .schedule, .lr: ["lr"]
        case .batchSize: ["batch_size"]
        default: [parameter.name]
        }
    }

    /// What the runs of one value share, for a subtitle, leaving out the swept setting:
    /// `SGD momentum=0.9, 100 steps from (−4, 2.5)`; with several runs per value, only the
    /// steps and start when all runs share them.
    public func sharedSettings(of run: Run) -> String {
        var parts: [String] = []
        if runsPerValue == 1 {
            let name = parameter == .optimizer ? nil : (run.label ?? run.optimizer.kind.displayName)
            let settings = run.settingsSummary(omitting: omittedSettings)
            let text = [name, settings.isEmpty ? nil : settings].compactMap { $0 }.joined(separator: " ")
            if !text.isEmpty { parts.append(text) }
        }
        var motion: [String] = []
        if parameter != .steps { motion.append("\(run.steps) steps") }
        if parameter != .start {
            motion.append("from (\(NumberFormat.short(run.start.x, significant: 4)), \(NumberFormat.short(run.start.y, significant: 4)))")
        }
        if !motion.isEmpty { parts.append(motion.joined(separator: " ")) }
        return parts.joined(separator: ", ")
    }
}
