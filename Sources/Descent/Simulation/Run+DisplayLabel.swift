extension Run {
    /// The legend label: `label` when set, else the optimizer's display name, its hyperparameters
    /// that differ from PyTorch's defaults (`momentum=0.9`, `nesterov`, `β=(0.9, 0.99)`), the
    /// learning rate (`lr=0.001`, `lr=exp 0.05×0.5^(t/100)`), then noise and clipping when set
    /// (`noise σ=0.5`, `clip_value=1`, `clip_norm=1`).
    public var displayLabel: String {
        label ?? "\(optimizer.kind.displayName) \(settingsSummary)"
    }

    /// The run's settings without the optimizer's name: hyperparameters that differ from
    /// PyTorch's defaults, the learning rate, noise and clipping (`momentum=0.9 lr=0.001`).
    public var settingsSummary: String { settingsSummary(omitting: []) }

    /// `settingsSummary` without the settings named in `omitted` (scene-file names: `lr`,
    /// `momentum`, `betas`, `noise`, `clip_norm`, `clip_value`), for a sweep that names the
    /// swept value elsewhere.
    public func settingsSummary(omitting omitted: Set<String>) -> String {
        let f = NumberFormat.plain
        let defaults = Hyperparameters.defaults(for: optimizer.kind)
        var parts: [String] = []
        for spec in optimizer.kind.parameters where !omitted.contains(spec.name) {
            let value = spec.get(optimizer.hyperparameters)
            guard value != spec.get(defaults) else { continue }
            switch spec.type {
            case .bool: parts.append(spec.name)   // every flag defaults to False
            case .pair: parts.append("β=(\(value.map(f).joined(separator: ", ")))")
            case .real: parts.append("\(spec.name)=\(value.map(f).joined(separator: ", "))")
            }
        }
        if !omitted.contains("lr") { parts.append("lr=\(lr.summary)") }
        if let batchSize, !omitted.contains("batch_size") { parts.append("batch \(batchSize)") }
        if noise != 0 && !omitted.contains("noise") { parts.append("noise σ=\(f(noise))") }
        if let clipValue, !omitted.contains("clip_value") { parts.append("clip_value=\(f(clipValue))") }
        if let clipNorm, !omitted.contains("clip_norm") { parts.append("clip_norm=\(f(clipNorm))") }
        return parts.joined(separator: " ")
    }
}
