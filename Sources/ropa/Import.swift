import ArgumentParser
import Foundation
import RopaKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a CNIL register workbook (.ods, or .xlsx saved from it) into a register directory.",
        discussion: """
            Every value lands under its key, or in the treatment's notes with its label; each written value names \
            the cell it came from. Then the new register is validated: errors are expected (the CNIL model has no \
            legal basis nor data source). See docs/import.md.
            Exit status: 0 imported (whatever validate says), 2 usage, unreadable workbook or output failure.
            """)

    @Argument(help: ArgumentHelp("The workbook: the CNIL's model or a copy of it (.ods or .xlsx).", valueName: "workbook"),
              completion: .file(extensions: ["ods", "xlsx"]))
    var workbook: String

    @Option(name: .shortAndLong, help: "The register directory to create.", completion: .directory)
    var output: String

    @Flag(help: "Replace the directory if it exists (it is replaced only once the new register is complete).")
    var force = false

    @Flag(help: "Import the CNIL's own example fiche (Gestion de la paie) too.")
    var includeExample = false

    @Flag(name: .shortAndLong, help: "Print the summary only, not the validation report.")
    var quiet = false

    @OptionGroup var date: DateOption

    func run() throws {
        let day = try date.resolved()
        let result: WorkbookImport
        switch WorkbookImport.run(contentsOf: workbook, options: .init(includeExample: includeExample)) {
        case .success(let value): result = value
        case .failure(let failure):
            // Nothing is written: the failure is one located diagnostic, as `validate` prints them.
            let reporter = TextReporter(useColour: Terminal.wantsColour(fileDescriptor: STDERR_FILENO))
            Terminal.printError(reporter.report([failure.diagnostic], sources: [:]))
            throw ExitCode(2)
        }
        if case .failure(let failure) = RegisterDirectory.write(result.files, to: output, replacing: force) {
            throw Failure(failure.description)
        }
        let reporter = TextReporter(useColour: Terminal.wantsColour(fileDescriptor: STDOUT_FILENO))
        let summary = result.summary
        var text = reporter.report(result.notes, sources: [:])
        text += """
            Imported \(summary.treatments) treatment\(summary.treatments == 1 ? "" : "s") from \(workbook) into \(output)/:
              \(summary.cells) non-empty cells: \(summary.modelCells) of the model itself (labels, placeholders),
              \(summary.mapped) values under their key, \(summary.keptAsNotes) kept as notes, \(summary.needAttention) to check (above).

            """
        if !summary.skippedSheets.isEmpty { text += "  Not imported: \(summary.skippedSheets.map { "'\($0)'" }.joined(separator: ", ")).\n" }
        Terminal.write(text)
        let check = RegisterCheck().run(directory: output, context: RuleContext(date: day))
        let diagnostics = check.diagnostics
        let report = quiet ? "" : reporter.report(diagnostics, sources: check.loaded.sources)
        Terminal.write("\nValidation of \(output)/ (what is left to write):\n" + report + reporter.summary(diagnostics, fileCount: check.loaded.fileCount))
    }
}
