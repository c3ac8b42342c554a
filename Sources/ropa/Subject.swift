import ArgumentParser
import RopaKit

struct Subject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subject",
        abstract: "List what the register holds about one category of person: the content of an access-request answer (GDPR Art. 15).",
        discussion: """
            For every treatment whose data subjects include CATEGORY: purposes and legal bases, categories of data, sources, \
            recipients, transfers and retention, as Markdown (to adapt into a reply letter) or JSON. See docs/notice.md.
            Exit status: 0 written, 1 the register has errors or no treatment concerns CATEGORY, 2 unknown category, usage or I/O failure.
            """)

    @Argument(help: "The category of data subjects: clients, prospects, users, employees, … (a 'data_subjects' category code).")
    var category: String

    @OptionGroup var register: RegisterOptions

    @Option(help: "Output format: markdown or json.")
    var format: OutputFormat = .markdown

    @OptionGroup var output: OutputOption

    @Option(name: .customLong("lang"), help: "Language of the fixed wording.")
    var language: Language = .fr

    @OptionGroup var date: DateOption

    @Flag(help: "Produce the extract even from a register with errors, marked as an incomplete draft.")
    var draft = false

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        try requireFormat(format, of: .subject(category))
    }

    func run() throws {
        try DocumentOutput.produce(
            RenderOptions(format: format, language: language, date: try date.resolved(), draft: draft, document: .subject(category)),
            register: register.reading(with: limits), output: output.path, quiet: output.quiet)
    }
}
