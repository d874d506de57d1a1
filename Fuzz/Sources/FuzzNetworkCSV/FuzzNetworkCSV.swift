import FuzzSupport

/// libFuzzer entry: any bytes as the training data of a network (`data: {csv: data.csv}`) must
/// load or fail with a SceneError; a loaded network's landscape is computed on a small grid and
/// a run takes a few mini-batch steps on it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNetworkCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    DataFileFuzzing.run(data, size, file: "data.csv", scene: """
        surface:
          network: {data: {csv: data.csv}, layers: [4], train: {optimizer: adam, lr: 0.01, steps: 3}}
        view: {resolution: 5}
        runs: [{optimizer: sgd, lr: 0.1, start: [0.2, -0.1], steps: 10}]
        """)
    return 0
}
