extension Countries {
    /// The code of a country written by name ("France", "États-Unis"), to suggest it in a diagnostic.
    static func code(named name: String) -> String? {
        let wanted = name.lowercased()
        return names.first { _, label in label.fr.lowercased() == wanted || label.en.lowercased() == wanted }?.key
    }
}
