import Foundation
import Testing
@testable import RopaKit

/// The example register rendered in every format with a fixed date, compared byte for byte with
/// `Tests/RopaKitTests/Golden/register.*`. After an intended change, regenerate them with
/// `ROPA_UPDATE_GOLDEN=1 swift test --filter GoldenTests` and review the diff.
@Suite struct GoldenTests {
    typealias S = RenderingSupport

    static let golden = S.packageRoot + "/Tests/RopaKitTests/Golden"
    static let updating = ProcessInfo.processInfo.environment["ROPA_UPDATE_GOLDEN"] == "1"

    @Test(arguments: [(OutputFormat.html, "html"), (.markdown, "md"), (.json, "json"), (.csv, "csv")])
    func exampleRegisterMatchesItsGolden(format: OutputFormat, fileExtension: String) throws {
        let rendered = try S.render(S.example, format)
        let path = "\(Self.golden)/register.\(fileExtension)"
        if Self.updating {
            try FileManager.default.createDirectory(atPath: Self.golden, withIntermediateDirectories: true)
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) },
                                    "no golden file \(path): run ROPA_UPDATE_GOLDEN=1 swift test --filter GoldenTests")
        if rendered != expected {
            let renderedLines = rendered.components(separatedBy: "\n")
            let expectedLines = expected.components(separatedBy: "\n")
            let first = zip(renderedLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = first?.offset ?? min(renderedLines.count, expectedLines.count)
            Issue.record("""
                register.\(fileExtension) differs from its golden file from line \(line + 1):
                  expected: \(line < expectedLines.count ? expectedLines[line] : "<end of file>")
                  rendered: \(line < renderedLines.count ? renderedLines[line] : "<end of file>")
                If the change is intended: ROPA_UPDATE_GOLDEN=1 swift test --filter GoldenTests, then review git diff.
                """)
        }
    }
}
