import FuzzSupport

/// libFuzzer entry: any bytes as the CSV grid of `surface: {grid: grid.csv}` must load or fail
/// with a SceneError; a loaded grid is built, sampled, simulated on and analysed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGridCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    DataFileFuzzing.run(data, size, file: "grid.csv", scene: DataFileFuzzing.gridScene("grid.csv"))
    return 0
}
