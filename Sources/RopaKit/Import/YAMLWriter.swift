/// Writes register files as YAML, with a comment that names where each value came from.
///
/// Values are always double-quoted (escaping `"`, `\` and control characters), so that no text
/// from a workbook — "yes", "08", "#tag", "- item", a colon — can change the meaning of the file.
struct YAMLWriter {
    private(set) var lines: [String] = []

    /// `key: "value"  # source`, at `indent` levels of two spaces; `dash` opens a list item, whose
    /// other keys are then written at `indent + 1`.
    mutating func scalar(_ key: String, _ value: String, indent: Int, dash: Bool = false, source: String? = nil) {
        add("\(key): \(Self.quoted(value))", indent: indent, dash: dash, source: source)
    }

    /// `key: word` for a value of a closed vocabulary (plain: it is one of ropa's own words).
    mutating func word(_ key: String, _ word: String, indent: Int, dash: Bool = false, source: String? = nil) {
        add("\(key): \(word)", indent: indent, dash: dash, source: source)
    }

    /// `- "value"`: an item of a list of texts.
    mutating func item(_ value: String, indent: Int, source: String? = nil) {
        add(Self.quoted(value), indent: indent, dash: true, source: source)
    }

    /// `key:` opening a group or a list.
    mutating func open(_ key: String, indent: Int, dash: Bool = false, source: String? = nil) {
        add("\(key):", indent: indent, dash: dash, source: source)
    }

    mutating func comment(_ text: String, indent: Int) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(String(repeating: "  ", count: indent) + "# " + Self.commentSafe(String(line)))
        }
    }

    mutating func blank() { lines.append("") }

    var text: String { lines.joined(separator: "\n") + "\n" }

    private mutating func add(_ content: String, indent: Int, dash: Bool, source: String?) {
        let prefix = String(repeating: "  ", count: indent) + (dash ? "- " : "")
        lines.append(prefix + content + (source.map { "  # " + Self.commentSafe($0) } ?? ""))
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A comment cannot hold a line break: it would end the comment and start YAML.
    private static func commentSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
