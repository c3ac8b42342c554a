import ArgumentParser
import Foundation
import RopaKit

extension DiagnosticFormat: ExpressibleByArgument {}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a register: structure, references, dates, vocabularies, and the GDPR/CNIL rules.",
        discussion: """
        The rules depend on the register's date (adequacy decisions in force, laws that start on a given day, \
        freshness): --date, else SOURCE_DATE_EPOCH, else today (UTC). 'ropa rules' lists the rules.
        Exit status: 0 no error (warnings allowed unless --strict), 1 the register has errors, 2 usage or input failure.
        """)

    @OptionGroup var register: RegisterOptions

    @Option(help: "Output format: \(DiagnosticFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DiagnosticFormat = .text

    @OptionGroup var date: DateOption

    @Option(name: .customLong("review-months"), help: "Warn about fiches not updated for more than this many months.")
    var reviewMonths: Int = RuleContext.defaultReviewPeriodMonths

    @Option(name: .customLong("docs-url"), help: ArgumentHelp(
        "With --format sarif: where docs/rules.md is published, so that each rule links to its section.",
        valueName: "url"))
    var documentationURL: String?

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print errors only, and no summary (text format).")
    var quiet = false

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        try requireInRange(reviewMonths, 1...1_200, option: "--review-months", unit: "months (100 years)")
    }

    func run() throws {
        let day = try date.resolved()
        let (loaded, diagnostics) = register.reading(with: limits).check(on: day, reviewMonths: reviewMonths)
        // The catalogue of checks is only for the machine formats.
        var context: ReportContext {
            ReportContext(toolVersion: Ropa.version, fileCount: loaded.fileCount, checks: RegisterCheck.catalogue,
                          baseDirectory: FileManager.default.currentDirectoryPath, documentationURL: documentationURL,
                          sources: loaded.sources)
        }
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
        throw ExitCode(Self.exitStatus(diagnostics, strict: strict))
    }

    static func exitStatus(_ diagnostics: [Diagnostic], strict: Bool = false) -> Int32 {
        if diagnostics.contains(where: \.isInputFailure) { return 2 }
        return diagnostics.hasErrors || (strict && diagnostics.warningCount > 0) ? 1 : 0
    }
}
