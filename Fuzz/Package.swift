// swift-tools-version: 6.1
// The fuzz target of ropa: a separate package, built only with the sanitizers by Fuzz/run.sh, so
// that `swift build` and `swift test` at the root never build it. See docs/reliability.md.
import PackageDescription

let package = Package(
    name: "ropa-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ropa", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "ropa-fuzz",
            dependencies: [.product(name: "RopaKit", package: "ropa")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
