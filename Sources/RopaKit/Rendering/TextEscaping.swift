/// CSS string contents: every character outside `[A-Za-z0-9 ]` becomes a `\HEX ` escape (the
/// space ends the escape and is consumed by CSS), so a register value placed in a `content: "…"`
/// declaration can neither close the string nor the `<style>` element, and Mustache's HTML
/// escaping leaves it unchanged. Invisible characters are first written out (`<U+202E>`): CSS
/// would decode `\202e ` and apply it.
enum CSSText {
    static func string(_ text: String) -> String {
        var result = ""
        for scalar in TextHygiene.visible(text).unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", " ":
                result.unicodeScalars.append(scalar)
            default:
                result += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return result
    }
}

/// Markdown text that renders as exactly the characters given, with no raw HTML, so that it
/// reads the same under cmark-gfm's safe mode, markdown-it and GitHub: a register value cannot
/// open a table cell (`|`), a code span (a backquote), a heading (`#`), a list, emphasis, a link
/// or raw HTML. Its line breaks are hard breaks (a backslash at the end of the line, CommonMark's
/// own), each new line escaped like a first one; where a line cannot end — a table row, a heading —
/// they print as " / ". Invisible characters are written out (`<U+202E>`, then escaped like any
/// `<`): shown, never applied.
public enum MarkdownText {
    /// How a value's line breaks print: a hard break, or " / " where the line cannot end.
    public enum LineBreaks: Sendable {
        case hardBreak, oneLine

        /// Inside a table row or a heading, a value stays on one line.
        static func within(line: some Collection<UInt8>) -> LineBreaks {
            line.first == UInt8(ascii: "|") || line.first == UInt8(ascii: "#") ? .oneLine : .hardBreak
        }

        var separator: String { self == .hardBreak ? "\\\n" : " / " }
    }

    public static func escape(_ text: String, lineBreaks: LineBreaks = .oneLine) -> String {
        let text = TextHygiene.visible(text)
        guard needsEscaping(text) else { return text }
        return lines(of: text).map(escapeLine).joined(separator: lineBreaks.separator)
    }

    /// The text that a value shows once rendered on one line (a heading): invisible characters
    /// written out, each line without its leading blanks, tabs as spaces, lines joined by " / ".
    /// A heading's anchor is made from it.
    public static func shownOnOneLine(_ text: String) -> String {
        lines(of: TextHygiene.visible(text)).map { String(String.UnicodeScalarView(shown($0))) }.joined(separator: LineBreaks.oneLine.separator)
    }

    /// What a line shows: without its leading blanks (invisible once rendered, but four of them
    /// would start a code block), tabs as spaces.
    private static func shown(_ line: Substring.UnicodeScalarView) -> [Unicode.Scalar] {
        line.drop { $0 == " " || $0 == "\t" }.map { $0 == "\t" ? " " : $0 }
    }

    /// The lines of a value; a run of line breaks (CR LF, blank lines) is one break.
    private static func lines(of text: String) -> [Substring.UnicodeScalarView] {
        text.unicodeScalars.split(omittingEmptySubsequences: true) { scalar in
            switch scalar {
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}": true
            default: false
            }
        }.map { Substring.UnicodeScalarView($0) }
    }

    private static func escapeLine(_ line: Substring.UnicodeScalarView) -> String {
        let scalars = shown(line)
        var result = ""
        result.reserveCapacity(scalars.count + 16)
        for scalar in scalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "-" where result.isEmpty, "+" where result.isEmpty, "=" where result.isEmpty:
                // At the start of a line these could open a list item, a rule or a heading underline.
                result += "\\"
                result.unicodeScalars.append(scalar)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return escapeOrderedListStart(result)
    }

    /// Most values need nothing: no special character, no line break, no risky first character.
    private static func needsEscaping(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
            || first == UInt8(ascii: "=") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
            return true
        }
        var text = text
        return text.withUTF8 { bytes in
            bytes.contains { byte in
                switch byte {
                case 0x09...0x0D, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                     UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                     UInt8(ascii: "&"),
                     0xC2, 0xE2:  // the lead bytes of U+0085 and of U+2028, U+2029
                    true
                default:
                    false
                }
            }
        }
    }

    /// "1. text" or "1) text" at the start would open an ordered list: escape the marker.
    private static func escapeOrderedListStart(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return text }
        let rest = text.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return text }
        return digits + "\\" + rest
    }
}

/// The anchor that GitHub gives a Markdown heading, so that a document's contents can link to its
/// headings without raw HTML (`<a id>`): the heading's text lowercased, without what is not a
/// letter, a mark, a decimal or letter number, `_`, `-` or a space, and each space a `-`, as
/// github-slugger does. GitLab and other previews slug differently in places (repeated hyphens).
/// Renderers that give headings no anchor (cmark-gfm, markdown-it without a plugin) leave the
/// links inert, never wrong.
public enum MarkdownAnchor {
    public static func slug(_ heading: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in heading.lowercased().unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .connectorPunctuation:
                result.append(scalar)
            default:
                if scalar == "-" || scalar == " " { result.append("-") }
            }
        }
        return String(result)
    }
}

/// JSON that carries every register value unchanged but no raw invisible character: each one is
/// written as a `\u` escape (`\u202E`, a surrogate pair above U+FFFF), which any JSON reader decodes
/// back to the same text. Raw, a U+202E would reorder the file for whoever opens it in an editor
/// or a terminal. Structural characters of JSON are ASCII, so only string contents change.
enum JSONText {
    static func escapingInvisible(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: TextHygiene.isInvisible) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard TextHygiene.isInvisible(scalar) else {
                result.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16, uppercase: true)
                result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            }
        }
        return String(result)
    }
}
