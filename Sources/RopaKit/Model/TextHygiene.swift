import Foundation

/// The one place that decides what an empty text is, which characters are invisible, and when
/// two identifiers only look alike. A register's printed values are legal statements: a name made
/// of U+200B prints as nothing, a U+202E reorders what the reader sees, and `T-50` written with a
/// Cyrillic `Т` prints like the Latin one. Loader, checks and renderers all ask here.
public enum TextHygiene {
    /// Characters that render as nothing, or that change how the text around them is shown:
    /// Unicode's default-ignorable code points (zero-width spaces and joiners, bidirectional
    /// controls, the byte-order mark, Hangul fillers, tag characters…) and the blank Braille
    /// pattern, which renders as a space. Variation selectors are left out: they are part of
    /// how some emoji and ideographs are written, and change nothing a reader could misread.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0xAD else { return false }
        if isVariationSelector(scalar) { return false }
        return scalar.value == 0x2800 || scalar.properties.isDefaultIgnorableCodePoint
    }

    /// The bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069): they
    /// reorder the text that follows them when applied.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x180B...0x180D, 0x180F, 0xFE00...0xFE0F, 0xE0100...0xE01EF: true
        default: false
        }
    }

    /// Whether `text` says nothing: empty, or made only of white space and invisible characters.
    /// Such a value is missing, wherever it is written.
    public static func isBlank(_ text: String) -> Bool {
        // Nearly every value starts with a visible ASCII character.
        if let first = text.utf8.first, (0x21...0x7E).contains(first) { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || isInvisible($0) }
    }

    /// The invisible characters of `text`, each with its offset in Unicode scalars from the start.
    public static func invisibleCharacters(in text: String) -> [(offset: Int, scalar: Unicode.Scalar)] {
        guard mayHoldInvisible(text) else { return [] }
        return text.unicodeScalars.enumerated().compactMap { offset, scalar in
            isInvisible(scalar) ? (offset, scalar) : nil
        }
    }

    /// `text` with each invisible character written out as `<U+202E>`: shown, never applied.
    public static func visible(_ text: String) -> String {
        // Every printed value comes here: most French text passes the byte test (’, «), few hold one.
        guard mayHoldInvisible(text), text.unicodeScalars.contains(where: isInvisible) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                result.append(contentsOf: codePoint(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// "U+202E" style, with at least four hex digits.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// The form in which two identifiers or references that a reader cannot tell apart are equal:
    /// compatibility-normalised (NFKC: full-width letters, ligatures), without invisible
    /// characters, with every dash written '-', Cyrillic and Greek letters that look like Latin
    /// ones replaced by them, and lowercased. `T-50`, `T-50` + U+200B, `Т-50` (Cyrillic) and
    /// `T‑50` (U+2011) all give `t-50`.
    public static func skeleton(_ text: String) -> String {
        let normalised = text.precomposedStringWithCompatibilityMapping
        var result = String.UnicodeScalarView()
        for scalar in normalised.unicodeScalars where !isInvisible(scalar) {
            if isDash(scalar) {
                result.append("-")
            } else if let latin = latinLookAlike[scalar.value] {
                result.append(latin)
            } else {
                result.append(scalar)
            }
        }
        return String(result).lowercased()
    }

    private static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x058A, 0x05BE, 0x1400, 0x1806, 0x2010...0x2015, 0x2043, 0x2212, 0x2E17, 0x2E1A, 0x2E3A, 0x2E3B,
             0x301C, 0x30A0, 0xFE31, 0xFE32, 0xFE58, 0xFE63, 0xFF0D:
            true
        default:
            false
        }
    }

    /// Cyrillic and Greek letters drawn like Latin letters (Unicode's confusables, the subset that
    /// looks identical in common fonts), capital and small.
    private static let latinLookAlike: [UInt32: Unicode.Scalar] = {
        let pairs: [(UInt32, Character)] = [
            // Cyrillic capitals
            (0x0410, "A"), (0x0412, "B"), (0x0415, "E"), (0x041A, "K"), (0x041C, "M"), (0x041D, "H"), (0x041E, "O"),
            (0x0420, "P"), (0x0421, "C"), (0x0422, "T"), (0x0423, "Y"), (0x0425, "X"), (0x0405, "S"), (0x0406, "I"),
            (0x0408, "J"), (0x04AE, "Y"), (0x04C0, "I"), (0x0417, "3"),
            // Cyrillic small
            (0x0430, "a"), (0x0435, "e"), (0x043E, "o"), (0x0440, "p"), (0x0441, "c"), (0x0443, "y"), (0x0445, "x"),
            (0x0455, "s"), (0x0456, "i"), (0x0458, "j"), (0x04CF, "l"), (0x0501, "d"), (0x051B, "q"), (0x051D, "w"),
            // Greek capitals
            (0x0391, "A"), (0x0392, "B"), (0x0395, "E"), (0x0396, "Z"), (0x0397, "H"), (0x0399, "I"), (0x039A, "K"),
            (0x039C, "M"), (0x039D, "N"), (0x039F, "O"), (0x03A1, "P"), (0x03A4, "T"), (0x03A5, "Y"), (0x03A7, "X"),
            // Greek small
            (0x03BF, "o"), (0x03B1, "a"), (0x03B9, "i"), (0x03BD, "v"), (0x03C1, "p"), (0x03C5, "u"),
        ]
        var table: [UInt32: Unicode.Scalar] = [:]
        for (code, latin) in pairs {
            if let scalar = latin.unicodeScalars.first { table[code] = scalar }
        }
        return table
    }()

    /// A quick byte test: every invisible character is encoded with one of these lead bytes, and
    /// plain ASCII text (most ids and dates) has none of them.
    private static func mayHoldInvisible(_ text: String) -> Bool {
        text.utf8.contains { byte in
            switch byte {
            case 0xC2, 0xCD, 0xD8, 0xDB, 0xDC, 0xE1, 0xE2, 0xE3, 0xEF, 0xF0, 0xF3: true
            default: false
            }
        }
    }
}
