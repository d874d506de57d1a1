import Descent
import Foundation

/// Reads `data:` of a network: one generator with its settings (`two_moons: {samples, noise,
/// seed}`...) or `csv: PATH` (relative to the scene file; the last column is the target).
struct DatasetReader {
    let value: YAMLValue
    /// The loss the scene asks for, which decides how CSV targets are read.
    let loss: LossKind?

    static let csvKey = "csv"

    func read() throws(SceneError) -> (Dataset, name: String) {
        let m = try value.mapping(allowed: DatasetGenerator.names + [Self.csvKey], context: "data")
        guard m.entries.count == 1, let (key, item) = m.entries.first else {
            throw value.error("needs exactly one data set: one of \((DatasetGenerator.names + [Self.csvKey]).joined(separator: ", "))")
        }
        if key == Self.csvKey { return try csv(item) }
        let s = try item.mapping(allowed: Self.settings(key), context: key)
        func number(_ name: String, _ fallback: Double, _ requirement: String, _ ok: (Double) -> Bool) throws(SceneError) -> Double {
            try s[name]?.number(requirement, ok) ?? fallback
        }
        let samples = try s["samples"]?.integer(in: SceneLimits.samples) ?? 200
        let noise = try number("noise", 0.1, ">= 0") { $0 >= 0 }
        let seed = try s["seed"].map { v throws(SceneError) in try RunReader.seed(v) } ?? 0
        let features = try s["features"]?.integer(in: 1...1000) ?? (key == "linear" || key == "polynomial" ? 1 : 2)
        // Checked before generating: the data are held about three times (generated, split,
        // the grid kernel's copy).
        let bytes = 3 * 8 * Double(samples) * Double(features + 1)
        guard bytes <= SceneLimits.networkBytes else {
            throw item.error("\(samples) samples of \(features) features would need about \(NumberFormat.bytes(bytes)) of memory; "
                             + "the limit is \(NumberFormat.bytes(SceneLimits.networkBytes))")
        }
        let generator: DatasetGenerator
        switch key {
        case "two_moons": generator = .twoMoons(samples: samples, noise: noise, seed: seed)
        case "circles": generator = .circles(samples: samples, noise: noise, factor: try number("factor", 0.5, "in (0, 1)") { $0 > 0 && $0 < 1 }, seed: seed)
        case "spirals": generator = .spirals(samples: samples, noise: noise, turns: try number("turns", 1.5, "in (0, 10]") { $0 > 0 && $0 <= 10 }, seed: seed)
        case "xor": generator = .xor(samples: samples, noise: noise, seed: seed)
        case "blobs":
            generator = .blobs(samples: samples, centers: try s["centers"]?.integer(in: 2...100) ?? 3,
                               features: features,
                               spread: try number("spread", 1, "> 0") { $0 > 0 }, seed: seed)
        case "linear":
            generator = .linear(samples: samples, noise: noise, slope: try number("slope", 1, "finite") { _ in true },
                                intercept: try number("intercept", 0, "finite") { _ in true }, seed: seed)
        default:
            let c = try s["coefficients"].map { v throws(SceneError) in try v.sequence().map { x throws(SceneError) in try x.number() } } ?? [0, 0, 1]
            guard !c.isEmpty, c.count <= 20 else { throw (s["coefficients"] ?? item).error("must list 1 to 20 coefficients") }
            generator = .polynomial(samples: samples, noise: noise, coefficients: c, seed: seed)
        }
        return (generator.generate(), "\(key.replacingOccurrences(of: "_", with: " ")) (\(samples) samples)")
    }

    static func settings(_ generator: String) -> [String] {
        let common = ["samples", "noise", "seed"]
        switch generator {
        case "circles": return common + ["factor"]
        case "spirals": return common + ["turns"]
        case "blobs": return ["samples", "seed", "centers", "features", "spread"]
        case "linear": return common + ["slope", "intercept"]
        case "polynomial": return common + ["coefficients"]
        default: return common
        }
    }

    /// A CSV file of numbers: every column but the last is an input, the last the target.
    private func csv(_ item: YAMLValue) throws(SceneError) -> (Dataset, name: String) {
        let path = try item.string()
        let resolved = path.hasPrefix("/") ? path : ((item.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: resolved) else {
            throw item.error("cannot read `\(path)`")
        }
        guard data.count <= SceneLimits.dataFileBytes else {
            throw item.error("`\(path)` is \(data.count) bytes; data files are at most \(SceneLimits.dataFileBytes / 1_000_000) MB")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw item.error("`\(path)` is not UTF-8 text") }
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch {
            throw item.error("`\(path)`" + (error.line.map { " line \($0)" } ?? "") + ": \(error.message)")
        }
        guard table.columnCount >= 2 else {
            throw item.error("`\(path)` needs at least two columns: inputs, then the target")
        }
        let features = table.columnCount - 1
        let inputs = table.rows.flatMap { $0.dropLast() }
        let targets = table.rows.map { $0[features] }
        let whole = targets.allSatisfy { $0 == $0.rounded() && $0 >= 0 }
        let classification = loss.map { $0 != .mse } ?? whole
        let name = "\((path as NSString).lastPathComponent) (\(table.rows.count) samples)"
        guard classification else {
            return (Dataset(inputs: inputs, targets: targets, featureCount: features, targetWidth: 1, task: .regression), name)
        }
        if let bad = targets.firstIndex(where: { !($0 == $0.rounded() && $0 >= 0 && $0 < 1000) }) {
            throw item.error("`\(path)`: \(loss?.rawValue ?? "classification") needs class labels 0, 1, 2… in the last column; row \(bad + 1) has \(NumberFormat.plain(targets[bad]))")
        }
        let classes = Int(targets.max()!) + 1
        guard Set(targets).count >= 2 else {
            throw item.error("`\(path)`: every label is \(NumberFormat.plain(targets[0])); classification needs at least two classes")
        }
        return (Dataset(inputs: inputs, targets: targets, featureCount: features, targetWidth: 1, task: .classification(classes: classes)), name)
    }
}
