/// The Mustache templates a document is laid out with: the defaults embedded in the binary
/// (from `templates/*.mustache`), each replaceable by a file of the same name in an override
/// directory. Extra files there are registered too, so that an override can use its own partials.
/// Every problem is found here, before the register is read: syntax, a partial that does not
/// exist, partials that include each other without end.
public struct TemplateSet: Sendable {
    /// The template each format starts from; the others are its partials.
    public static let htmlRoot = "html"
    public static let markdownRoot = "markdown"

    /// The names of the default templates, which `--templates DIR` may override.
    public static var defaultNames: [String] { EmbeddedTemplates.all.keys.sorted() }

    /// The text of a default template, to copy as the start of an override.
    public static func defaultText(named name: String) -> String? { EmbeddedTemplates.all[name] }

    let templates: [String: Template]
    /// Override files whose name matches no default template: probably a typo.
    public let warnings: [Diagnostic]

    /// Parses the defaults, then the overrides in `directory`. Every broken template is reported,
    /// each at its file, line and column.
    public init(overrides directory: String? = nil) throws(RenderError) {
        var templates: [String: Template] = [:]
        var files: [String: String] = [:]
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        for (name, text) in EmbeddedTemplates.all.sorted(by: { $0.key < $1.key }) {
            switch Self.parse(text, file: "templates/\(name).mustache") {
            case .success(let template):
                templates[name] = template
                files[name] = "templates/\(name).mustache"
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
                    case .success(let template):
                        templates[name] = template
                        files[name] = path
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
        if errors.isEmpty { errors = Self.partialProblems(templates, files: files) }
        guard errors.isEmpty else { throw .templates(errors.sortedByLocation()) }
        self.templates = templates
        self.warnings = warnings
    }

    /// Renders `model` with the template `root`; nil when no such template exists.
    func render(_ model: any TemplateObject, root: String, style: ValueStyle = .plain) -> String? {
        guard let template = templates[root] else { return nil }
        return TemplateRenderer.render(template, model: .object(model), partials: templates, style: style)
    }

    /// A partial that names no template would print nothing, silently; partials that include
    /// each other would never end, since no view model nests without end.
    private static func partialProblems(_ templates: [String: Template], files: [String: String]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (name, template) in templates {
            for reference in template.partialReferences where templates[reference.name] == nil {
                let hint = Suggestion.closest(to: reference.name, in: templates.keys).map { "did you mean '{{> \($0)}}'? " } ?? ""
                problems.append(Diagnostic(
                    id: DiagnosticID.templateSyntax, message: "there is no template named '\(reference.name)' to include here",
                    at: SourceLocation(file: files[name] ?? name, line: reference.line, column: reference.column),
                    help: hint + "a partial is a NAME.mustache file among the default templates or in --templates"))
            }
        }
        guard problems.isEmpty else { return problems }
        // Depth-first search for a cycle of inclusions.
        var finished: Set<String> = []
        func cycle(from name: String, path: [String]) -> [String]? {
            if let start = path.firstIndex(of: name) { return Array(path[start...]) + [name] }
            guard !finished.contains(name), let template = templates[name] else { return nil }
            for reference in template.partialReferences {
                if let found = cycle(from: reference.name, path: path + [name]) { return found }
            }
            finished.insert(name)
            return nil
        }
        for name in templates.keys.sorted() {
            guard let found = cycle(from: name, path: []), let first = found.first,
                  let reference = templates[first]?.partialReferences.first(where: { $0.name == found.dropFirst().first }) else { continue }
            return [Diagnostic(
                id: DiagnosticID.templateSyntax,
                message: "the partials include each other without end: " + found.joined(separator: " → "),
                at: SourceLocation(file: files[first] ?? first, line: reference.line, column: reference.column),
                help: "remove one of these {{> …}} tags; the view model has no nested data to recurse over")]
        }
        return []
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

    private static func parse(_ text: String, file: String) -> Result<Template, TemplateFailure> {
        do {
            return .success(try Template(text))
        } catch {
            return .failure(TemplateFailure(diagnostic: Diagnostic(
                id: DiagnosticID.templateSyntax, message: error.message,
                at: SourceLocation(file: file, line: error.line, column: error.column),
                notes: [.init("in the line: \(error.lineText)")],
                help: "see the Mustache manual (mustache(5)) and docs/rendering.md")))
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
