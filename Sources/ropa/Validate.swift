import ArgumentParser
import Foundation
import RopaKit

extension DiagnosticFormat: ExpressibleByArgument {}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a register: structure, references, dates, vocabularies.",
        discussion: "Exit status: 0 no error (warnings allowed), 1 the register has errors, 2 usage or input failure.")

    @OptionGroup var register: RegisterOptions

    @Option(help: "Output format: \(DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiagnosticFormat = .text

    @Flag(name: .shortAndLong, help: "Print errors only, and no summary (text format).")
    var quiet = false

    func run() throws {
        let loaded = register.load()
        let diagnostics = loaded.diagnostics
        let context = ReportContext(toolVersion: Ropa.version, fileCount: loaded.fileCount, checks: DiagnosticID.catalogue)
        switch format {
        case .text:
            let reporter = TextReporter(useColour: Terminal.wantsColour(fileDescriptor: STDOUT_FILENO), errorsOnly: quiet)
            var output = reporter.report(diagnostics, sources: loaded.sources)
            if !quiet { output += reporter.summary(diagnostics, fileCount: loaded.fileCount) }
            Terminal.write(output)
        case .json:
            Terminal.write(JSONReporter().report(diagnostics, context: context))
        case .sarif:
            Terminal.write(SARIFReporter().report(diagnostics, context: context))
        case .github:
            Terminal.write(GitHubReporter().report(diagnostics, context: context))
        }
        throw ExitCode(Self.exitStatus(diagnostics))
    }

    static func exitStatus(_ diagnostics: [Diagnostic]) -> Int32 {
        if diagnostics.contains(where: \.isInputFailure) { return 2 }
        return diagnostics.hasErrors ? 1 : 0
    }
}
