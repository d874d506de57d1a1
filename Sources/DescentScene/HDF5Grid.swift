import CHDF5
import Descent

/// Reads a loss surface from an HDF5 file as Li et al.'s loss-landscape code writes it:
/// 1-D `xcoordinates` and `ycoordinates`, and a surface (`train_loss`, `train_acc`,
/// `test_loss`…) with one value per (x, y); the flat values are ordered x fastest, as that
/// code fills them (`np.meshgrid(x, y)` raveled).
enum HDF5Grid {
    struct Problem: Error {
        let message: String
        /// True when the file is readable but lacks the dataset asked for.
        var missingKey = false
    }

    static func read(path: String, key: String) throws(Problem) -> Field {
        descent_h5_silence()
        let file = H5Fopen(path, descent_h5_read_only(), hid_t(H5P_DEFAULT))
        guard file >= 0 else { throw Problem(message: "is not a readable HDF5 file") }
        defer { H5Fclose(file) }
        let xs = try dataset(file, "xcoordinates")
        let ys = try dataset(file, "ycoordinates")
        let values = try dataset(file, key)
        guard xs.values.count >= 2, ys.values.count >= 2, xs.values.allSatisfy(\.isFinite), ys.values.allSatisfy(\.isFinite) else {
            throw Problem(message: "needs at least two finite x and y coordinates")
        }
        guard values.values.count == xs.values.count * ys.values.count else {
            throw Problem(message: "`\(key)` has \(values.values.count) values, expected \(xs.values.count) × \(ys.values.count)")
        }
        for (name, c) in [("xcoordinates", xs.values), ("ycoordinates", ys.values)] {
            let step = (c.last! - c[0]) / Double(c.count - 1)
            guard step > 0, c.indices.allSatisfy({ abs(c[$0] - (c[0] + Double($0) * step)) <= 1e-6 * step }) else {
                throw Problem(message: "`\(name)` must increase in even steps")
            }
        }
        return Field(box: ViewBox(x: xs.values[0]...xs.values.last!, y: ys.values[0]...ys.values.last!),
                     columns: xs.values.count, rows: ys.values.count, values: values.values)
    }

    private static func dataset(_ file: hid_t, _ name: String) throws(Problem) -> (dims: [Int], values: [Double]) {
        guard H5Lexists(file, name, hid_t(H5P_DEFAULT)) > 0 else {
            throw Problem(message: "has no dataset `\(name)`", missingKey: true)
        }
        let set = H5Dopen2(file, name, hid_t(H5P_DEFAULT))
        guard set >= 0 else { throw Problem(message: "cannot open dataset `\(name)`") }
        defer { H5Dclose(set) }
        let space = H5Dget_space(set)
        defer { H5Sclose(space) }
        let rank = Int(H5Sget_simple_extent_ndims(space))
        guard (1...2).contains(rank) else { throw Problem(message: "dataset `\(name)` has \(rank) dimensions, expected 1 or 2") }
        var dims = [hsize_t](repeating: 0, count: rank)
        H5Sget_simple_extent_dims(space, &dims, nil)
        let count = dims.reduce(1) { $0 * Int($1) }
        guard count <= 100_000_000 else { throw Problem(message: "dataset `\(name)` is too large (\(count) values)") }
        var values = [Double](repeating: 0, count: count)
        guard H5Dread(set, descent_h5_native_double(), hid_t(H5S_ALL), hid_t(H5S_ALL), hid_t(H5P_DEFAULT), &values) >= 0 else {
            throw Problem(message: "cannot read dataset `\(name)` as numbers")
        }
        return (dims.map { Int($0) }, values)
    }
}
