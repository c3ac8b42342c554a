import Foundation

/// The output formats of `ropa validate --format`.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case github
}

/// What every reporter may need besides the diagnostics themselves.
public struct ReportContext: Sendable {
    public var toolVersion: String
    public var fileCount: Int
    /// Every check that can produce a diagnostic, for SARIF's rule catalogue.
    public var checks: [CheckInfo]

    public init(toolVersion: String, fileCount: Int, checks: [CheckInfo]) {
        self.toolVersion = toolVersion
        self.fileCount = fileCount
        self.checks = checks
    }
}

/// `--format json`: a stable, documented list of diagnostics (docs/diagnostics-json.md).
public struct JSONReporter: Sendable {
    public static let formatVersion = 1

    public init() {}

    struct Document: Encodable {
        struct Summary: Encodable {
            var errors: Int
            var warnings: Int
            var files: Int
        }

        struct Position: Encodable {
            var file: String
            var line: Int
            var column: Int
        }

        struct Note: Encodable {
            var message: String
            var location: Position?
        }

        struct Entry: Encodable {
            var id: String
            var severity: String
            var message: String
            var location: Position
            var help: String?
            var reference: String?
            var notes: [Note]
        }

        var format_version: Int
        var tool: String
        var tool_version: String
        var summary: Summary
        var diagnostics: [Entry]
    }

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let document = Document(
            format_version: Self.formatVersion, tool: "ropa", tool_version: context.toolVersion,
            summary: .init(errors: diagnostics.errorCount, warnings: diagnostics.warningCount, files: context.fileCount),
            diagnostics: diagnostics.map { diagnostic in
                Document.Entry(
                    id: diagnostic.id, severity: diagnostic.severity.rawValue, message: diagnostic.message,
                    location: .init(diagnostic.location), help: diagnostic.help, reference: diagnostic.reference,
                    notes: diagnostic.notes.map { Document.Note(message: $0.message, location: $0.location.map(Document.Position.init)) })
            })
        return encodeJSON(document)
    }
}

extension JSONReporter.Document.Position {
    init(_ location: SourceLocation) {
        self.init(file: location.file, line: location.line, column: location.column)
    }
}

/// `--format sarif`: SARIF 2.1.0, which code-scanning dashboards import.
public struct SARIFReporter: Sendable {
    public init() {}

    struct Log: Encodable {
        var version = "2.1.0"
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case version
            case schema = "$schema"
            case runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = "ropa"
        var version: String
        var rules: [Rule]
    }

    struct Message: Encodable {
        var text: String
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var defaultConfiguration: Configuration
        var properties: Properties?
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Properties: Encodable {
        var reference: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let checks = context.checks
        let rules = checks.map { check in
            Rule(id: check.id, name: check.id.camelCased, shortDescription: Message(text: check.title),
                 defaultConfiguration: Configuration(level: check.severity.sarifLevel),
                 properties: check.reference.map(Properties.init))
        }
        let index = Dictionary(checks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let results = diagnostics.map { diagnostic in
            var text = diagnostic.message
            if let help = diagnostic.help { text += ". Help: \(help)" }
            if let reference = diagnostic.reference { text += " (\(reference))" }
            let related = diagnostic.notes.compactMap { note in
                note.location.map { Location(physicalLocation: physical($0), message: Message(text: note.message)) }
            }
            return Result(ruleId: diagnostic.id, ruleIndex: index[diagnostic.id], level: diagnostic.severity.sarifLevel,
                          message: Message(text: text),
                          locations: [Location(physicalLocation: physical(diagnostic.location), message: nil)],
                          relatedLocations: related.isEmpty ? nil : related)
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(version: context.toolVersion, rules: rules)), results: results)])
        return encodeJSON(log)
    }

    private func physical(_ location: SourceLocation) -> PhysicalLocation {
        PhysicalLocation(artifactLocation: ArtifactLocation(uri: location.file.uriPath),
                         region: Region(startLine: location.line, startColumn: location.column))
    }
}

/// `--format github`: workflow commands, so that a pull request shows each problem on its line.
public struct GitHubReporter: Sendable {
    public init() {}

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let titles = Dictionary(context.checks.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        return diagnostics.map { diagnostic in
            let command = switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            let location = diagnostic.location
            let title = "\(diagnostic.id)" + (titles[diagnostic.id].map { ": \($0)" } ?? "")
            var message = diagnostic.message
            if let help = diagnostic.help { message += "\nhelp: \(help)" }
            if let reference = diagnostic.reference { message += "\nsee: \(reference)" }
            let properties = "file=\(property(location.file)),line=\(location.line),col=\(location.column),title=\(property(title))"
            return "::\(command) \(properties)::\(data(message))\n"
        }.joined()
    }

    /// Escaping of the message part of a workflow command; invisible characters (a U+202E in a
    /// value quoted by a message) are written out, as in every other output.
    private func data(_ text: String) -> String {
        TextHygiene.visible(text).replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escaping of a `key=value` property of a workflow command.
    private func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

extension Diagnostic.Severity {
    var sarifLevel: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}

/// Pretty, key-sorted JSON with a final newline: stable bytes for diffs and golden files; no raw
/// invisible character (see `JSONText`).
func encodeJSON(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return JSONText.escapingInvisible(String(decoding: data, as: UTF8.self)) + "\n"
}

private extension String {
    /// `unknown-key` → `UnknownKey`, SARIF's convention for rule names.
    var camelCased: String {
        split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A relative path as a URI reference (spaces and the like percent-encoded).
    var uriPath: String {
        addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? self
    }
}
