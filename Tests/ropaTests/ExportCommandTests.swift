import Foundation
import Testing

/// `ropa render --format ods` through the built binary: the CNIL's workbook written atomically to
/// a file, never to a terminal, and read back by `ropa import` into a register with the same
/// findings.
@Suite struct ExportCommandTests {
    let date = ["--date", "2026-12-01"]
    let example = PackagePaths.example

    /// The findings of `validate`, without where they are: the imported files are other files.
    func findings(_ output: String) -> [String] {
        printedDiagnostics(output).map { "\($0.severity) [\($0.rule)] \($0.message)" }.sorted()
    }

    @Test func theWorkbookImportsBackWithTheSameFindings() throws {
        let scratch = try ScratchRegister()
        let workbook = scratch.path("registre.ods")
        let render = try runRopa(["render", example, "--format", "ods", "-o", workbook] + date)
        #expect(render.status == 0, "\(render)")
        #expect(render.stdout.isEmpty)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: workbook))
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]), "a ZIP archive")

        let output = scratch.path("registre")
        let imported = try runRopa(["import", workbook, "--output", output, "--quiet"] + date)
        #expect(imported.status == 0, "\(imported)")
        #expect(imported.stdout.contains("Imported 12 treatments"), "\(imported)")
        #expect(imported.stdout.contains("0 kept as notes, 0 to check"), "\(imported)")

        let original = try runRopa(["validate", example] + date)
        let roundTripped = try runRopa(["validate", output] + date)
        #expect(original.status == roundTripped.status)
        let before = findings(original.stdout)
        #expect(!before.isEmpty, "the example register has warnings to compare")
        #expect(findings(roundTripped.stdout) == before, "\(roundTripped)")
        // Each finding points into the file of the same treatment (the import keeps the ids).
        let files = { (text: String) in Set(printedDiagnostics(text).map { URL(fileURLWithPath: $0.file).lastPathComponent }) }
        #expect(files(roundTripped.stdout) == files(original.stdout))
    }

    @Test func theNoticeIsNotAWorkbook() throws {
        let result = try runRopa(["notice", example, "--format", "ods", "-o", "/dev/null"] + date)
        #expect(result.status == 2, "\(result)")
        #expect(result.didNotCrash)
    }

    @Test(.enabled(if: terminalRunner != nil)) func aWorkbookIsNotPrintedOnATerminal() throws {
        let result = try runRopaOnTerminal(["render", example, "--format", "ods"] + date)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.contains("an ods workbook is a binary file: it is not printed on a terminal"), "\(result)")
        #expect(!result.stdout.contains("mimetype"), "no byte of the archive reached the terminal")
        // Nor through a path that names the terminal.
        let named = try runRopaOnTerminal(["render", example, "--format", "ods", "-o", "/dev/stdout"] + date)
        #expect(named.status == 2 && !named.stdout.contains("mimetype"), "\(named)")
        let tty = try runRopaOnTerminal(["render", example, "--format", "ods", "-o", "/dev/tty"] + date)
        #expect(tty.status == 2 && !tty.stdout.contains("mimetype"), "\(tty)")
    }

    @Test func aWorkbookMayGoToAPipe() throws {
        let result = try runRopa(["render", example, "--format", "ods"] + date)
        #expect(result.status == 0, "\(result.status) \(result.stderr)")
        #expect(result.stdout.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"))
    }
}
