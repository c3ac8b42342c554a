import ArgumentParser
import Foundation
import RopaKit

extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the register as the document the CNIL expects: HTML, PDF, Markdown, JSON, CSV, or the CNIL's own workbook (ods).",
        discussion: """
            A register with values still to complete (à compléter, TODO…) is printed as a working version, marked \
            "Document incomplet — version de travail" on every page with what is missing; --final refuses it instead, \
            and so does --public unless --draft. A register with other errors is refused unless --draft. The edition \
            date comes from --date, else SOURCE_DATE_EPOCH, else today (UTC). See docs/rendering.md.
            --format ods writes the CNIL's model workbook (sheet 2 "Liste des traitements", one fiche per treatment), \
            with what the model has no place for in columns, a section and sheets marked "hors modèle CNIL"; \
            `ropa import` reads it back. It is always in French, the CNIL's language, whatever --lang says. \
            It is a binary file: write it with -o register.ods (it is not printed on a terminal).
            Exit status: 0 written, 1 the register has errors (or, for a final document, values to complete), \
            2 usage, template or I/O failure.
            """)

    @OptionGroup var register: RegisterOptions

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .html

    @OptionGroup var csv: CSVOptions

    @OptionGroup var output: OutputOption

    @Option(name: .customLong("lang"), help: "Language of the document (ods: always French, the CNIL's model).")
    var language: Language = .fr

    @Option(name: .customLong("treatment"), help: "Render only this treatment (by id); repeat for an extract of several.")
    var treatments: [String] = []

    @Option(help: "A directory of NAME.mustache files replacing the default templates of the same name.", completion: .directory)
    var templates: String?

    @OptionGroup var date: DateOption

    @OptionGroup var finish: FinishOptions

    @Flag(name: .customLong("public"), help: "The public version: leaves out security measures, internal references, waivers and notes.")
    var publicVersion = false

    @OptionGroup var pdf: PDFOptions

    @OptionGroup var limits: LimitOptions

    /// A usage error is reported with this command's usage, before anything is read.
    func validate() throws {
        _ = try csv.delimiter(for: format)
    }

    func run() throws {
        try DocumentOutput.produce(
            RenderOptions(format: format, language: language, date: try date.resolved(), draft: finish.draft,
                          treatmentIDs: treatments, templatesDirectory: templates, publicVersion: publicVersion,
                          csvDelimiter: try csv.delimiter(for: format)),
            register: register.reading(with: limits), output: output.path, quiet: output.quiet, final: finish.final, pdf: pdf)
    }
}

/// `--final` and `--draft`, for the documents that can be either.
struct FinishOptions: ParsableArguments {
    @Flag(help: "Refuse (exit 1, nothing written) while the register has errors or values to complete, and list them.")
    var final = false

    @Flag(help: "Render even a register with errors or values to complete, marking every page as a working version.")
    var draft = false

    func validate() throws {
        if final && draft { throw ValidationError("--final and --draft cannot be used together: choose one") }
    }
}

