import FuzzSupport

/// libFuzzer entry: any bytes as the HDF5 grid of `surface: {grid: grid.h5}` (Li et al.'s
/// layout) must load or fail with a SceneError; a loaded grid is built, sampled, simulated on
/// and analysed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGridHDF5(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    DataFileFuzzing.run(data, size, file: "grid.h5", scene: DataFileFuzzing.gridScene("grid.h5"))
    return 0
}
