// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "descent",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "descent", targets: ["DescentCLI"]),
        .library(name: "Descent", targets: ["Descent"]),
        .library(name: "DescentScene", targets: ["DescentScene"]),
        .library(name: "DescentRender", targets: ["DescentRender"]),
        .executable(name: "descent-soak", targets: ["DescentSoak"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The float32 grid kernel: C, so it can be compiled for AVX2+FMA and chosen at run time.
        // The numeric core is optimized even in debug builds: the tests train networks and render
        // every scene, which unoptimized code makes ten to fifty times slower.
        .target(name: "CGridKernel", cSettings: [.unsafeFlags(["-O2"], .when(configuration: .debug))]),
        .target(
            name: "Descent", dependencies: ["CGridKernel", "CZlib"],
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // HDF5: the grids Li et al.'s loss-landscape code writes (`surface: {grid: x.h5}`).
        .systemLibrary(
            name: "CHDF5",
            pkgConfig: "hdf5",
            providers: [.apt(["libhdf5-dev"])]
        ),
        // Reads HDF5 grids in a child process: a malformed file can crash libhdf5 itself.
        .target(name: "CHDF5Reader", dependencies: ["CHDF5"]),
        .target(name: "DescentScene", dependencies: ["Descent", "Yams", "CHDF5Reader"]),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        // zlib: Cairo's own PNG writer (libpng, level 6, every filter) takes 4x longer for
        // the same file size as deflate at level 3 without filters; zlib comes with Cairo anyway.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libwebp's animation encoder (libwebpmux) for animated WebP; libwebpdemux decodes
        // them back in tests.
        .systemLibrary(
            name: "CWebP",
            pkgConfig: "libwebpmux",
            providers: [.apt(["libwebp-dev"])]
        ),
        .target(name: "DescentRender", dependencies: ["Descent", "CCairo", "CZlib", "CWebP"]),
        .executableTarget(
            name: "DescentCLI",
            dependencies: [
                "Descent", "DescentScene", "DescentRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // glibc's malloc statistics (mallinfo2), which Swift's Glibc module leaves out.
        .systemLibrary(name: "CMalloc"),
        // Renders every scene many times in one process and prints memory per pass (scripts/bench-soak.sh).
        .executableTarget(
            name: "DescentSoak",
            dependencies: [
                "Descent", "DescentScene", "DescentRender", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DescentTests", dependencies: ["Descent"], exclude: ["Fixtures"]),
        .testTarget(name: "DescentSceneTests", dependencies: ["DescentScene", "CHDF5"]),
        .testTarget(name: "DescentRenderTests", dependencies: ["DescentRender", "DescentScene"]),
        .testTarget(name: "DescentCLITests", dependencies: ["DescentCLI"], exclude: ["BadScenes"]),
    ]
)
