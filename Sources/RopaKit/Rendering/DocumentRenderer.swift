/// The formats a register document is rendered to.
public enum OutputFormat: String, CaseIterable, Sendable {
    case html
    case markdown
    case json
    case csv
    /// The HTML document printed by an engine found on the machine (`PDFPrinter`).
    case pdf
    /// The CNIL's model workbook (OpenDocument spreadsheet), for the register only: bytes, not
    /// text (`DocumentRenderer.document`). Always in French, the CNIL's language.
    case ods

    /// Whether the document is text (UTF-8); else it is a binary file, never written on a terminal.
    public var isText: Bool { self != .ods && self != .pdf }
}

/// What to render and how. The date and version are inputs, never read from the clock or the
/// disk here, so that the same register and options always give the same bytes.
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    public var language: Language
    /// The edition date printed on the document.
    public var date: ISODate
    /// Marks every page "Document incomplet — version de travail": a working version.
    public var draft: Bool
    /// Why a working version is not final, for its banner (see `Completeness`).
    public var unfinished: Unfinished
    /// Render only these treatments (an extract), in register order; empty means all.
    public var treatmentIDs: [String]
    /// A directory of `NAME.mustache` files that replace the default templates of the same name.
    public var templatesDirectory: String?
    /// The register's version, printed on the title page (see `RegisterFingerprint`).
    public var version: String
    /// Which document: the register (the default), the information notice, an access-request
    /// extract or the retention schedule.
    public var document: DocumentKind
    /// The register for publication: what must not be published is left out (see `Register.publicVersion`).
    public var publicVersion: Bool
    /// For the notice: only the treatments whose data subjects include this category (a `DataSubjectCategory` code).
    public var audience: String?
    /// The CSV exports' field separator.
    public var csvDelimiter: CSVDelimiter

    public init(format: OutputFormat = .html, language: Language = .fr, date: ISODate, draft: Bool = false,
                treatmentIDs: [String] = [], templatesDirectory: String? = nil, version: String = "",
                document: DocumentKind = .register, publicVersion: Bool = false, audience: String? = nil,
                csvDelimiter: CSVDelimiter = .comma, unfinished: Unfinished = .none) {
        self.format = format
        self.language = language
        self.date = date
        self.draft = draft
        self.treatmentIDs = treatmentIDs
        self.templatesDirectory = templatesDirectory
        self.version = version
        self.document = document
        self.publicVersion = publicVersion
        self.audience = audience
        self.csvDelimiter = csvDelimiter
        self.unfinished = unfinished
    }
}

/// The documents made from a register.
public enum DocumentKind: Sendable, Equatable {
    /// The register of processing activities (Art. 30), in every format.
    case register
    /// The information notice of GDPR Arts. 13–14: HTML or Markdown.
    case notice
    /// What an access-request answer (Art. 15) must give one category of person: Markdown or JSON.
    case subject(String)
    /// Every category of data with its retention, for deletion jobs: CSV, Markdown or JSON.
    case retentionSchedule

    /// What the document is, in a few words, for the line a command prints after writing it.
    public var summary: String {
        switch self {
        case .register: "the register of processing activities"
        case .notice: "the information notice"
        case .subject(let category): "what the register holds about '\(category)'"
        case .retentionSchedule: "the retention schedule"
        }
    }

    /// The formats this document is made in.
    public var formats: [OutputFormat] {
        switch self {
        case .register: OutputFormat.allCases
        case .notice: [.html, .markdown, .pdf]
        case .subject: [.markdown, .json]
        case .retentionSchedule: [.csv, .markdown, .json]
        }
    }
}

/// Why a document could not be rendered. The register's own errors are the loader's diagnostics;
/// these are problems with the request.
public enum RenderError: Error, Sendable, Equatable {
    /// Templates that cannot be read or parsed, each with its file, line and column.
    case templates([Diagnostic])
    /// `--treatment` named an id the register does not have.
    case unknownTreatment(id: String, suggestion: String?, known: [String])
    /// A category of data subjects that is not a vocabulary value.
    case unknownCategory(name: String, suggestion: String?, known: [String])
    /// A valid category of data subjects that no treatment concerns: nothing to print.
    case categoryInNoTreatment(category: String)
    /// This document is not made in this format.
    case unsupportedFormat(OutputFormat, supported: [OutputFormat])
    /// A binary format asked of `render(_:)`, which returns text: use `document(_:)`.
    case binaryFormat(OutputFormat)
    /// The workbook could not be assembled (the archive library failed).
    case workbookFailed(reason: String)

    /// 1 when the register does not hold what was asked for, 2 for a wrong request or template.
    public var exitStatus: Int32 {
        if case .categoryInNoTreatment = self { return 1 }
        return 2
    }

