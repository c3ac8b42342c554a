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
        try Self.check(try S.render(S.example, format), against: "register.\(fileExtension)")
    }

    /// Compares `rendered` with `Golden/<name>`, or rewrites it when ROPA_UPDATE_GOLDEN=1.
    static func check(_ rendered: String, against name: String) throws {
        let path = "\(golden)/\(name)"
        if updating {
            try FileManager.default.createDirectory(atPath: golden, withIntermediateDirectories: true)
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
                \(name) differs from its golden file from line \(line + 1):
                  expected: \(line < expectedLines.count ? expectedLines[line] : "<end of file>")
                  rendered: \(line < renderedLines.count ? renderedLines[line] : "<end of file>")
                If the change is intended: ROPA_UPDATE_GOLDEN=1 swift test --filter GoldenTests, then review git diff.
                """)
        }
    }

    /// The documents for the people concerned and for deletion jobs, from the same register and date.
    @Test(arguments: [
        ("notice.fr.md", DocumentKind.notice, OutputFormat.markdown, Language.fr, false),
        ("notice.en.md", .notice, .markdown, .en, false),
        ("register.en.md", .register, .markdown, .en, false),
        ("notice.fr.html", .notice, .html, .fr, false),
        ("register.public.md", .register, .markdown, .fr, true),
        ("subject-prospects.md", .subject("prospects"), .markdown, .fr, false),
        ("subject-prospects.json", .subject("prospects"), .json, .fr, false),
        ("retention.csv", .retentionSchedule, .csv, .fr, false),
        ("retention.md", .retentionSchedule, .markdown, .fr, false),
        ("retention.json", .retentionSchedule, .json, .fr, false),
    ])
    func peopleDocumentsMatchTheirGolden(name: String, document: DocumentKind, format: OutputFormat, language: Language, isPublic: Bool) throws {
        try Self.check(try S.render(S.example, format, language: language, document: document, isPublic: isPublic), against: name)
    }
}
