// swift-tools-version: 6.0
// libFuzzer targets for descent's parsers. A package of its own because a fuzz target has no
// `main` (libFuzzer brings it), which the main package's normal build could not link.
// Sources/Descent, Sources/DescentScene and the C targets they use are symlinks to the main
// package's sources.
//
//   cd Fuzz && swift build -c release --sanitize=fuzzer
//   SWIFT_BACKTRACE=enable=no .build/release/FuzzScene -max_total_time=60 corpus/scene
import PackageDescription

let package = Package(
    name: "descent-fuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "CGridKernel"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Descent", dependencies: ["CGridKernel", "CZlib"]),
        .target(name: "CHDF5Reader"),
        .target(name: "DescentScene", dependencies: ["Descent", "Yams", "CHDF5Reader"]),
        .executableTarget(name: "FuzzFormula", dependencies: ["Descent"]),
        .executableTarget(name: "FuzzScene", dependencies: ["DescentScene"]),
        // The data readers, each through the scene loader: the bytes are the file a scene names.
        .target(name: "FuzzSupport", dependencies: ["DescentScene"]),
        .executableTarget(name: "FuzzGridCSV", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzGridNPY", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzGridHDF5", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzNetworkCSV", dependencies: ["FuzzSupport"]),
    ]
)
