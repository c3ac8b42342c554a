/// The formats a register document is rendered to.
public enum OutputFormat: String, CaseIterable, Sendable {
    case html
    case markdown
    case json
    case csv
}

/// What to render and how. The date and version are inputs, never read from the clock or the
/// disk here, so that the same register and options always give the same bytes.
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    public var language: Language
    /// The edition date printed on the document.
    public var date: ISODate
    /// Marks every page "Document incomplet — version de travail".
    public var draft: Bool
    /// Render only these treatments (an extract), in register order; empty means all.
    public var treatmentIDs: [String]
    /// A directory of `NAME.mustache` files that replace the default templates of the same name.
    public var templatesDirectory: String?
    /// The register's version, printed on the title page (see `RegisterFingerprint`).
    public var version: String

    public init(format: OutputFormat = .html, language: Language = .fr, date: ISODate, draft: Bool = false,
                treatmentIDs: [String] = [], templatesDirectory: String? = nil, version: String = "") {
        self.format = format
        self.language = language
        self.date = date
        self.draft = draft
        self.treatmentIDs = treatmentIDs
        self.templatesDirectory = templatesDirectory
        self.version = version
    }
}

/// Why a document could not be rendered. The register's own errors are the loader's diagnostics;
/// these are problems with the request.
public enum RenderError: Error, Sendable, Equatable {
    /// Templates that cannot be read or parsed, each with its file, line and column.
    case templates([Diagnostic])
    /// `--treatment` named an id the register does not have.
    case unknownTreatment(id: String, suggestion: String?, known: [String])

    public var diagnostics: [Diagnostic] {
        switch self {
        case .templates(let diagnostics):
            return diagnostics
        case .unknownTreatment(let id, let suggestion, let known):
            let help = suggestion.map { "did you mean '\($0)'?" }
                ?? (known.isEmpty ? "the register has no treatment" : "the treatments are: " + known.joined(separator: ", "))
            return [Diagnostic(id: "unknown-treatment", message: "the register has no treatment with the id '\(id)'",
                               at: .start(of: "--treatment"), help: help)]
        }
    }
}

/// Renders a register as the document an authority asks for: HTML or Markdown through the
/// templates, JSON or CSV directly.
public struct DocumentRenderer: Sendable {
    public let options: RenderOptions
    /// Loaded only for the formats that use templates.
    public let templates: TemplateSet?

    public init(options: RenderOptions) throws(RenderError) {
        self.options = options
        switch options.format {
        case .html, .markdown: templates = try TemplateSet(overrides: options.templatesDirectory)
        case .json, .csv: templates = nil
        }
    }

    /// Reuses templates already loaded, e.g. checked before the register was read.
    public init(options: RenderOptions, templates: TemplateSet) {
        self.options = options
        self.templates = templates
    }

    /// Warnings about the templates (an override that replaces nothing).
    public var warnings: [Diagnostic] { templates?.warnings ?? [] }

    public func render(_ register: Register) throws(RenderError) -> String {
        let treatments = try selectTreatments(of: register)
        switch options.format {
        case .html, .markdown:
            let model = DocumentModel(register: register, treatments: treatments, language: options.language,
                                      date: options.date, version: options.version, draft: options.draft)
            let root = options.format == .html ? TemplateSet.htmlRoot : TemplateSet.markdownRoot
            guard let output = templates?.render(model, root: root) else {
                throw .templates([Diagnostic(id: DiagnosticID.templateUnreadable, message: "there is no template named '\(root)'",
                                             at: .start(of: "\(root).mustache"), help: "restore \(root).mustache")])
            }
            return output
        case .json:
            return JSONExport(register: register, treatments: treatments, options: options).render()
        case .csv:
            return CSVExport(register: register, treatments: treatments, options: options).render()
        }
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
