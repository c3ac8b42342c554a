import ArgumentParser
import RopaKit

struct RetentionSchedule: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Print the retention schedule: every category of data of every treatment with its duration, start event, end action and archive.",
        discussion: """
            For the people who implement deletion and archiving jobs: CSV (RFC 4180, UTF-8 with a byte-order mark, as \
            'render --format csv'; --delimiter ';' for a French Excel), Markdown or JSON. See docs/notice.md.
            Exit status: 0 written, 1 the register has errors, 2 usage or I/O failure.
            """)

    @OptionGroup var register: RegisterOptions

    @Option(help: "Output format: csv, markdown or json.")
    var format: OutputFormat = .csv

    @OptionGroup var csv: CSVOptions

    @OptionGroup var output: OutputOption

    @Option(name: .customLong("lang"), help: "Language of the headers and durations.")
    var language: Language = .fr

    @OptionGroup var date: DateOption

    @Flag(help: "Produce the schedule even from a register with errors, marked as an incomplete draft.")
    var draft = false

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        try requireFormat(format, of: .retentionSchedule)
        _ = try csv.delimiter(for: format)
    }

    func run() throws {
        try DocumentOutput.produce(
            RenderOptions(format: format, language: language, date: try date.resolved(), draft: draft, document: .retentionSchedule,
                          csvDelimiter: try csv.delimiter(for: format)),
            register: register.reading(with: limits), output: output.path, quiet: output.quiet)
    }
}
