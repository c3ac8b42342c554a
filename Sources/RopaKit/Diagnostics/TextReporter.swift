/// Prints diagnostics the way compilers do: `file:line:col: severity: message [id]`, the source
/// line with a caret under the column, then notes, help and the legal reference. Each of those
/// is one line: what comes from the register (values, keys, file names) goes through `LogText`,
/// so that it can neither start a line of its own nor drive the terminal.
public struct TextReporter: Sendable {
    public var useColour: Bool
    /// Omits warnings and notes: only errors are printed (`--quiet`).
    public var errorsOnly: Bool

    public init(useColour: Bool = false, errorsOnly: Bool = false) {
        self.useColour = useColour
        self.errorsOnly = errorsOnly
    }

    public func report(_ diagnostics: [Diagnostic], sources: [String: String]) -> String {
        var lines = SourceLines(sources: sources)
        var output = ""
        for diagnostic in diagnostics where !errorsOnly || diagnostic.severity == .error {
            output += format(diagnostic, lines: &lines)
        }
        return output
    }

    /// "2 errors, 3 warnings in 14 files".
    public func summary(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let text = "\(plural(diagnostics.errorCount, "error")), \(plural(diagnostics.warningCount, "warning")) in \(plural(fileCount, "file"))"
        return paint(text, diagnostics.hasErrors ? .red : .green, bold: true) + "\n"
    }

    private func format(_ diagnostic: Diagnostic, lines: inout SourceLines) -> String {
        let colour: Colour = switch diagnostic.severity {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
        var text = paint("\(place(diagnostic.location)): ", nil, bold: true)
            + paint("\(diagnostic.severity.rawValue):", colour, bold: true)
            + paint(" \(LogText.escape(diagnostic.message))", nil, bold: true)
            + " [\(LogText.escape(diagnostic.id))]\n"
        if let line = lines.line(diagnostic.location.line, of: diagnostic.location.file) {
            let number = String(diagnostic.location.line)
            let gutter = String(repeating: " ", count: number.count)
            let visible = LogText.escape(line.replacingTabs)
            // Columns count Unicode scalars (as libyaml does); the caret needs displayed characters.
            let before = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, diagnostic.location.column - 1))))
            let caretOffset = LogText.escape(before.replacingTabs).count
            text += paint(" \(number) | ", .blue, bold: false) + visible + "\n"
            text += paint(" \(gutter) | ", .blue, bold: false) + String(repeating: " ", count: caretOffset) + paint("^", colour, bold: true) + "\n"
        }
        for note in diagnostic.notes {
            let position = note.location.map { " (\(place($0)))" } ?? ""
            text += "  " + paint("note:", .cyan, bold: true) + " \(LogText.escape(note.message))\(position)\n"
        }
        if let help = diagnostic.help {
            text += "  " + paint("help:", .green, bold: true) + " \(LogText.escape(help))\n"
        }
        if let reference = diagnostic.reference {
            text += "  " + paint("see:", nil, bold: true) + " \(LogText.escape(reference))\n"
        }
        return text
    }

    /// `file:line:col`, the file name escaped: a file may be named `x\n::warning::y.yaml`.
    private func place(_ location: SourceLocation) -> String {
        "\(LogText.escape(location.file)):\(location.line):\(location.column)"
    }

    private enum Colour: Int {
        case red = 31, green = 32, yellow = 33, blue = 34, cyan = 36
    }

    private func paint(_ text: String, _ colour: Colour?, bold: Bool) -> String {
        guard useColour, colour != nil || bold else { return text }
        var codes: [String] = []
        if bold { codes.append("1") }
        if let colour { codes.append(String(colour.rawValue)) }
        return "\u{1B}[\(codes.joined(separator: ";"))m\(text)\u{1B}[0m"
    }
}

/// Splits each file into lines once, on first use.
struct SourceLines {
    let sources: [String: String]
    var cache: [String: [Substring]] = [:]

    init(sources: [String: String]) { self.sources = sources }

    /// The line's whole text, without its line break.
    mutating func fullLine(_ number: Int, of file: String) -> Substring? {
        if cache[file] == nil, let text = sources[file] {
            // Split on the bytes: splitting on characters would break the whole file into graphemes.
            cache[file] = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        }
        guard let lines = cache[file], number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1]
        return line.last == "\r" ? line.dropLast() : line
    }

    /// The line as an excerpt shows it: very long lines (a minified blob) are cut so the output
    /// stays readable.
    mutating func line(_ number: Int, of file: String) -> String? {
        guard let line = fullLine(number, of: file) else { return nil }
        return line.utf8.count > 200 && line.count > 200 ? String(line.prefix(200)) + "…" : String(line)
    }
}

private extension String {
    var replacingTabs: String {
        utf8.contains(UInt8(ascii: "\t")) ? split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : self
    }
}
