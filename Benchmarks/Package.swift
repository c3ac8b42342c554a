// swift-tools-version: 6.1
// The benchmark of ropa: a separate package so that `swift build` and `swift test` at the root
// never build it. Run it in release mode from the repository root:
//
//     swift run -c release --package-path Benchmarks ropa-bench run
//
// See docs/performance.md.
import PackageDescription

let package = Package(
    name: "ropa-benchmarks",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RegisterGenerator", targets: ["RegisterGenerator"]),
        .executable(name: "ropa-bench", targets: ["ropa-bench"]),
    ],
    dependencies: [
        .package(name: "ropa", path: ".."),
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
    ],
    targets: [
        .target(name: "RegisterGenerator"),
        .executableTarget(
            name: "ropa-bench",
            dependencies: [
                "RegisterGenerator",
                .product(name: "RopaKit", package: "ropa"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