    public var diagnostics: [Diagnostic] {
        switch self {
        case .templates(let diagnostics):
            return diagnostics
        case .unknownTreatment(let id, let suggestion, let known):
            let help = suggestion.map { "did you mean '\($0)'?" }
                ?? (known.isEmpty ? "the register has no treatment" : "the treatments are: " + known.joined(separator: ", "))
            return [Diagnostic(id: "unknown-treatment", message: "the register has no treatment with the id '\(id)'",
                               at: .start(of: "--treatment"), help: help)]
        case .unknownCategory(let name, let suggestion, let known):
            let help = (suggestion.map { "did you mean '\($0)'? " } ?? "") + "the categories of data subjects are: " + known.joined(separator: ", ")
            return [Diagnostic(id: "unknown-category", message: "'\(name)' is not a category of data subjects", at: .start(of: name), help: help)]
        case .categoryInNoTreatment(let category):
            return [Diagnostic(id: "category-in-no-treatment", message: "no treatment of the register concerns the category '\(category)'",
                               at: .start(of: category),
                               help: "check the 'data_subjects:' of the treatments; there is nothing to print for this category")]
        case .unsupportedFormat(let format, let supported):
            return [Diagnostic(id: "unsupported-format", message: "this document is not made as \(format.rawValue)", at: .start(of: "--format"),
                               help: "use one of: " + supported.map(\.rawValue).joined(separator: ", "))]
        case .binaryFormat(let format):
            return [Diagnostic(id: "binary-format", message: "\(format.rawValue) is a binary file, not text", at: .start(of: "--format"),
                               help: "ask DocumentRenderer.document(_:) for its bytes")]
        case .workbookFailed(let reason):
            return [Diagnostic(id: "workbook-failed", message: "the workbook could not be assembled: \(reason)", at: .start(of: "--format"),
                               help: "this is a bug of ropa: please report it with the register that caused it")]
        }
    }
}

/// Renders a register as the document an authority asks for: HTML or Markdown through the
/// templates, JSON or CSV directly, or the CNIL's workbook (`ods`, bytes: `document(_:)`).
public struct DocumentRenderer: Sendable {
    public let options: RenderOptions
    /// Loaded only for the formats that use templates.
    public let templates: TemplateSet?

    public init(options: RenderOptions) throws(RenderError) {
        self.options = options
        // Wrong requests are refused before the register is read.
        guard options.document.formats.contains(options.format) else {
            throw .unsupportedFormat(options.format, supported: options.document.formats)
        }
        if case .subject(let name) = options.document { _ = try Self.category(named: name) }
        if let audience = options.audience { _ = try Self.category(named: audience) }
        switch options.format {
        case .html, .markdown, .pdf: templates = try TemplateSet(overrides: options.templatesDirectory)
        case .json, .csv, .ods: templates = nil
        }
    }

    /// Reuses templates already loaded, e.g. checked before the register was read.
    public init(options: RenderOptions, templates: TemplateSet) {
        self.options = options
        self.templates = templates
    }

    /// Warnings about the templates (an override that replaces nothing).
    public var warnings: [Diagnostic] { templates?.warnings ?? [] }

    /// The document as text; for `pdf`, the HTML the engine prints (`PDFPrinter`). The workbook
    /// (`ods`) is refused: ask `document(_:)` for its bytes.
    public func render(_ register: Register) throws(RenderError) -> String {
        guard options.document.formats.contains(options.format) else {
            throw .unsupportedFormat(options.format, supported: options.document.formats)
        }
        guard options.format != .ods else { throw .binaryFormat(options.format) }
        switch options.document {
        case .register: return try renderRegister(options.publicVersion ? register.publicVersion() : register)
        case .notice: return try renderNotice(register)
        case .subject(let category): return try renderSubject(register, category: category)
        case .retentionSchedule: return try renderRetentionSchedule(register)
        }
    }

    /// The document as the bytes of its file: UTF-8 for the text formats (and the HTML of a `pdf`,
    /// which `PDFPrinter` prints), the workbook for `ods`.
    public func document(_ register: Register) throws(RenderError) -> [UInt8] {
        guard options.format == .ods else { return Array(try render(register).utf8) }
        guard options.document.formats.contains(options.format) else {
            throw .unsupportedFormat(options.format, supported: options.document.formats)
        }
        let register = options.publicVersion ? register.publicVersion() : register
        return try WorkbookExport(register: register, treatments: try selectTreatments(of: register), options: options).render()
    }

    private func renderRegister(_ register: Register) throws(RenderError) -> String {
        let treatments = try selectTreatments(of: register)
        switch options.format {
        case .html, .markdown, .pdf:
            let model = DocumentModel(register: register, treatments: treatments, language: options.language,
                                      date: options.date, version: options.version, draft: options.draft,
                                      unfinished: options.unfinished)
            return try renderTemplate(model, root: options.format == .markdown ? TemplateSet.markdownRoot : TemplateSet.htmlRoot)
        case .json:
            return JSONExport(register: register, treatments: treatments, options: options).render()
        case .csv:
            return CSVExport(register: register, treatments: treatments, options: options).render()
        case .ods:
            throw .binaryFormat(options.format)
        }
    }

    /// Renders a view model with one of the templates.
    func renderTemplate(_ model: any TemplateObject, root: String) throws(RenderError) -> String {
        // Every HTML and Markdown document: its language's typography, placeholders marked.
        let style = ValueStyle(typography: options.language, marksPlaceholders: true)
        guard let output = templates?.render(model, root: root, style: style) else {
            throw .templates([Diagnostic(id: DiagnosticID.templateUnreadable, message: "there is no template named '\(root)'",
                                         at: .start(of: "\(root).mustache"), help: "restore \(root).mustache")])
        }
        return output
    }

    /// The chosen treatments in register order, or all of them; an unknown id is an error with a suggestion.
    public func selectTreatments(of register: Register) throws(RenderError) -> [Treatment] {
        guard !options.treatmentIDs.isEmpty else { return register.treatments }
        let known = register.treatments.map(\.id)
        for id in options.treatmentIDs where !known.contains(id) {
            throw .unknownTreatment(id: id, suggestion: Suggestion.closest(to: id, in: known), known: known)
        }
        return register.treatments.filter { options.treatmentIDs.contains($0.id) }
    }
}
