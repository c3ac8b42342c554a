/// A piece of text printed on one line of a terminal or a CI log, whatever it holds.
///
/// Messages quote register values, keys and file names, which a pull request from a stranger
/// controls. Printed raw, a line feed would let a value start a line of its own, such as
/// `::warning::…`, which GitHub Actions runs as a workflow command; an ESC would drive the
/// terminal; a U+202E would reorder what the reader sees. So line breaks and control characters
/// are written as Swift writes them (`\n`, `\r`, `\t`, `\u{1B}`), and invisible characters as
/// `TextHygiene.visible` does (`<U+202E>`).
enum LogText {
    static func escape(_ text: String) -> String {
        let text = TextHygiene.visible(text)
        guard mayHoldControl(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": result.append(contentsOf: #"\r"#.unicodeScalars)
            case "\t": result.append(contentsOf: #"\t"#.unicodeScalars)
            case _ where isControl(scalar):
                result.append(contentsOf: #"\u{"#.unicodeScalars)
                result.append(contentsOf: String(scalar.value, radix: 16, uppercase: true).unicodeScalars)
                result.append("}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// C0 and C1 controls, DEL, and the line and paragraph separators, which some viewers break
    /// lines on.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// A quick byte test: C0 controls and DEL are one byte, C1 controls start with C2, U+2028
    /// and U+2029 with E2.
    private static func mayHoldControl(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    }
}
