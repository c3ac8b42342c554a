import Mustache

/// The Mustache templates a document is laid out with: the defaults embedded in the binary
/// (from `templates/*.mustache`), each replaceable by a file of the same name in an override
/// directory. Extra files there are registered too, so that an override can use its own partials.
public struct TemplateSet: Sendable {
    /// The template each format starts from; the others are its partials.
    public static let htmlRoot = "html"
    public static let markdownRoot = "markdown"

    /// The names of the default templates, which `--templates DIR` may override.
    public static var defaultNames: [String] { EmbeddedTemplates.all.keys.sorted() }

    /// The text of a default template, to copy as the start of an override.
    public static func defaultText(named name: String) -> String? { EmbeddedTemplates.all[name] }

    let library: MustacheLibrary
    /// Override files whose name matches no default template: probably a typo.
    public let warnings: [Diagnostic]

    /// Parses the defaults, then the overrides in `directory`. Every broken template is reported,
    /// each at its file, line and column.
    public init(overrides directory: String? = nil) throws(RenderError) {
        _ = MarkdownContentType.registered
        var library = MustacheLibrary()
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        for (name, text) in EmbeddedTemplates.all.sorted(by: { $0.key < $1.key }) {
            switch Self.parse(text, file: "templates/\(name).mustache") {
            case .success(let template): library.register(template, named: name)
            case .failure(let failure): errors.append(failure.diagnostic)
            }
        }
        if let directory {
            let found = Self.overrideFiles(in: directory)
            errors += found.errors
            for (name, path) in found.files {
                switch FileSystem.read(path, limit: 4 << 20) {
                case .success(let bytes):
                    guard let text = String(validating: bytes, as: UTF8.self) else {
                        errors.append(Diagnostic(id: DiagnosticID.templateUnreadable, message: "this template is not UTF-8 text",
                                                 at: .start(of: path), help: "save it as UTF-8"))
                        continue
                    }
                    switch Self.parse(text, file: path) {
                    case .success(let template): library.register(template, named: name)
                    case .failure(let failure): errors.append(failure.diagnostic)
                    }
                case .failure(let failure):
                    errors.append(Diagnostic(id: DiagnosticID.templateUnreadable, message: "this template cannot be read (\(failure))",
                                             at: .start(of: path), help: "check the file and its permissions"))
                }
                if EmbeddedTemplates.all[name] == nil {
                    let hint = Suggestion.closest(to: name, in: EmbeddedTemplates.all.keys).map { "did you mean '\($0).mustache'? " } ?? ""
                    warnings.append(Diagnostic(
                        id: DiagnosticID.templateUnknown, severity: .warning,
                        message: "'\(name)' replaces no default template; it is only usable as a partial ({{> \(name)}})",
                        at: .start(of: path),
                        help: hint + "the default templates are: " + Self.defaultNames.map { "\($0).mustache" }.joined(separator: ", ")))
                }
            }
        }
        guard errors.isEmpty else { throw .templates(errors.sortedByLocation()) }
        self.library = library
        self.warnings = warnings
    }

    /// Renders `model` with the template `root`; nil when no such template exists.
    func render(_ model: Any, root: String) -> String? {
        library.render(model, withTemplate: root)
    }

    private static func overrideFiles(in directory: String) -> (files: [(name: String, path: String)], errors: [Diagnostic]) {
        let root = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard case .success(.directory) = FileSystem.kind(of: root) else {
            return ([], [Diagnostic(id: DiagnosticID.templateUnreadable, message: "the templates directory '\(root)' does not exist or is not a directory",
                                    at: .start(of: root), help: "give a directory holding NAME.mustache files; see docs/rendering.md")])
        }
        guard case .success(let names) = FileSystem.entries(of: root) else {
            return ([], [Diagnostic(id: DiagnosticID.templateUnreadable, message: "the templates directory '\(root)' cannot be read",
                                    at: .start(of: root), help: "check its permissions")])
        }
        let files = names.filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(".") }
            .map { (String($0.dropLast(".mustache".count)), root + "/" + $0) }
        return (files, [])
    }

    private static func parse(_ text: String, file: String) -> Result<MustacheTemplate, TemplateFailure> {
        do {
            return .success(try MustacheTemplate(string: text))
        } catch let error as MustacheTemplate.ParserError {
            let location = SourceLocation(file: file, line: error.context.lineNumber, column: error.context.columnNumber)
            return .failure(TemplateFailure(diagnostic: Diagnostic(id: DiagnosticID.templateSyntax, message: message(for: error.error), at: location,
                                       notes: [.init("in the line: \(error.context.line)")],
                                       help: "see the Mustache manual (mustache(5)) and docs/rendering.md")))
        } catch {
            return .failure(TemplateFailure(diagnostic: Diagnostic(id: DiagnosticID.templateSyntax, message: "this template cannot be parsed (\(error))",
                                       at: .start(of: file), help: "see docs/rendering.md")))
        }
    }

    private static func message(for error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "this template cannot be parsed (\(error))" }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section that is open"
        case .unfinishedName: return "this tag is not finished: '}}' is missing, or the name holds a character Mustache does not allow"
        case .expectedSectionEnd: return "a section opened here is never closed"
        case .invalidSetDelimiter: return "this set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inheritance section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "only block definitions may appear inside a partial's inheritance section"
        case .invalidConfigVariableSyntax: return "this pragma is malformed; write {{% CONTENT_TYPE: HTML}}"
        case .unrecognisedConfigVariable: return "unknown pragma or content type; the content types are HTML, TEXT and MARKDOWN"
        }
    }
}

/// A template parse error as a diagnostic (a `Result` needs an `Error`).
private struct TemplateFailure: Error {
    let diagnostic: Diagnostic
}

extension DiagnosticID {
    public static let templateSyntax = "template-syntax"
    public static let templateUnreadable = "template-unreadable"
    public static let templateUnknown = "template-unknown"
}
