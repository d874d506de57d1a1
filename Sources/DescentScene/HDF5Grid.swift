import CHDF5Reader
import Descent

/// Reads a loss surface from an HDF5 file as Li et al.'s loss-landscape code writes it:
/// 1-D `xcoordinates` and `ycoordinates`, and a surface (`train_loss`, `train_acc`,
/// `test_loss`…) with one value per (x, y); the flat values are ordered x fastest, as that
/// code fills them (`np.meshgrid(x, y)` raveled).
///
/// The HDF5 library reads the file in another process (`descent_h5_read_grid`: this program
/// started again, which loads libhdf5 with dlopen; descent itself never loads it): libhdf5
/// 1.10 crashes on some malformed files (the fuzzer found one within a minute), and such a
/// file must give an error line, not end descent. Every dataset's size is read from its header and
/// checked (an axis at most `SceneLimits.gridAxisPoints` values, the surface one per grid
/// point) before it is read, so a small file declaring a huge shape is refused at once.
enum HDF5Grid {
    struct Problem: Error {
        let message: String
        /// True when the file is readable but lacks the dataset asked for.
        var missingKey = false
    }

    /// Seconds the reading process may take before it is stopped (200 MB of data read in well
    /// under a second; a malformed file may send the library into a loop).
    static let timeout: Int32 = 60

    static func read(path: String, key: String) throws(Problem) -> Field {
        let names = ["xcoordinates", "ycoordinates", key]
        var grid = descent_h5_grid()
        defer { descent_h5_grid_free(&grid) }
        let status = names[0].withCString { x in
            names[1].withCString { y in
                names[2].withCString { k in
                    var pointers: [UnsafePointer<CChar>?] = [x, y, k]
                    let limits = [Double(SceneLimits.gridAxisPoints), Double(SceneLimits.gridAxisPoints), Double(SceneLimits.gridPoints)]
                    return descent_h5_read_grid(path, &pointers, limits, timeout, &grid)
                }
            }
        }
        let failed = grid.failed >= 0 ? names[Int(grid.failed)] : ""
        switch status {
        case DESCENT_H5_OK, DESCENT_H5_NOT_READ: break
        case DESCENT_H5_UNREADABLE_FILE: throw Problem(message: "is not a readable HDF5 file")
        case DESCENT_H5_CRASHED: throw Problem(message: "is not a readable HDF5 file (the HDF5 library crashed on it)")
        case DESCENT_H5_TIMED_OUT: throw Problem(message: "could not be read in \(timeout) seconds (the HDF5 library did not finish)")
        case DESCENT_H5_MISSING: throw Problem(message: "has no dataset `\(failed)`", missingKey: true)
        case DESCENT_H5_CANNOT_OPEN: throw Problem(message: "cannot open dataset `\(failed)`")
        case DESCENT_H5_BAD_RANK: throw Problem(message: "dataset `\(failed)` has \(max(grid.rank, 0)) dimensions, expected 1 or 2")
        case DESCENT_H5_TOO_LARGE:
            let most = grid.failed == 2 ? "a grid holds at most \(SceneLimits.gridPoints)" : "an axis holds at most \(SceneLimits.gridAxisPoints)"
            throw Problem(message: "dataset `\(failed)` declares \(NumberFormat.short(grid.declared)) values "
                          + "(\(NumberFormat.bytes(8 * grid.declared))); \(most)")
        case DESCENT_H5_CANNOT_READ: throw Problem(message: "cannot read dataset `\(failed)` as numbers")
        case DESCENT_H5_NO_LIBRARY: throw Problem(message: "cannot be read: " + String(cString: descent_h5_install_hint()))
        default: throw Problem(message: "could not be read (no process to read it in)")
        }
        let xCount = Int(grid.counts.0), yCount = Int(grid.counts.1)
        guard xCount >= 2, yCount >= 2 else {
            throw Problem(message: "needs at least two x and two y coordinates, got \(xCount) and \(yCount)")
        }
        guard status == DESCENT_H5_OK else {
            throw Problem(message: "`\(key)` has \(NumberFormat.plain(grid.declared)) values, expected \(xCount) × \(yCount)")
        }
        let x = Array(UnsafeBufferPointer(start: grid.values.0, count: xCount))
        let y = Array(UnsafeBufferPointer(start: grid.values.1, count: yCount))
        let values = Array(UnsafeBufferPointer(start: grid.values.2, count: Int(grid.counts.2)))
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
}
