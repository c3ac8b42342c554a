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
    /// The directory relative paths start from (the working directory): SARIF states it as
    /// `%SRCROOT%`, and writes paths under it relative to it, so a dashboard finds the files in
    /// the repository whatever the machine's path was.
    public var baseDirectory: String?
    /// Where docs/rules.md is published (e.g. a repository's blob URL): SARIF rules then link to
    /// their section (`helpUri`).
    public var documentationURL: String?
    /// The register files' text, by path as diagnostics name them: SARIF regions then end where
    /// the reported line's text ends.
    public var sources: [String: String]

    public init(toolVersion: String, fileCount: Int, checks: [CheckInfo], baseDirectory: String? = nil,
                documentationURL: String? = nil, sources: [String: String] = [:]) {
        self.toolVersion = toolVersion
        self.fileCount = fileCount
        self.checks = checks
        self.baseDirectory = baseDirectory
        self.documentationURL = documentationURL
        self.sources = sources
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

/// `--format sarif`: SARIF 2.1.0 as GitHub code scanning takes it in full: rules with their full
/// description and help, results with stable fingerprints (so that a re-upload updates alerts
/// instead of duplicating them), regions with an end, and paths relative to `%SRCROOT%`.
public struct SARIFReporter: Sendable {
    /// The key of ropa's own fingerprint in `partialFingerprints`; the suffix is its version.
    public static let fingerprintKey = "ropaFindingHash/v1"
    static let sourceRoot = "%SRCROOT%"

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
        var originalUriBaseIds: [String: ArtifactLocation]?
        /// Columns count Unicode code points, as the loader's positions do.
        var columnKind = "unicodeCodePoints"
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = "ropa"
        var version: String
        var informationUri: String?
        var rules: [Rule]
    }

    struct Message: Encodable {
        var text: String
    }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String?
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var helpUri: String?
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
        var partialFingerprints: [String: String]
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
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }

    public func report(_ diagnostics: [Diagnostic], context: ReportContext) -> String {
        let checks = context.checks
        let rules = checks.map { rule(for: $0, documentationURL: context.documentationURL) }
        let index = Dictionary(checks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lines = SourceLines(sources: context.sources)
        var occurrences: [String: Int] = [:]
        let results = diagnostics.map { diagnostic in
            var text = diagnostic.message
            if let help = diagnostic.help { text += ". Help: \(help)" }
            if let reference = diagnostic.reference { text += " (\(reference))" }
            let related = diagnostic.notes.compactMap { note in
                note.location.map { Location(physicalLocation: physical($0, context: context, lines: &lines), message: Message(text: note.message)) }
            }
            let primary = physical(diagnostic.location, context: context, lines: &lines)
            let hash = fingerprint(diagnostic, uri: primary.artifactLocation.uri)
            occurrences[hash, default: 0] += 1
            return Result(ruleId: diagnostic.id, ruleIndex: index[diagnostic.id], level: diagnostic.severity.sarifLevel,
                          message: Message(text: text),
                          locations: [Location(physicalLocation: primary, message: nil)],
                          relatedLocations: related.isEmpty ? nil : related,
                          partialFingerprints: [Self.fingerprintKey: "\(hash):\(occurrences[hash, default: 1])"])
        }
        let base = context.baseDirectory.map { [Self.sourceRoot: ArtifactLocation(uri: Self.fileURI(directory: $0))] }
        let driver = Driver(version: context.toolVersion, informationUri: context.documentationURL, rules: rules)
        let log = Log(runs: [Run(tool: Tool(driver: driver), originalUriBaseIds: base, results: results)])
        return encodeJSON(log)
    }

    private func rule(for check: CheckInfo, documentationURL: String?) -> Rule {
        let description = [check.title + ".", check.rationale, check.reference.map { "Reference: \($0)." }]
            .compactMap { $0 }.joined(separator: " ")
        let help = check.help ?? CheckInfo.Help(
            text: "\(check.title). A structural check of the loader: fix the file as the message says; it cannot be waived.",
            markdown: "**\(check.title).** A structural check of the loader: fix the file as the message says; it cannot be waived.")
        return Rule(id: check.id, name: check.id.camelCased, shortDescription: Message(text: check.title),
                    fullDescription: Message(text: description),
                    help: MultiformatMessage(text: help.text, markdown: help.markdown),
                    helpUri: documentationURL.map { $0 + "#" + check.documentationAnchor },
                    defaultConfiguration: Configuration(level: check.severity.sarifLevel),
                    properties: check.reference.map(Properties.init))
    }

    /// What identifies a finding across runs: the check, the file and the message (which quotes
    /// the value and names the key), never the line, which moves when lines are added above.
    private func fingerprint(_ diagnostic: Diagnostic, uri: String) -> String {
        var hash = FNV1a64()
        for part in [diagnostic.id, uri, diagnostic.message] {
            hash.add(part.utf8)
            hash.add([0])
        }
        return hash.hex
    }

    private func physical(_ location: SourceLocation, context: ReportContext, lines: inout SourceLines) -> PhysicalLocation {
        let line = max(location.line, 1)
        let column = max(location.column, 1)
        // The region runs to the end of the reported line's text (the value a diagnostic points
        // at ends there in a register file); without the text, it covers one character.
        let length = lines.fullLine(line, of: location.file).map { $0.unicodeScalars.count } ?? 0
        let region = Region(startLine: line, startColumn: column, endLine: line, endColumn: max(column + 1, length + 1))
        return PhysicalLocation(artifactLocation: artifact(location.file, base: context.baseDirectory), region: region)
    }

    /// A path as SARIF wants it: relative to `%SRCROOT%` when it is under the base directory or
    /// already relative, else an absolute `file://` URI.
    private func artifact(_ path: String, base: String?) -> ArtifactLocation {
        var relative = path
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        if relative.hasPrefix("/") {
            guard let base, let inside = relative.removingDirectoryPrefix(base) else {
                return ArtifactLocation(uri: "file://" + relative.uriPath, uriBaseId: nil)
            }
            relative = inside
        }
        return ArtifactLocation(uri: relative.uriPath, uriBaseId: base == nil ? nil : Self.sourceRoot)
    }

    /// `file:///work/repo/`: a base URI must end with a slash.
    static func fileURI(directory: String) -> String {
        let path = directory.hasSuffix("/") ? directory : directory + "/"
        return "file://" + (path.hasPrefix("/") ? path : "/" + path).uriPath
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

    /// The rest of this path when it lies inside `directory`, else nil.
    func removingDirectoryPrefix(_ directory: String) -> String? {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        guard hasPrefix(prefix), count > prefix.count else { return nil }
        return String(dropFirst(prefix.count))
    }
}
