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

    /// The field of `key` over the file's coordinates. Every dataset's size is read from its
    /// header and checked (at most `SceneLimits.gridPoints` values, the surface one per grid
    /// point) before any is allocated, so a small file declaring a huge shape is refused at once.
    static func read(path: String, key: String) throws(Problem) -> Field {
        descent_h5_silence()
        let file = H5Fopen(path, descent_h5_read_only(), hid_t(H5P_DEFAULT))
        guard file >= 0 else { throw Problem(message: "is not a readable HDF5 file") }
        defer { H5Fclose(file) }
        let xs = try Dataset(file, "xcoordinates")
        defer { xs.close() }
        let ys = try Dataset(file, "ycoordinates")
        defer { ys.close() }
        let surface = try Dataset(file, key)
        defer { surface.close() }
        guard xs.count >= 2, ys.count >= 2 else {
            throw Problem(message: "needs at least two x and two y coordinates, got \(xs.count) and \(ys.count)")
        }
        guard surface.count == xs.count * ys.count else {
            throw Problem(message: "`\(key)` has \(surface.count) values, expected \(xs.count) × \(ys.count)")
        }
        let x = try xs.values(), y = try ys.values(), values = try surface.values()
        for (name, c) in [("xcoordinates", x), ("ycoordinates", y)] {
            if let bad = c.firstIndex(where: { !$0.isFinite }) {
                throw Problem(message: "`\(name)` value \(bad + 1) is \(NumberFormat.short(c[bad])); coordinates must be finite")
            }
            let step = (c.last! - c[0]) / Double(c.count - 1)
            guard step > 0, c.indices.allSatisfy({ abs(c[$0] - (c[0] + Double($0) * step)) <= 1e-6 * step }) else {
                throw Problem(message: "`\(name)` must increase in even steps")
            }
        }
        if let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw Problem(message: "`\(key)` at (\(NumberFormat.plain(x[bad % x.count])), \(NumberFormat.plain(y[bad / x.count]))) "
                          + "is \(NumberFormat.short(values[bad])); a grid needs finite numbers")
        }
        return Field(box: ViewBox(x: x[0]...x.last!, y: y[0]...y.last!), columns: x.count, rows: y.count, values: values)
    }

    /// An open dataset of one or two dimensions whose size has been checked.
    private struct Dataset {
        let name: String
        let handle: hid_t
        let count: Int

        init(_ file: hid_t, _ name: String) throws(Problem) {
            guard H5Lexists(file, name, hid_t(H5P_DEFAULT)) > 0 else {
                throw Problem(message: "has no dataset `\(name)`", missingKey: true)
            }
            let set = H5Dopen2(file, name, hid_t(H5P_DEFAULT))
            guard set >= 0 else { throw Problem(message: "cannot open dataset `\(name)`") }
            let space = H5Dget_space(set)
            defer { if space >= 0 { H5Sclose(space) } }
            let rank = space < 0 ? -1 : Int(H5Sget_simple_extent_ndims(space))
            guard (1...2).contains(rank) else {
                H5Dclose(set)
                throw Problem(message: "dataset `\(name)` has \(max(rank, 0)) dimensions, expected 1 or 2")
            }
            var dims = [hsize_t](repeating: 0, count: rank)
            H5Sget_simple_extent_dims(space, &dims, nil)
            // In Double: declared sizes may overflow Int.
            let declared = dims.reduce(1.0) { $0 * Double($1) }
            guard declared <= Double(SceneLimits.gridPoints) else {
                H5Dclose(set)
                throw Problem(message: "dataset `\(name)` declares \(NumberFormat.short(declared)) values "
                              + "(\(NumberFormat.bytes(8 * declared))); a grid holds at most \(SceneLimits.gridPoints)")
            }
            self.name = name
            handle = set
            count = Int(declared)
        }

        func values() throws(Problem) -> [Double] {
            var values = [Double](repeating: 0, count: count)
            guard H5Dread(handle, descent_h5_native_double(), hid_t(H5S_ALL), hid_t(H5S_ALL), hid_t(H5P_DEFAULT), &values) >= 0 else {
                throw Problem(message: "cannot read dataset `\(name)` as numbers")
            }
            return values
        }

        func close() { H5Dclose(handle) }
    }
}
