/// One language's translation table: every word the documents generate, by key, as written in
/// `translations/<language>.json` and embedded into the binary at build time.
///
/// Texts may hold placeholders, `{count}`, filled by the code, and ask for a grammatical
/// operation on the value, `{event|de}` (see `Grammar`). A key with forms `<key>.one` and
/// `<key>.other` is chosen by `{count}` with the language's own rule, `grammar.plural.one`: the
/// counts that take the `.one` form ("0 1" in French, "1" in English).
struct Translation: Sendable {
    let texts: [String: String]
    /// The `word.*` texts by `Word`, looked up once: documents ask for them on every row.
    let words: [Word: String]
    let singularCounts: Set<Int>

    init(_ texts: [String: String]) {
        self.texts = texts
        words = Dictionary(uniqueKeysWithValues: Word.allCases.map { ($0, texts[$0.text.key] ?? Self.missing($0.text.key)) })
        singularCounts = Set((texts[TextKey.pluralOne.rawValue] ?? "").split { $0 == " " || $0 == "," }.compactMap { Int($0) })
    }

    /// The embedded tables by language code; two equal keys cannot reach here (the build refuses them).
    static let tables: [String: Translation] = EmbeddedTranslations.all.mapValues { pairs in
        Translation(Dictionary(pairs, uniquingKeysWith: { first, _ in first }))
    }

    static func of(_ language: Language) -> Translation { tables[language.rawValue] ?? Translation([:]) }

    /// What a key missing from a table prints: visible, never a crash (a test keeps tables complete).
    static func missing(_ key: String) -> String { "⟦\(key)⟧" }

    func text(_ key: String) -> String { texts[key] ?? Self.missing(key) }

    /// The text of `key` with its placeholders filled from `values`.
    func format(_ key: String, _ values: [String: String]) -> String {
        Self.fill(text(key), values)
    }

    /// The form of `key` that `count` takes (`<key>.one` or `<key>.other`), `{count}` filled.
    func plural(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        format(key + (singularCounts.contains(count) ? ".one" : ".other"), values.merging(["count": String(count)]) { given, _ in given })
    }

    /// `{name}` becomes `values[name]`, `{name|filter}` the value changed by the grammar's filter;
    /// a placeholder without a value is left as written, so that it shows.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let placeholder = Placeholder(rest[rest.index(after: open)..<close])
            if let value = values[placeholder.name] {
                result += placeholder.filter.map { Grammar.apply($0, to: value) ?? value } ?? value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The placeholders of a text, in order.
    static func placeholders(in text: String) -> [Placeholder] {
        var found: [Placeholder] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(Placeholder(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// `{name}` or `{name|filter}`.
    struct Placeholder: Hashable {
        let name: String
        let filter: String?

        init(_ content: Substring) {
            let parts = content.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            name = String(parts[0])
            filter = parts.count > 1 ? String(parts[1]) : nil
        }
    }
}

/// A text of the translation tables, by key: `phrase[language]` is its words in that language.
public struct Phrase: Sendable, Hashable {
    public let key: String

    public init(_ key: String) {
        self.key = key
    }

    public init(_ key: TextKey) {
        self.key = key.rawValue
    }

    public subscript(language: Language) -> String { Translation.of(language).text(key) }

    /// French and English by name: the JSON Schema shows both, diagnostics are in English.
    public var fr: String { self[.fr] }
    public var en: String { self[.en] }
}

/// The keys of the tables that are neither a `Word` nor named after a value (vocabulary values,
/// countries, months, duration units): sentences with placeholders and the grammar's settings.
public enum TextKey: String, CaseIterable, Sendable {
    case pluralOne = "grammar.plural.one"
    case datePattern = "date.pattern"
    case dateFirstDay = "date.first_day"
    case retentionPeriod = "retention.period"
    case retentionFrom = "retention.from"
    case retentionUntil = "retention.until"
    case retentionFromStated = "retention.from_stated"
    case retentionUntilStated = "retention.until_stated"
    case retentionUntilLength = "retention.until_length"
    case retentionIndefinite = "retention.indefinite"
    case retentionThen = "retention.then"
    case retentionArchive = "retention.archive"
    /// Plural: `.one` and `.other`.
    case extractNote = "document.extract_note"
    /// Why a document is a working version: "{items}" are the two counts below, those not zero.
    case unfinished = "document.unfinished"
    /// Plural: "51 valeurs incomplètes".
    case unfinishedValues = "document.unfinished_values"
    /// Plural: "5 erreurs".
    case unfinishedErrors = "document.unfinished_errors"
    /// "Version du {date}": the register as of its latest update.
    case versionOf = "document.version_of"
    case standardClauses2021 = "article.standard_clauses.2021"
    case standardClausesOldProcessor = "article.standard_clauses.old_processor"
    case standardClausesOldController = "article.standard_clauses.old_controller"
    case articleWithDecision = "article.with_decision"
    case supervisoryAuthority = "supervisory_authority.cnil"

    /// Whether the table gives the key as `.one` and `.other` forms.
    public var isPlural: Bool { [.extractNote, .unfinishedValues, .unfinishedErrors].contains(self) }
}

extension Duration.Unit {
    /// The plural key of "3 years": `duration.years.one`, `duration.years.other`.
    var pluralKey: String { "duration." + rawValue }
}

extension Vocabulary {
    /// `<family>.<tableKey>.<value>`: `vocabulary.legal_basis.consent`, `article.legal_basis.consent`.
    func phrase(_ family: String) -> Phrase { Phrase("\(family).\(Self.tableKey).\(rawValue)") }

    /// What documents print for this value, in each language.
    public var label: Phrase { phrase("vocabulary") }
}
