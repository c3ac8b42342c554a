import Mustache

/// CSS string contents: every character outside `[A-Za-z0-9 ]` becomes a `\HEX ` escape (the
/// space ends the escape and is consumed by CSS), so a register value placed in a `content: "…"`
/// declaration can neither close the string nor the `<style>` element, and Mustache's HTML
/// escaping leaves it unchanged.
enum CSSText {
    static func string(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
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

/// Markdown text that renders as exactly the characters given, on one line: a register value
/// cannot open a table cell (`|`), a code span (`` ` ``), a heading (`#`), a list, emphasis,
/// a link or raw HTML, nor end the line. Line breaks become `<br>`, which GitHub renders in
/// table cells and paragraphs alike.
public enum MarkdownText {
    public static func escape(_ text: String) -> String {
        // Leading blanks are invisible once rendered, but four of them would start a code block.
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        var result = ""
        result.reserveCapacity(trimmed.utf8.count)
        for character in trimmed {
            switch character {
            case "\r\n", "\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}":
                result += "<br>"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~":
                result += "\\" + String(character)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "-" where result.isEmpty, "+" where result.isEmpty, "=" where result.isEmpty:
                // At the start of a line these could open a list item, a rule or a heading underline.
                result += "\\" + String(character)
            case "\t":
                result += " "
            default:
                result.append(character)
            }
        }
        return escapeOrderedListStart(result)
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

/// The `MARKDOWN` content type for `{{% CONTENT_TYPE: MARKDOWN}}`: Mustache escapes every
/// `{{value}}` with `MarkdownText.escape`, as it escapes HTML by default.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String { MarkdownText.escape(text) }

    /// swift-mustache keeps content types in a process-wide table; registering the same
    /// stateless escaper under the same name is idempotent, done once before any template parses.
    static let registered: Void = MustacheContentTypes.register(MarkdownContentType(), named: name)
}
