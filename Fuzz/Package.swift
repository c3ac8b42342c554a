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
            dependencies: [.product(name: "RopaKit", package: "ropa")],
            // libFuzzer is linked into this program only; the coverage instrumentation and
            // AddressSanitizer come from run.sh's -Xswiftc/-Xcc flags, which reach every target
            // (RopaKit, Yams, libyaml) and also the host tools of build plugins, which must not
            // get libFuzzer's `main`.
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
