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
        // The live preview's HTTP server (`descent serve`): HTTP/1.1 parsing, keep-alive and
        // streamed responses (server-sent events) on SwiftNIO, not written by hand.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
    ],
    targets: [
        // The float32 grid kernel: C, so it can be compiled for AVX2+FMA and chosen at run time.
        // The numeric core is optimized even in debug builds: the tests train networks and render
        // every scene, which unoptimized code makes ten to fifty times slower.
        .target(name: "CGridKernel", cSettings: [.unsafeFlags(["-O2"], .when(configuration: .debug))]),
        .target(
            name: "Descent", dependencies: ["CGridKernel"],
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
        // `descent watch` and `descent serve`: file watching, live renders, the HTTP server and page.
        .target(
            name: "DescentServe",
            dependencies: [
                "Descent", "DescentScene", "DescentRender", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "DescentCLI",
            dependencies: [
                "Descent", "DescentScene", "DescentRender", "DescentServe",
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
        .testTarget(name: "DescentTests", dependencies: ["Descent"]),
        .testTarget(name: "DescentSceneTests", dependencies: ["DescentScene", "CHDF5"]),
        .testTarget(name: "DescentRenderTests", dependencies: ["DescentRender", "DescentScene"]),
        .testTarget(name: "DescentCLITests", dependencies: ["DescentCLI"], exclude: ["BadScenes"]),
        .testTarget(name: "DescentServeTests", dependencies: ["DescentServe"]),
    ]
)
