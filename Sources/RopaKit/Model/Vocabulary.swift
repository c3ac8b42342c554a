/// A closed list of values that a register key accepts (legal bases, data categories, …).
///
/// The YAML spelling is the raw value (English snake_case); the labels are what documents print,
/// from the translation tables (`vocabulary.<tableKey>.<value>`, see `label`).
/// The same description feeds the loader (with did-you-mean), the documentation and the schema.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Sendable, Hashable
where AllCases == [Self] {
    /// What the list is, in words, for messages ("legal basis").
    static var vocabularyName: String { get }
    /// The list's name in the translation tables: `legal_basis` for `vocabulary.legal_basis.consent`.
    static var tableKey: String { get }
}

extension Vocabulary {
    public static var spellings: [String] { allCases.map(\.rawValue) }
}
