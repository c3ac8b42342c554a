import ArgumentParser
import RopaKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the GDPR/CNIL rules that 'ropa validate' checks.",
        discussion: "With --markdown, print the rule catalogue committed as \(RuleDocumentation.markdownPath).")

    @Flag(help: "Print the full catalogue as Markdown (\(RuleDocumentation.markdownPath)).")
    var markdown = false

    func run() throws {
        Terminal.write(markdown ? RuleDocumentation.markdown() : RuleDocumentation.listing())
    }
}

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: its rationale, legal reference and examples.")

    @Argument(help: "The rule's id, as 'ropa rules' lists it.")
    var rule: String

    func run() throws {
        if let description = RuleCatalogue.description(id: rule) {
            Terminal.write(RuleDocumentation.explanation(of: description))
            return
        }
        if let check = DiagnosticID.catalogue.first(where: { $0.id == rule }) {
            Terminal.write("\(check.id) (\(check.severity.rawValue)): \(check.title)\n"
                + "A structural check of the register format, done while loading; it cannot be waived.\n")
            return
        }
        let hint = Suggestion.closest(to: rule, in: RuleCatalogue.ids + DiagnosticID.catalogue.map(\.id))
            .map { " Did you mean '\($0)'?" } ?? ""
        Terminal.printError("error: no rule has the id '\(rule)'.\(hint) 'ropa rules' lists them.")
        throw ExitCode(2)
    }
}
