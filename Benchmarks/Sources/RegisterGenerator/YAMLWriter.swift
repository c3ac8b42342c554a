/// Block-style YAML as a person writes it: two-space indentation, list items under their key,
/// plain scalars where YAML allows them and double quotes elsewhere.
struct YAMLWriter {
    private(set) var text = ""
    private var indent = ""
    /// The next line starts a list item: it gets the "- " of the item instead of its indentation.
    private var pendingDash = false

    private mutating func emit(_ line: String) {
        if pendingDash {
            text += String(indent.dropLast(2)) + "- "
            pendingDash = false
        } else {
            text += indent
        }
        text += line
        text += "\n"
    }

    mutating func line(_ line: String) { emit(line) }

    mutating func key(_ key: String) { emit(key + ":") }

    mutating func pair(_ key: String, _ value: String, raw: Bool = false) {
        emit(key + ": " + (raw ? value : Self.scalarText(value)))
    }

    mutating func quoted(_ key: String, _ value: String) { emit(key + ": " + Self.doubleQuoted(value)) }

    mutating func scalar(_ value: String) { emit(Self.scalarText(value)) }

    /// `key: |` followed by the lines of `value`, which ends with a newline.
    mutating func block(_ key: String, _ value: String) {
        emit(key + ": |")
        let inner = indent + "  "
        for line in value.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            text += line.isEmpty ? "\n" : inner + line + "\n"
        }
    }

    /// `key: { a: 1, b: 2 }`, values written as given.
    mutating func flow(_ key: String, _ values: [String: String], order: [String]) {
        emit(key + ": { " + order.map { "\($0): \(values[$0] ?? "")" }.joined(separator: ", ") + " }")
    }

    mutating func indented(_ body: (inout YAMLWriter) -> Void) {
        let saved = indent
        indent += "  "
        body(&self)
        indent = saved
    }

    /// A list item, indented under the key written before it.
    mutating func item(_ body: (inout YAMLWriter) -> Void) {
        let saved = indent
        indent += "    "
        pendingDash = true
        body(&self)
        indent = saved
    }

    static func scalarText(_ value: String) -> String {
        needsQuotes(value) ? doubleQuoted(value) : value
    }

    static func needsQuotes(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last else { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first == " " || last == " " || last == ":" { return true }
        if value.contains(": ") || value.contains(" #") || value.contains("\n") || value.contains("\t") { return true }
        return ["true", "false", "null", "~", "yes", "no"].contains(value.lowercased())
    }

    static func doubleQuoted(_ value: String) -> String {
        var escaped = "\""
        for character in value {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            default: escaped.append(character)
            }
        }
        return escaped + "\""
    }
}
