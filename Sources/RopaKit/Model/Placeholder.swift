/// The words a register uses for a value it does not have yet: "à compléter", "(à désigner)",
/// TODO, the CNIL workbook's "Sélectionnez un élément dans cette liste déroulante ►". One list,
/// used everywhere: the loader reports each value that holds one (`incomplete-value`), the rules
/// never take one as a reference, a contract, a name or a date, and the documents mark it and
/// cannot be final while one remains.
public enum Placeholder {
    /// Matched anywhere in a value, in any case ("Nature à préciser", "À COMPLÉTER").
    public static let phrases = ["à compléter", "à désigner", "à rédiger", "à préciser", "à nommer", "à vérifier",
                                 "to be completed", "sélectionnez un élément dans cette liste déroulante"]
    /// Matched as whole words only: "XXX" is a placeholder, "XXXL" and "todos" are not. `TODO`
    /// only in capitals, since "todo" is an ordinary Spanish and Portuguese word; "tbd" and "xxx"
    /// in any case.
    public static let words: [(spelling: String, anyCase: Bool)] = [("TODO", false), ("TBD", true), ("XXX", true)]

    /// What scaffolds write where the referent must fill something in (a value that starts with
    /// it is an error, `placeholder`: the skeleton was not filled in).
    public static let scaffold = "TODO"

    /// The first marker found in `text`, as listed; nil for a value that holds none.
    public static func marker(in text: String) -> String? {
        guard QuickScan.mayHoldMarker(text) else { return nil }
        let lowered = text.lowercased()
        if let phrase = phrases.first(where: { lowered.containsBytes(of: $0) }) { return phrase }
        let scalars = Array(text.unicodeScalars)
        return words.first { holds($0.spelling, anyCase: $0.anyCase, in: scalars) }?.spelling
    }

    /// Whether `text` holds a placeholder.
    public static func isIn(_ text: String) -> Bool { marker(in: text) != nil }

    /// Whether `text` starts with the scaffold's `TODO` as a word: a skeleton not filled in.
    static func startsWithScaffold(_ text: String) -> Bool {
        guard text.hasPrefix(scaffold) else { return false }
        return text.unicodeScalars.dropFirst(scaffold.unicodeScalars.count).first.map { !isWordScalar($0) } ?? true
    }

    /// Whether the ASCII `word` stands in `text` as a whole word: not preceded nor followed by a
    /// letter, a digit or `_`.
    private static func holds(_ word: String, anyCase: Bool, in text: [Unicode.Scalar]) -> Bool {
        let word = Array(word.unicodeScalars)
        guard !word.isEmpty, word.count <= text.count else { return false }
        func same(_ scalar: Unicode.Scalar, _ letter: Unicode.Scalar) -> Bool {
            scalar == letter || (anyCase && scalar.isASCII && scalar.properties.isAlphabetic && scalar.value | 0x20 == letter.value | 0x20)
        }
        return (0...(text.count - word.count)).contains { start in
            word.indices.allSatisfy { same(text[start + $0], word[$0]) }
                && (start == 0 || !isWordScalar(text[start - 1]))
                && (start + word.count == text.count || !isWordScalar(text[start + word.count]))
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// A quick test before the search, which needs the text lowercased: lowercasing every text of
    /// the register was a tenth of the loading time.
    enum QuickScan {
        /// Each marker's longest run of ASCII letters ("compl" for "à compléter"): a text can hold
        /// the marker, in any case, only if it holds that run in some case.
        static let keys: [[UInt8]] = (phrases + words.map(\.spelling)).map { marker in
            marker.lowercased().utf8.split { !(0x61...0x7A).contains($0) }.max { $0.count < $1.count }.map(Array.init) ?? []
        }

        /// The keys by their first letter: one pass over the text, whatever the number of
        /// markers (a key per marker made a 1.5 MB note take a third longer with three more).
        static let keysByFirstByte: [[[UInt8]]] = keys.reduce(into: Array(repeating: [], count: 256)) { table, key in
            if let first = key.first { table[Int(first)].append(key) }
        }

        /// A marker without ASCII letters could be anywhere: no quick test then.
        static let hasEmptyKey = keys.contains(where: \.isEmpty)

        static func mayHoldMarker(_ text: String) -> Bool {
            if hasEmptyKey { return true }
            var text = text
            return text.withUTF8 { bytes in
                let count = bytes.count
                var start = 0
                while start < count {
                    for key in keysByFirstByte[Int(bytes[start] | 0x20)] where key.count <= count - start {
                        var matched = 1
                        while matched < key.count, bytes[start + matched] | 0x20 == key[matched] { matched += 1 }
                        if matched == key.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
