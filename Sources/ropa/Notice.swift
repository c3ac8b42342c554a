import ArgumentParser
import RopaKit

struct Notice: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Print the information notice (GDPR Arts. 13–14) generated from the register: HTML, PDF or Markdown.",
        discussion: """
            Identity and contacts of the controller and of the DPO or referent, each purpose with its legal basis, the data, \
            their source, recipients, transfers, retention in words, the rights and how to exercise them, the right to complain \
            to the CNIL. Organisation-wide texts come from 'notice:' in organisation.yaml. See docs/notice.md.
            The notice is final: it is refused (exit 1, nothing written) while the register has errors or values to complete \
            (à compléter, TODO…) in what the notice is made from, and lists them; --draft prints a marked working version instead.
            Exit status: 0 written, 1 the register has errors or values to complete, or no treatment concerns --audience, \
            2 usage, template or I/O failure.
            """)

    @OptionGroup var register: RegisterOptions

    @Option(help: "Output format: html, markdown or pdf.")
    var format: OutputFormat = .html

    @OptionGroup var output: OutputOption

    @Option(name: .customLong("lang"), help: "Language of the notice's fixed wording.")
    var language: Language = .fr

    @Option(help: "Only the treatments whose data subjects include this category (clients, prospects, users, …).")
    var audience: String?

    @Option(help: "A directory of NAME.mustache files replacing the default templates of the same name.", completion: .directory)
    var templates: String?

    @OptionGroup var date: DateOption

    @OptionGroup var finish: FinishOptions

    @OptionGroup var pdf: PDFOptions

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        try requireFormat(format, of: .notice)
    }

    func run() throws {
        try DocumentOutput.produce(
            RenderOptions(format: format, language: language, date: try date.resolved(), draft: finish.draft,
                          templatesDirectory: templates, document: .notice, audience: audience),
            register: register.reading(with: limits), output: output.path, quiet: output.quiet, final: finish.final, pdf: pdf)
    }
}
