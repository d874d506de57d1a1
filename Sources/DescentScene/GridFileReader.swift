import Descent
import Foundation

/// Reads `surface: {grid: PATH, key: NAME}`: a surface sampled elsewhere. By extension:
/// `.csv` and `.npy` hold (x, y, value) rows (as `descent grid` writes them); `.h5`/`.hdf5`
/// are the files of Li et al.'s loss-landscape code (`xcoordinates`, `ycoordinates` and the
/// surface named by `key`, default `train_loss`).
struct GridFileReader {
    let surface: YAMLMapping
    let file: YAMLValue

    func read() throws(SceneError) -> LandscapeSource {
        let path = try file.string()
        let resolved = path.hasPrefix("/") ? path : ((file.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
        let ext = (path as NSString).pathExtension.lowercased()
        let key = try surface["key"]?.string()
        if key != nil, ext != "h5", ext != "hdf5" { throw surface["key"]!.error("only HDF5 grids have keys") }
        guard FileManager.default.isReadableFile(atPath: resolved),
              let size = (try? FileManager.default.attributesOfItem(atPath: resolved))?[.size] as? Int else {
            throw file.error("cannot read `\(path)`")
        }
        guard size <= SceneLimits.dataFileBytes else {
            throw file.error("`\(path)` is \(size) bytes; grid files are at most \(SceneLimits.dataFileBytes / 1_000_000) MB")
        }
        let name = (path as NSString).lastPathComponent
        switch ext {
        case "csv", "npy":
            guard let data = FileManager.default.contents(atPath: resolved) else { throw file.error("cannot read `\(path)`") }
            let points: [[Double]], field: Field
            do {
                points = try GridFileFormat(rawValue: ext)!.decode(data)
            } catch {
                throw file.error("`\(path)`" + (error.line.map { " line \($0)" } ?? "") + ": \(error.message)")
            }
            do {
                field = try GridPoints.field(points.map { ($0[0], $0[1], $0[2]) })
            } catch {
                throw file.error("`\(path)`: \(error.message)")
            }
            try checkBox(field, path: path)
            return .grid(ImportedGrid(field: field, source: name, quantity: "loss"))
        case "h5", "hdf5":
            let quantity = key ?? "train_loss"
            let field: Field
            do {
                field = try HDF5Grid.read(path: resolved, key: quantity)
            } catch {
                throw (key != nil && error.missingKey ? surface["key"]! : file).error("`\(path)`: \(error.message)")
            }
            try checkBox(field, path: path)
            return .grid(ImportedGrid(field: field, source: name, quantity: quantity))
        default:
            throw file.error("`\(path)`: unknown grid format `.\(ext)`; expected .csv, .npy, .h5 or .hdf5")
        }
    }

    /// The grid's box becomes the view when the scene gives none: it must be one a view may be.
    private func checkBox(_ field: Field, path: String) throws(SceneError) {
        for (axis, range) in [("x", field.box.x), ("y", field.box.y)] {
            if let problem = ViewReader.rangeProblem(range.lowerBound, range.upperBound) {
                throw file.error("`\(path)`: its \(axis) values \(problem)")
            }
        }
    }
}
