/// The output formats of `ropa diff`.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case json
}

extension RegisterDiff {
    public func report(_ format: DiffFormat, old: String, new: String) -> String {
        switch format {
        case .text: textReport(old: old, new: new)
        case .markdown: markdownReport(old: old, new: new)
        case .json: jsonReport(old: old, new: new)
        }
    }

    /// For a terminal or a CI log: each line goes through `LogText`, so that a value can neither
    /// start a line of its own nor drive the terminal.
    private func textReport(old: String, new: String) -> String {
        guard !isEmpty else { return LogText.escape("No change to the register between \(old) and \(new).") + "\n" }
        var lines = ["Register changes from \(old) to \(new):"]
        lines += added.map { "+ new treatment \($0.id) “\($0.name)” (\($0.reference))" }
        lines += removed.map { "- removed treatment \($0.id) “\($0.name)” (\($0.reference))" }
        lines += renamed.map { "~ treatment \($0.from) renamed to \($0.to.id) (\($0.to.reference))" }
        for treatment in changed {
            lines.append("~ changed treatment \(treatment.id) “\(treatment.name)”:")
            lines += treatment.changes.map { "    - \($0.replacingOccurrences(of: "*", with: ""))" }
        }
        if !organisation.isEmpty {
            lines.append("~ organisation and processors:")
            lines += organisation.map { "    - \($0.replacingOccurrences(of: "*", with: ""))" }
        }
        return lines.map(LogText.escape).joined(separator: "\n") + "\n"
    }

    /// For a pull-request comment: headings, bullets, names in italics; values cannot break it.
    private func markdownReport(old: String, new: String) -> String {
        guard !isEmpty else { return "**Register:** no change between `\(old)` and `\(new)`.\n" }
        var lines = ["### Register changes", "", "From `\(old)` to `\(new)`.", ""]
        func bullet(_ text: String) -> String { "- " + text.markdownInline }
        if !added.isEmpty {
            lines += ["**New treatments**", ""] + added.map { bullet("\($0.reference) — \($0.name) (`\($0.id)`)") } + [""]
        }
        if !removed.isEmpty {
            lines += ["**Removed treatments**", ""] + removed.map { bullet("\($0.reference) — \($0.name) (`\($0.id)`)") } + [""]
        }
        if !renamed.isEmpty {
            lines += ["**Renamed treatments**", ""] + renamed.map { bullet("`\($0.from)` → `\($0.to.id)` (\($0.to.reference))") } + [""]
        }
        for treatment in changed {
            lines += ["**Changed: \(treatment.name.markdownInline)** (`\(treatment.id)`)", ""]
            lines += treatment.changes.map(bullet) + [""]
        }
        if !organisation.isEmpty {
            lines += ["**Organisation and processors**", ""] + organisation.map(bullet) + [""]
        }
        return lines.joined(separator: "\n")
    }

    private struct JSONDocument: Encodable {
        var format_version = 1
        var old: String
        var new: String
        var added: [Entry]
        var removed: [Entry]
        var renamed: [Rename]
        var changed: [TreatmentChange]
        var organisation: [String]
    }

    private func jsonReport(old: String, new: String) -> String {
        encodeJSON(JSONDocument(old: old, new: new, added: added, removed: removed, renamed: renamed, changed: changed,
                                organisation: organisation))
    }
}


private extension String {
    /// Keeps the change's own *emphasis* but neutralises characters that would start markup,
    /// line breaks, control and invisible characters (written out as `LogText` does), and
    /// @mentions and #references.
    ///
    /// GitHub finds mentions after rendering, so `\@user` still notifies the user; a code span
    /// would not, but would show the backticks of any value that holds one. An empty HTML
    /// comment between `@` and the name renders as nothing and breaks the mention: `@<!-- -->user`
    /// reads "@user" and notifies no one (a zero-width space would too, but ropa itself flags
    /// invisible characters). `#12` gets the same, or it would link (and notify) issue 12 of any
    /// repository named before it. Inserted after escaping, so the comment is the only raw markup.
    var markdownInline: String {
        let flat = LogText.escape(replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " "))
        var result = ""
        var previous: Character?
        for character in flat {
            let mention = previous == "@" && (character.isLetter || character.isNumber)
            let issue = previous == "#" && character.isNumber
            if character.isASCII, mention || issue { result += "<!-- -->" }
            switch character {
            case "\\", "`", "_", "[", "]", "<", ">", "#", "|": result += "\\\(character)"
            default: result.append(character)
            }
            previous = character
        }
        return result
    }
}
