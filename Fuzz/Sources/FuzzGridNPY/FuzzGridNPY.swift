import FuzzSupport

/// libFuzzer entry: any bytes as the `.npy` grid of `surface: {grid: grid.npy}` must load or
/// fail with a SceneError; a loaded grid is built, sampled, simulated on and analysed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGridNPY(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    DataFileFuzzing.run(data, size, file: "grid.npy", scene: DataFileFuzzing.gridScene("grid.npy"))
    return 0
}
