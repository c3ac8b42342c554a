import Foundation
import Testing
@testable import RopaKit

/// Hostile and broken workbooks (Tests/Fixtures/spreadsheets/hostile/, made by
/// make-fixtures.py): each is one clear failure, with a sentence and a help, and no workbook.
@Suite struct SpreadsheetHostileTests {
    static func failure(_ name: String, limits: SpreadsheetLimits = .default) throws -> SpreadsheetFailure {
        let path = fixturePath("spreadsheets/hostile/\(name)")
        guard case .failure(let failure) = SpreadsheetReader.read(contentsOf: path, limits: limits) else {
            throw Unexpected(name: name)
        }
        #expect(failure.file == path)
        #expect(failure.message.hasSuffix("."), "\(failure.message)")
        #expect(!failure.help.isEmpty)
        let diagnostic = failure.diagnostic
        #expect(diagnostic.id == failure.kind.rawValue)
        #expect(diagnostic.location == SourceLocation.start(of: path))
        #expect(diagnostic.help == failure.help)
        return failure
    }

    struct Unexpected: Error { var name: String }

    @Test(arguments: [
        // ZIP bombs: a header declaring 300 MB; 20 MB of spaces in 20 kB (a ratio over 500);
        // a header declaring 1,000 bytes for 20 MB (counted while extracting).
        ("bomb-declared-size.ods", SpreadsheetFailure.Kind.tooLarge),
        ("bomb-ratio.ods", .tooLarge),
        ("bomb-lying-header.ods", .unsafe),
        // Entities: refused before any parsing.
        ("billion-laughs.ods", .unsafe),
        ("external-entity.xlsx", .unsafe),
        // A repeated row of a million non-empty cells, in 900 bytes.
        ("million-rows.ods", .tooLarge),
        ("path-traversal.xlsx", .unsafe),
        ("truncated.ods", .damaged),
        ("corrupt-content.ods", .damaged),
        // A deflate stream that never ends: a failure, not a hang (nor a crash).
        ("endless-deflate.ods", .damaged),
        ("password.ods", .passwordProtected),
        ("password.xlsx", .passwordProtected),
        ("encrypted-manifest.ods", .passwordProtected),
        ("legacy.xls", .notAWorkbook),
        ("not-a-zip.xlsx", .notAWorkbook),
        ("word-document.xlsx", .notAWorkbook),
        ("text-document.ods", .notAWorkbook),
        ("empty.ods", .notAWorkbook),
    ])
    func refused(name: String, kind: SpreadsheetFailure.Kind) throws {
        let failure = try Self.failure(name)
        #expect(failure.kind == kind, "\(name): \(failure)")
    }

    @Test func whatEachFailureSays() throws {
        #expect(try Self.failure("password.xlsx").message == "The workbook is password-protected.")
        #expect(try Self.failure("password.xlsx").help == "Open it, save it without a password, and import the copy.")
        #expect(try Self.failure("legacy.xls").message.contains("Excel 97–2003 workbook (.xls)"))
        #expect(try Self.failure("not-a-zip.xlsx").message.contains("a text file"))
        #expect(try Self.failure("word-document.xlsx").message.contains("a Word document"))
        #expect(try Self.failure("text-document.ods").message.contains("OpenDocument text document"))
        #expect(try Self.failure("path-traversal.xlsx").message.contains("'../../evil.sh'"))
        #expect(try Self.failure("bomb-ratio.ods").help.contains("maxCompressionRatio"))
        let million = try Self.failure("million-rows.ods")
        #expect(million.message.contains("more than 500000 non-empty cells (sheet 'Feuille1')"))
        #expect(million.help.contains("maxCells"))
        let entity = try Self.failure("billion-laughs.ods")
        #expect(entity.part == "content.xml")
        #expect(entity.diagnostic.notes.map(\.message) == ["in the workbook's part 'content.xml'"])
    }

    @Test func malformedXMLSaysWhereInWhichPart() throws {
        let failure = try Self.failure("malformed-content.ods")
        #expect(failure.kind == .damaged)
        #expect(failure.part == "content.xml")
        #expect(failure.line == 3)
        #expect(failure.diagnostic.notes.first?.message.hasPrefix("in the workbook's part 'content.xml' (line 3") == true)
    }

    /// Every limit fails with its option named, on a real workbook, whatever the format (the
    /// compression ratio is judged past 1 MiB only: bomb-ratio.ods above).
    @Test func eachLimitIsEnforced() throws {
        let ods = fixturePath("cnil-model/registre-traitement-simplifie.ods")
        let xlsx = fixturePath("spreadsheets/libreoffice/registre-traitement-simplifie.xlsx")
        let cases: [(String, SpreadsheetLimits, String)] = [
            (ods, SpreadsheetLimits(maxFileBytes: 1_000), "maxFileBytes"),
            (ods, SpreadsheetLimits(maxPartBytes: 100_000), "maxPartBytes"),
            (xlsx, SpreadsheetLimits(maxTotalBytes: 1_000_000), "maxTotalBytes"),
            (ods, SpreadsheetLimits(maxEntries: 3), "maxEntries"),
            (ods, SpreadsheetLimits(maxSheets: 4), "maxSheets"),
            (ods, SpreadsheetLimits(maxCells: 100), "maxCells"),
            (xlsx, SpreadsheetLimits(maxCells: 100), "maxCells"),
        ]
        for (path, limits, option) in cases {
            guard case .failure(let failure) = SpreadsheetReader.read(contentsOf: path, limits: limits) else {
                Issue.record("\(option) not enforced on \(path)")
                continue
            }
            #expect(failure.kind == .tooLarge, "\(option)")
            #expect(failure.help.contains(option), "\(option): \(failure.help)")
        }
    }

    @Test func aMissingFileOrAFolderIsUnreadable() {
        for path in [fixturePath("spreadsheets/no-such-file.ods"), fixturePath("spreadsheets")] {
            #expect(SpreadsheetReader.read(contentsOf: path).failureValue?.kind == .unreadable, "\(path)")
        }
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
