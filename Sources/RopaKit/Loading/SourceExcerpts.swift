/// The lines of a file that hold one entry, quoted in an invalid entry so that a draft shows what
/// the file says even where it could not be loaded.
///
/// Which lines belong to an entry follows YAML's indentation: the lines after its first one that
/// are indented deeper (or blank) are its continuation. The file's lines are split only when a
/// first entry fails, so files that load cleanly cost nothing.
struct SourceExcerpts {
    enum Extent {
        /// An item of a list, or a whole value, whose content starts at `column`: its lines are
        /// those indented at least as far.
        case item(column: Int)
        /// A key and its value: the lines indented deeper than the key (and a list written at
        /// the key's own indentation, which YAML allows).
        case pair(keyColumn: Int, keyLine: Int)
        /// The whole file.
        case file
    }

    /// The most lines quoted for one entry: a hostile file must not make every diagnostic huge.
    static let maxLines = 200
    static let maxBytes = 16_384

    private let text: String
    private var lineCache: [Substring]?

    init(text: String) {
        self.text = text
    }

    /// The entry's lines, starting with the line of `start`, without trailing blank lines; past
    /// `maxLines` or `maxBytes`, a last line says how many more there are.
    mutating func lines(_ extent: Extent, at start: SourceLocation) -> String {
        if lineCache == nil { lineCache = text.split(separator: "\n", omittingEmptySubsequences: false) }
        guard let lines = lineCache else { return "" }
        var first: Int
        switch extent {
        case .pair(_, let keyLine): first = keyLine - 1
        case .item, .file: first = start.line - 1
        }
        // An item whose content starts below its '-' ("-" alone, or "- # comment"): quote from the dash.
        if case .item(let column) = extent, first > 0, first < lines.count,
           lines[first].prefix(column - 1).allSatisfy({ $0 == " " }) {
            let above = lines[first - 1]
            let indent = above.prefix { $0 == " " }.count
            let rest = above.dropFirst(indent)
            if indent + 1 < column, rest == "-" || rest.hasPrefix("- #") { first -= 1 }
        }
        guard first >= 0, first < lines.count else { return "" }
        var end = first + 1
        if case .file = extent {
            end = lines.count
        } else {
            while end < lines.count, continues(lines[end], extent) { end += 1 }
        }
        while end > first + 1, lines[end - 1].allSatisfy({ $0 == " " || $0 == "\t" }) { end -= 1 }
        var quoted: [Substring] = []
        var bytes = 0
        for line in lines[first..<end] {
            guard quoted.count < Self.maxLines, bytes + line.utf8.count <= Self.maxBytes else { break }
            quoted.append(line)
            bytes += line.utf8.count + 1
        }
        var result = quoted.joined(separator: "\n")
        let left = end - first - quoted.count
        if left > 0 { result += "\n… (\(left) more line\(left > 1 ? "s" : "") in the file)" }
        return result
    }

    private func continues(_ line: Substring, _ extent: Extent) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        if indent == line.count { return true }  // blank
        switch extent {
        case .item(let column): return indent + 1 >= column
        case .pair(let keyColumn, _):
            if indent + 1 > keyColumn { return true }
            let rest = line.dropFirst(indent)
            return indent + 1 == keyColumn && (rest == "-" || rest.hasPrefix("- "))
        case .file: return true
        }
    }
}
