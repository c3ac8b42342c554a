/// A language documents can be printed in: one for each translation table embedded in the binary
/// (`translations/<code>.json`), so that adding a language is adding its table.
///
/// A struct rather than an enum: no code decides by language (the tables hold the words, the
/// grammar their placeholders ask for), and a value exists only for a language that has a table —
/// `Language(rawValue: "de")` is nil until `translations/de.json` is there. French and English
/// are named because ropa relies on them: French is the CNIL's language and the default, English
/// the language of diagnostics; a test checks that both tables exist.
public struct Language: RawRepresentable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Translation.tables[rawValue] != nil else { return nil }
        self.rawValue = rawValue
    }

    private init(table code: String) {
        rawValue = code
    }

    public static let fr = Language(table: "fr")
    public static let en = Language(table: "en")

    /// Every language with a table, by code.
    public static let allCases: [Language] = Translation.tables.keys.sorted().map(Language.init(table:))

    public var description: String { rawValue }
}
