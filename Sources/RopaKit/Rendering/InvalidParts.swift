// How documents show what could not be loaded (`InvalidEntry`): each entry marked where it
// belongs, with its problems and the file's own lines, and, for a part that has no row, the one
// sentence an output may print — the absence the file states, or that the part is not known.

/// An entry that failed to load, as a draft prints it.
public struct InvalidRow: Sendable {
    /// `treatments/x.yaml:12:5`
    public let invalidWhere: String
    /// Each error, in a plain sentence, with its line and column.
    public let invalidProblems: [String]
    /// The file's lines, invisible characters written out; nil when the key is missing altogether.
    public let invalidSource: String?
    /// The same, one text per line, indented with no-break spaces: Markdown, which drops leading
    /// spaces, prints them as the lines of a quotation and keeps the YAML's indentation visible.
    public let invalidSourceLines: [String]
}

/// The invalid entries of a record by part of its document, for `{{#invalid.transfers}}`.
/// Every part name answers (an empty list when nothing failed there); another name is an
/// error of the template, caught by the tests that render every template.
public struct InvalidParts: Sendable {
    /// Each row with its part, in the order of the entries (file order).
    let rows: [(part: String, row: InvalidRow)]
    static let partNames: Set<String> = ["file", "description", "actors", "purposes", "data", "sensitive", "subjects", "recipients",
                                         "security", "transfers", "sources", "dpia", "automated", "waivers", "notes", "other",
                                         "organisation", "representative", "dataProtection", "services", "processors"]

    /// `part` gives the part of the document each entry's key belongs to; a whole file that
    /// failed goes to `wholeFile`.
    init(_ entries: [InvalidEntry], builder: ModelBuilder, wholeFile: String = "file", part: (String) -> String) {
        rows = entries.map { entry in
            (entry.key == InvalidEntry.wholeFile ? wholeFile : part(entry.key), builder.invalidRow(entry))
        }
    }

    private init(rows: [(part: String, row: InvalidRow)]) {
        self.rows = rows
    }

    static func + (lhs: InvalidParts, rhs: InvalidParts) -> InvalidParts { InvalidParts(rows: lhs.rows + rhs.rows) }

    /// The rows of one part, in file order.
    func rows(of part: String) -> [InvalidRow] { rows.filter { $0.part == part }.map(\.row) }
}

/// The sentence each part prints when it has no row (`{{absent.transfers}}`).
public struct AbsenceTexts: Sendable {
    let texts: [String: String]
}

extension Treatment {
    /// The part of a fiche where each key of a treatment file is shown.
    static func documentPart(ofKey key: String) -> String {
        switch key {
        case "id", "name", "reference", "created", "updated", "role", "description", "software": "description"
        case "joint_controllers", "on_behalf_of": "actors"
        case "purposes": "purposes"
        case "data": "data"
        case "sensitive_data": "sensitive"
        case "data_subjects": "subjects"
        case "recipients": "recipients"
        case "security": "security"
        case "transfers": "transfers"
        case "sources": "sources"
        case "dpia": "dpia"
        case "automated_decisions": "automated"
        case "waivers": "waivers"
        case "notes": "notes"
        default: "other"
        }
    }
}

extension Organisation {
    static func documentPart(ofKey key: String) -> String {
        switch key {
        case "organisation": "organisation"
        case "representative": "representative"
        case "data_protection_contact": "dataProtection"
        case "services": "services"
        default: "other"
        }
    }
}

extension ModelBuilder {
    func invalidRow(_ entry: InvalidEntry) -> InvalidRow {
        let source = entry.text.isEmpty ? nil : TextHygiene.visible(entry.text)
        return InvalidRow(
            invalidWhere: "\(entry.location.file):\(entry.location.line):\(entry.location.column)",
            invalidProblems: entry.problems.map { problem in
                let place = problem.location.file == entry.location.file ? "\(problem.location.line):\(problem.location.column)"
                    : "\(problem.location)"
                return "\(place) — \(problem.message)" + (problem.help.map { " (\($0))" } ?? "")
            },
            invalidSource: source,
            invalidSourceLines: source.map { text in
                text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    let indent = line.prefix { $0 == " " }.count
                    return String(repeating: "\u{A0}", count: max(indent, line.count == indent ? 1 : 0)) + line.dropFirst(indent)
                }
            } ?? [])
    }

    /// "Non déterminé — voir l'erreur (treatments/x.yaml:12)": what a part prints, in place of any
    /// statement about it, when something in it failed to load.
    func undetermined(_ entry: InvalidEntry) -> String {
        "\(wording[.undetermined]) (\(entry.location.file):\(entry.location.line))"
    }

    /// What a part with no row says: the absence the file states (`absence`), only when the file
    /// states it (`stated`) and nothing in the part failed to load; "not determined" with where
    /// to look when something did; "not stated" when the file says nothing.
    func emptyText(_ absence: Word?, stated: Bool, failed: InvalidEntry?) -> String {
        if let failed { return undetermined(failed) }
        guard stated, let absence else { return wording[.notStated] }
        return wording[absence]
    }

    /// The first invalid entry of `treatment` under one of `keys` (or the whole file).
    func failure(in treatment: Treatment, _ keys: String...) -> InvalidEntry? {
        treatment.invalidEntries.first { $0.key == InvalidEntry.wholeFile || keys.contains($0.key) }
    }

    func failure(in organisation: Organisation, _ keys: String...) -> InvalidEntry? {
        organisation.invalidEntries.first { $0.key == InvalidEntry.wholeFile || keys.contains($0.key) }
    }

    /// A value of a treatment's description: its text, or "not determined" when the key failed.
    func value(_ text: String, of treatment: Treatment, key: String) -> String {
        if let failed = failure(in: treatment, key) { return undetermined(failed) }
        return text
    }

    func invalidParts(of treatment: Treatment) -> InvalidParts {
        InvalidParts(treatment.invalidEntries, builder: self, part: Treatment.documentPart(ofKey:))
    }
}

extension InvalidRow: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        switch key {
        case "invalidWhere": invalidWhere.templateValue
        case "invalidProblems": .list(invalidProblems.map { .verbatim($0) })
        case "invalidSource": invalidSource.map { .verbatim($0) }
        case "invalidSourceLines": .list(invalidSourceLines.map { .verbatim($0) })
        default: nil
        }
    }
}

extension InvalidParts: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? {
        guard Self.partNames.contains(key) else { return nil }
        return rows(of: key).templateValue
    }
}

extension AbsenceTexts: TemplateObject {
    public func templateValue(forKey key: String) -> TemplateValue? { texts[key]?.templateValue }
}