/// What every document command does once its options are read: check the templates, load and
/// check the register as `validate` does, judge whether the document can be final, a working
/// version or neither (`Completeness`), render, and write to standard output or atomically to a
/// file (never one of the register's).
enum DocumentOutput {
    static func produce(_ requested: RenderOptions, register: RegisterInput, output: String?, quiet: Bool = false,
                        final: Bool = false, pdf: PDFOptions? = nil) throws {
        let editionDate = requested.date
        let stderrReporter = TextReporter(useColour: Terminal.wantsColour(fileDescriptor: STDERR_FILENO))
        let renderer: DocumentRenderer
        do {
            renderer = try DocumentRenderer(options: requested)
        } catch {
            Terminal.printError(stderrReporter.report(error.diagnostics, sources: [:]))
            throw ExitCode(2)
        }
        // A PDF needs an engine and somewhere else than a terminal: checked before the register is read.
        // (Only `render` and `notice` make a PDF, and they pass their PDF options.)
        let destination = OutputDestination(output)
        let printer = requested.format == .pdf ? try pdf?.prepare(destination: destination) : nil
        if !renderer.warnings.isEmpty {
            Terminal.printError(stderrReporter.report(renderer.warnings, sources: [:]))
        }
        // A usage error, not a place in a file: no position (the PDF is refused the same way, in `prepare`).
        if !requested.format.isText, Terminal.isTerminal(destination) {
            throw Failure("\(requested.format == .ods ? "an ods workbook" : "a \(requested.format.rawValue) document") is a binary file: it is not printed on a terminal; "
                + "write it to a file with -o FILE.\(requested.format.rawValue), or redirect standard output to a file or a pipe")
        }

        // The same checks as `ropa validate --date <edition date>`: the rules depend on the date.
        let (loaded, diagnostics) = register.check(on: editionDate)
        guard !diagnostics.contains(where: \.isInputFailure), let model = loaded.register else {
            Terminal.printError(stderrReporter.report(diagnostics, sources: loaded.sources)
                + stderrReporter.summary(diagnostics, fileCount: loaded.fileCount))
            throw ExitCode(max(1, Validate.exitStatus(diagnostics)))
        }
        let completeness: Completeness
        do throws(RenderError) {
            completeness = try renderer.completeness(of: model, diagnostics: diagnostics)
        } catch {
            Terminal.printError(stderrReporter.report(error.diagnostics, sources: [:]))
            throw ExitCode(error.exitStatus)
        }
        let request: Completeness.Request = requested.draft ? .draft : final || renderer.isFinalByDefault ? .final : .standard
        guard let outcome = completeness.outcome(of: request) else {
            if request == .final {
                let problems = completeness.problems
                Terminal.printError(stderrReporter.report(problems, sources: loaded.sources)
                    + stderrReporter.summary(problems, fileCount: loaded.fileCount)
                    + "a final document cannot hold values to complete or errors: complete them, or produce a marked working version with --draft\n")
            } else {
                Terminal.printError(stderrReporter.report(diagnostics, sources: loaded.sources)
                    + stderrReporter.summary(diagnostics, fileCount: loaded.fileCount)
                    + "the register has errors: fix them, or render a marked working version with --draft\n")
            }
            throw ExitCode(1)
        }
        var options = renderer.options
        if outcome == .workingVersion {
            options.draft = true
            options.unfinished = completeness.unfinished
            if diagnostics.hasErrors {
                Terminal.printError(stderrReporter.report(diagnostics.filter { $0.severity == .error }, sources: loaded.sources))
            }
            if !completeness.isFinal {
                Terminal.printError("a working version: \(completeness.incompleteValues.count) value(s) to complete and \(completeness.errors.count) error(s) "
                    + "(ropa validate lists them; --final refuses them)\n")
            }
        }
        options.version = RegisterFingerprint.version(of: loaded, directory: register.directory)
        let document: [UInt8]
        var outline: [PDFOutlineEntry] = []
        do throws(RenderError) {
            let final = if let templates = renderer.templates {
                DocumentRenderer(options: options, templates: templates)
            } else {
                try DocumentRenderer(options: options)
            }
            document = try final.document(model)
            if printer != nil { outline = try renderer.pdfOutline(of: model) }
        } catch {
            Terminal.printError(stderrReporter.report(error.diagnostics, sources: [:]))
            throw ExitCode(error.exitStatus)
        }

        let protected = ProtectedFiles(register: register.directory, files: loaded.sources.keys)
        var written = document
        if let printer {
            let html = String(decoding: document, as: UTF8.self)
            switch printer.print(html: html, outline: outline, metadata: renderer.pdfMetadata(of: model)) {
            case .success(let printed):
                for warning in printed.warnings { Terminal.printError("warning: \(warning)") }
                written = printed.bytes
            case .failure(let failure):
                throw Failure(failure.description)
            }
        }
        try Terminal.deliver(written, to: destination, sparing: protected)
        // One line saying what was written, where: a file gives no other sign (standard output does).
        if case .file(let path) = destination, !quiet {
            let state = outcome == .workingVersion ? "a working version" : "final"
            let warnings = diagnostics.warningCount
            Terminal.printError("wrote \(path): \(requested.document.summary) in \(requested.format.rawValue), \(state), "
                + "\(warnings) warning\(warnings == 1 ? "" : "s") (ropa validate lists them)")
        }
    }
}
