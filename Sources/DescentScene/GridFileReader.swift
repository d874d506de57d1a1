import Descent
import Foundation

/// Reads `surface: {grid: PATH, key: NAME}`: a surface sampled elsewhere. By extension:
/// `.csv` and `.npy` hold (x, y, value) rows (as `descent grid` writes them); a `.npy` may also
/// be a matrix of values over the view's box (see `npyMatrix`); `.h5`/`.hdf5` are the files of
/// Li et al.'s loss-landscape code (`xcoordinates`, `ycoordinates` and the surface named by
/// `key`, default `train_loss`).
struct GridFileReader {
    let surface: YAMLMapping
    let file: YAMLValue
    /// The scene's `view:`: the box a matrix covers.
    let view: YAMLValue?

    func read() throws(SceneError) -> LandscapeSource {
        let path = try file.string()
        let resolved = path.hasPrefix("/") ? path : ((file.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
        let ext = (path as NSString).pathExtension.lowercased()
        for key in ["plane", "line", "split"] where surface[key] != nil {
            throw surface[key]!.error("belongs to a network surface; a grid read from a file is drawn as it is")
        }
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
            return .grid(ImportedGrid(field: try pointsOrMatrix(data, npy: ext == "npy", path: path), source: name, quantity: "loss"))
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

    /// The field of a CSV or `.npy` file of x, y, value rows, or of a `.npy` matrix over the
    /// view's box.
    private func pointsOrMatrix(_ data: Data, npy: Bool, path: String) throws(SceneError) -> Field {
        let points: [[Double]]
        var hint = ""
        if npy {
            let array = try npyArray(data, path: path)
            // The view gives a matrix its box, already checked as a view's.
            guard array.shape[1] == 3 else { return try npyMatrix(array, path: path) }
            points = GridFileFormat.rows(array)
            if view?.node.mapping?["x"] != nil, view?.node.mapping?["y"] != nil {
                hint = " (an array of shape (N, 3) holds x, y, value rows; a matrix of values needs another number of columns)"
            }
        } else {
            do {
                points = try GridFileFormat.csv.decode(data)
            } catch {
                throw file.error("`\(path)`" + (error.line.map { " line \($0)" } ?? "") + ": \(error.message)")
            }
        }
        let field: Field
        do {
            field = try GridPoints.field(points.map { ($0[0], $0[1], $0[2]) })
        } catch {
            throw file.error("`\(path)`: \(error.message)" + hint)
        }
        try checkBox(field, path: path)
        return field
    }

    /// The grid's box becomes the view when the scene gives none: it must be one a view may be.
    private func checkBox(_ field: Field, path: String) throws(SceneError) {
        for (axis, range) in [("x", field.box.x), ("y", field.box.y)] {
            if let problem = ViewReader.rangeProblem(range.lowerBound, range.upperBound) {
                throw file.error("`\(path)`: its \(axis) values \(problem)")
            }
        }
    }

    /// A 2-D array.
    private func npyArray(_ data: Data, path: String) throws(SceneError) -> NPYArray {
        let array: NPYArray
        do {
            array = try NPYArray(data: data)
        } catch {
            throw file.error("`\(path)`: \(error.message)")
        }
        guard array.shape.count == 2 else {
            throw file.error("`\(path)`: has shape \(NPYArray.tuple(array.shape)); expected rows of x, y, value (N, 3) or a matrix of values (rows, columns)")
        }
        return array
    }

    /// A matrix `Z` of shape (rows, columns) as NumPy users hold a sampled surface: `Z[i, j]`
    /// is the value at x = xs[j], y = ys[i] (`np.meshgrid(xs, ys)`, default `indexing='xy'`),
    /// with `xs` and `ys` evenly spaced over the view's `x` and `y`, ends included
    /// (`np.linspace`): row 0 lies at the lowest y. The file has no coordinates, so the scene
    /// must give the box.
    private func npyMatrix(_ array: NPYArray, path: String) throws(SceneError) -> Field {
        let (rows, columns) = (array.shape[0], array.shape[1])
        guard rows >= 2, columns >= 2 else {
            throw file.error("`\(path)`: is a matrix of shape \(NPYArray.tuple(array.shape)); a surface needs at least 2 rows and 2 columns")
        }
        if let i = array.values.firstIndex(where: { !$0.isFinite }) {
            let (row, column) = i.quotientAndRemainder(dividingBy: columns)
            throw file.error("`\(path)`: holds \(NumberFormat.short(array.values[i])) at [\(row), \(column)]; every value must be a finite number")
        }
        let m = try view.map { v throws(SceneError) in try v.mapping(allowed: ViewReader.keys) }
        guard let x = m?["x"], let y = m?["y"] else {
            throw file.error("`\(path)`: is a \(rows) × \(columns) matrix of values without coordinates: give `view.x` and `view.y`, the box it covers (row 0 at the lowest y)")
        }
        return Field(box: ViewBox(x: try ViewReader.range(x), y: try ViewReader.range(y)), columns: columns, rows: rows,
                     values: array.values)
    }
}
