/// The grammatical operations a translation's placeholders may ask for, `{event|de}`: only what
/// the words of a table cannot say by themselves. Each works on a value from the register or a
/// table; a language that needs another adds it here, its words stay in its table.
enum Grammar {
    /// The filters by name, for the tests that check every table uses only these.
    static let filters: Set<String> = ["de", "à"]

    /// `text` changed by `filter`, or nil for an unknown filter.
    static func apply(_ filter: String, to text: String) -> String? {
        switch filter {
        case "de": frenchPreposition(de: true, text)
        case "à": frenchPreposition(de: false, text)
        default: nil
        }
    }

    /// French "de"/"à" before a noun phrase, contracted with its article: du, des, de la, de l',
    /// d' before a vowel; au, aux, à la, à l'.
    private static func frenchPreposition(de: Bool, _ phrase: String) -> String {
        let lower = phrase.lowercased()
        func rest(_ count: Int) -> Substring { phrase.dropFirst(count) }
        if lower.hasPrefix("le ") { return (de ? "du " : "au ") + rest(3) }
        if lower.hasPrefix("les ") { return (de ? "des " : "aux ") + rest(4) }
        if lower.hasPrefix("la ") || lower.hasPrefix("l'") || lower.hasPrefix("l’") {
            return (de ? "de " : "à ") + phrase
        }
        if let first = lower.first, "aeiouyhàâéèêëîïôùûü".contains(first) {
            return (de ? "d’" : "à ") + phrase
        }
        return (de ? "de " : "à ") + phrase
    }
}
