import Foundation

/// A YAML mapping checked against its `RecordSpec`: unknown keys and missing required keys have
/// already been reported; the values of declared keys are ready to be read.
struct Record {
    let spec: RecordSpec
    let location: SourceLocation
    /// The value of each declared key, at the key's index in `spec.keys`; nil when not written.
    /// (An array rather than a dictionary: records are small, and there are many of them.)
    let values: [YAMLNode?]
    /// Where each written key's value is, built once for the model value made from this record.
    let sourceMap: SourceMap
    /// The pairs as written (shared with the YAML tree, not copied), to quote an entry's lines.
    let pairs: [YAMLPair]
    /// The keys found missing, blank or unknown while checking the record, each with its error:
    /// a file's top level turns them into invalid entries.
    var structuralProblems: [(key: String, pair: YAMLPair?, diagnostic: Diagnostic)] = []

    /// The keys `spec` requires given what the record says: its required keys, and its
    /// conditional ones unless their condition holds (`role: processor`).
    static func requiredKeys(of spec: RecordSpec, values: [YAMLNode?]) -> Set<String> {
        var keys = Set(spec.keys.filter(\.required).map(\.name))
        for condition in spec.conditionalKeys {
            let said = spec.index(of: condition.unless).flatMap { values[$0] }.flatMap { node -> String? in
                if case .scalar(let text, _) = node.content { text } else { nil }
            }
            if said != condition.value { keys.insert(condition.key) }
        }
        return keys
    }

    init(spec: RecordSpec, location: SourceLocation, values: [YAMLNode?], pairs: [YAMLPair] = []) {
        self.spec = spec
        self.location = location
        self.values = values
        self.pairs = pairs
        var map = SourceMap(location: location)
        map.reserve(values.count { $0 != nil })
        for (index, value) in values.enumerated() {
            if let value { map.set(spec.keys[index].name, value.location) }
        }
        sourceMap = map
    }

    func node(_ key: String) -> YAMLNode? {
        guard let index = spec.index(of: key) else {
            assertionFailure("'\(key)' is not declared in the spec '\(spec.name)'")
            return nil
        }
        return values[index]
    }

    func has(_ key: String) -> Bool { node(key) != nil }

    /// The pair of `key` as written.
    func pair(_ key: String) -> YAMLPair? { pairs.first { $0.keyText == key } }
}

/// Reads YAML nodes into model values, collecting every problem instead of stopping at the first.
///
/// Each reader returns nil (or an empty list) after reporting why, so callers simply skip what
/// could not be read and go on: one run shows all the problems of a file.
struct RecordReader {
    var diagnostics: [Diagnostic] = []
    /// The most diagnostics kept; past it they are only counted in `omitted`.
    var limit = Int.max
    private(set) var omitted = 0
    /// Ids declared and references made, for the checks across files.
    var names = CrossReferences()
    /// The file's text, to quote the lines of an entry that fails to load.
    var source = SourceExcerpts(text: "")
    /// The errors of the entry being read (see `entry`), kept even past `limit`.
    private var captured: [Diagnostic]?

    init(source: String = "") {
        self.source = SourceExcerpts(text: source)
    }

    @discardableResult
    mutating func report(_ id: String, severity: Diagnostic.Severity = .error, _ message: String, at location: SourceLocation,
                         help: String? = nil, reference: String? = nil, notes: [Diagnostic.Note] = []) -> Diagnostic {
        let diagnostic = Diagnostic(id: id, severity: severity, message: message, at: location, notes: notes, help: help,
                                    reference: reference)
        if severity == .error, captured != nil, captured?.count ?? 0 < Self.problemsKeptPerEntry { captured?.append(diagnostic) }
        guard diagnostics.count < limit else {
            omitted += 1
            return diagnostic
        }
        diagnostics.append(diagnostic)
        return diagnostic
    }

    // MARK: Entries

    /// The most errors an invalid entry carries: enough to say why, bounded for hostile files.
    static let problemsKeptPerEntry = 20

    /// Reads one entry — an item of a list, or the value of one key — and returns its value only
    /// when it was read without error. Otherwise the entry is kept in `invalid` with its lines
    /// and its errors: nothing the file says is dropped.
    mutating func entry<T>(_ key: String, at node: YAMLNode, excerpt: SourceExcerpts.Extent, into invalid: inout [InvalidEntry],
                           _ read: (inout RecordReader) -> T?) -> T? {
        let outer = captured
        captured = []
        let value = read(&self)
        let problems = captured ?? []
        captured = outer.map { $0 + problems.prefix(max(0, Self.problemsKeptPerEntry - $0.count)) }
        if problems.isEmpty, let value { return value }
        invalid.append(InvalidEntry(
            key: key, text: source.lines(excerpt, at: node.location), location: node.location,
            problems: problems.isEmpty ? [Diagnostic(id: DiagnosticID.missingKey, message: "this entry could not be read", at: node.location)]
                : problems))
        return nil
    }

    /// Reads the value of `key` as one entry (see `entry`); nil when absent.
    mutating func entry<T>(_ record: Record, _ key: String, into invalid: inout [InvalidEntry],
                           _ read: (inout RecordReader) -> T?) -> T? {
        guard let node = record.node(key), !record.structuralProblems.contains(where: { $0.key == key }) else { return nil }
        let extent: SourceExcerpts.Extent = record.pair(key).map { .pair(keyColumn: $0.key.location.column, keyLine: $0.key.location.line) }
            ?? .item(column: node.location.column)
        return entry(key, at: node, excerpt: extent, into: &invalid, read)
    }

    /// Reads each item of the list under `key` as one entry (see `entry`).
    mutating func entries<T>(_ record: Record, _ key: String, into invalid: inout [InvalidEntry],
                             items: (inout RecordReader) -> [YAMLNode]?, _ read: (inout RecordReader, YAMLNode) -> T?) -> [T] {
        guard let node = record.node(key), !record.structuralProblems.contains(where: { $0.key == key }) else { return [] }
        // The list itself may be wrong ("transfers: yes"): then the whole value is the entry.
        let outer = captured
        captured = []
        let list = items(&self)
        let problems = captured ?? []
        captured = outer
        guard let list, problems.isEmpty else {
            let pair = record.pair(key)
            invalid.append(InvalidEntry(
                key: key, text: pair.map { source.lines(.pair(keyColumn: $0.key.location.column, keyLine: $0.key.location.line), at: node.location) } ?? "",
                location: node.location,
                problems: problems.isEmpty ? [Diagnostic(id: DiagnosticID.wrongType, message: "'\(key)' could not be read", at: node.location)] : problems))
            return []
        }
        return list.compactMap { item in
            entry(key, at: item, excerpt: .item(column: item.location.column), into: &invalid) { reader in read(&reader, item) }
        }
    }

    /// Reads each item of the list of records under `key` as one entry.
    mutating func entries<T>(_ record: Record, _ key: String, as spec: RecordSpec, into invalid: inout [InvalidEntry],
                             _ build: (inout RecordReader, Record) -> T?) -> [T] {
        entries(record, key, into: &invalid, items: { reader in reader.list(record, key) }) { reader, item in
            reader.record(item, as: spec).flatMap { build(&reader, $0) }
        }
    }

    /// The missing, blank and unknown keys of a file's top level, as invalid entries: a missing
    /// key has no lines to quote, an unknown key's value is quoted so that it is not lost.
    mutating func structuralEntries(of record: Record) -> [InvalidEntry] {
        record.structuralProblems.map { problem in
            guard let pair = problem.pair else {
                return InvalidEntry(key: problem.key, text: "", location: problem.diagnostic.location, problems: [problem.diagnostic])
            }
            return InvalidEntry(key: problem.key,
                                text: source.lines(.pair(keyColumn: pair.key.location.column, keyLine: pair.key.location.line),
                                                   at: pair.key.location),
                                location: pair.key.location, problems: [problem.diagnostic])
        }
    }

    // MARK: Records

    /// Checks that `node` is a mapping with only declared keys and all required ones.
    mutating func record(_ node: YAMLNode, as spec: RecordSpec) -> Record? {
        guard case .mapping(let pairs) = node.content else {
            report(DiagnosticID.wrongType, "expected \(article(spec.name)) here (a group of 'key: value' lines), found \(node.kindDescription)",
                   at: node.location, help: "write the \(spec.name) as indented 'key: value' lines; \(spec.help.lowercasedFirst)")
            return nil
        }
        var values = [YAMLNode?](repeating: nil, count: spec.keys.count)
        var problems: [(key: String, pair: YAMLPair?, diagnostic: Diagnostic)] = []
        for pair in pairs {
            let key = pair.keyText
            guard let index = spec.index(of: key) else {
                // A file of unknown keys is not worth a did-you-mean per key past the limit.
                let known = spec.keys.map(\.name)
                let help = diagnostics.count < limit ? Suggestion.closest(to: key, in: known).map { "did you mean '\($0)'?" }
                    ?? "the keys of \(article(spec.name)) are: \(known.joined(separator: ", "))" : nil
                let diagnostic = report(DiagnosticID.unknownKey, "unknown key '\(key)' in \(article(spec.name))", at: pair.key.location,
                                        help: help)
                problems.append((key, pair, diagnostic))
                continue
            }
            if values[index] == nil { values[index] = pair.value }
        }
        let required = Record.requiredKeys(of: spec, values: values)
        for (index, key) in spec.keys.enumerated() where required.contains(key.name) && (values[index].map(\.isBlank) ?? true) {
            let at = values[index]?.location ?? node.location
            let what = "\(article(spec.name).capitalisedFirst) needs '\(key.name)' (\(key.label.fr))"
            let diagnostic = report(DiagnosticID.missingKey, values[index] == nil || values[index]?.isNull == true ? what : "\(what): this one is blank",
                                    at: at, help: "\(values[index] == nil ? "add" : "fill in") '\(key.name):' — \(key.help.lowercasedFirst)",
                                    reference: key.article)
            problems.append((key.name, pairs.first { $0.keyText == key.name }, diagnostic))
        }
        // A blank optional value is not written: one warning here, and every later check (the
        // reading of the value, `has`, the key's position) sees it absent. One of a set of
        // alternatives (`service`/`processor`…, `duration`/`until`) is required once chosen: its
        // reader reports it blank.
        for (index, key) in spec.keys.enumerated() where !required.contains(key.name) && !spec.exactlyOneOf.contains(key.name) {
            guard let value = values[index], case .scalar(let text, _) = value.content, value.isBlank else { continue }
            report(DiagnosticID.blankValue, severity: .warning,
                   "'\(key.name)' is blank\(text.isEmpty ? "" : " (only spaces or invisible characters)"): it is treated as not written",
                   at: value.location, help: "write the value, or remove the line '\(key.name):'")
            values[index] = nil
        }
        var record = Record(spec: spec, location: node.location, values: values, pairs: pairs)
        record.structuralProblems = problems
        return record
    }

    /// Reads the group of keys under `key`, when it is there.
    mutating func nested<T>(_ record: Record, _ key: String, as spec: RecordSpec,
                            _ build: (inout RecordReader, Record) -> T?) -> T? {
        guard let node = record.node(key), !node.isNull, let nested = self.record(node, as: spec) else { return nil }
        return build(&self, nested)
    }

    /// Reads a list of records, skipping entries that cannot be read.
    mutating func records<T>(_ record: Record, _ key: String, as spec: RecordSpec,
                             _ build: (inout RecordReader, Record) -> T?) -> [T] {
        list(record, key).compactMap { item in
            self.record(item, as: spec).flatMap { build(&self, $0) }
        }
    }

    /// The items of a list; a single value where a list is expected is reported.
    mutating func list(_ record: Record, _ key: String) -> [YAMLNode] {
        guard let node = record.node(key), !node.isNull else { return [] }
        return items(of: node, key: key, record: record)
    }

    /// For keys that take either the word `none` or a list (`transfers`, `sensitive_data`).
    /// Returns nil when absent.
    mutating func noneOrList(_ record: Record, _ key: String) -> [YAMLNode]? {
        guard let node = record.node(key), !node.isNull else { return nil }
        if case .scalar(let text, _) = node.content {
            if text == RegisterSchema.none { return [] }
            report(DiagnosticID.invalidValue, "'\(key)' must be the word 'none' or a list, not '\(text)'", at: node.location,
                   help: "write '\(key): none' when there are none, or list them one per '- ' line")
            return nil
        }
        return items(of: node, key: key, record: record)
    }

    private mutating func items(of node: YAMLNode, key: String, record: Record) -> [YAMLNode] {
        guard case .sequence(let items) = node.content else {
            report(DiagnosticID.wrongType, "'\(key)' must be a list, found \(node.kindDescription)", at: node.location,
                   help: "write each entry of '\(key)' on its own line starting with '- '")
            return []
        }
        if items.isEmpty, Record.requiredKeys(of: record.spec, values: record.values).contains(key) {
            let spec = record.spec.key(key)
            report(DiagnosticID.missingKey, "'\(key)' is empty: give at least one entry (\(spec?.label.fr ?? key))", at: node.location,
                   help: spec.map { $0.help } ?? "", reference: spec?.article)
        }
        return items
    }

    // MARK: Scalars

    /// A text that says something; nil when absent or blank (`record` has reported a blank value:
    /// an error for a required key, a warning for an optional one, which it dropped).
    mutating func text(_ record: Record, _ key: String) -> String? {
        guard let node = record.node(key) else { return nil }
        return text(node, key: key)
    }

    /// `listItem`: the node is an item of the list `key` (blank items are errors). `expecting`
    /// names what the text must be read as ("a date"): a placeholder is then an error, since it
    /// is not one, rather than a value kept and reported as still to be completed.
    mutating func text(_ node: YAMLNode, key: String, listItem: Bool = false, expecting: String? = nil) -> String? {
        if node.isBlank {
            // A blank value of a record has been reported by `record` (an error when the key is
            // required, otherwise it was dropped); a blank item of a list is reported here.
            if listItem {
                report(DiagnosticID.missingKey, "an entry of '\(key)' is blank", at: node.location,
                       help: "write the value after '- ', or remove the line")
            }
            return nil
        }
        guard case .scalar(let value, _) = node.content else {
            report(DiagnosticID.wrongType, "'\(key)' must be a text, found \(node.kindDescription)", at: node.location,
                   help: "write '\(key)' as one text on the same line, or as a block after '\(key): |'")
            return nil
        }
        let trimmed = value.trimmingWhitespace
        if Placeholder.startsWithScaffold(trimmed) {
            report(DiagnosticID.placeholder, "'\(key)' is still to be filled in", at: node.location,
                   help: "replace \(Placeholder.scaffold) with the real value (see docs/format.md)")
            return nil
        }
        if let marker = Placeholder.marker(in: trimmed) {
            if let expecting {
                report(DiagnosticID.placeholder, "'\(key)' is a placeholder ('\(marker)'), not \(expecting)", at: node.location,
                       help: "write the real value, or leave the key out until it is known (see docs/format.md)")
                return nil
            }
            report(DiagnosticID.incompleteValue, severity: .warning, "'\(key)' says it is still to be completed ('\(marker)')",
                   at: node.location, help: "write the real value; the register must be complete when it is handed to an authority")
        }
        reportInvisibleCharacters(in: trimmed, key: key, at: node.location)
        return trimmed
    }

    /// Invisible and bidirectional-control characters are kept (the value is what the file says)
    /// but reported: a reader of the printed register cannot see them, and a U+202E reorders
    /// what follows it. Outputs write them out as `<U+202E>`.
    private mutating func reportInvisibleCharacters(in value: String, key: String, at location: SourceLocation) {
        let found = TextHygiene.invisibleCharacters(in: value)
        guard let first = found.first else { return }
        let names = found.prefix(3).map { "\(TextHygiene.codePoint($0.scalar)) \($0.scalar.properties.name ?? "")" }
        let more = found.count > 3 ? " and \(found.count - 3) more" : ""
        let kind = found.contains { TextHygiene.isBidiControl($0.scalar) } ? "a bidirectional control that reorders the text around it"
            : "an invisible character"
        report(DiagnosticID.invisibleCharacter, severity: .warning,
               "'\(key)' holds \(kind): \(names.joined(separator: ", "))\(more), at character \(first.offset + 1) of the value",
               at: location,
               help: "delete it (editors often show it as nothing); the printed register shows it as \(TextHygiene.codePoint(first.scalar))")
    }

    /// An id that other entries refer to: lowercase letters, digits, '-' and '_'.
    mutating func identifier(_ record: Record, _ key: String) -> String? {
        guard let node = record.node(key), let value = text(node, key: key, expecting: "an id") else { return nil }
        guard value.isIdentifier else {
            report(DiagnosticID.invalidIdentifier, "'\(value)' is not a valid id", at: node.location,
                   help: "use lowercase letters, digits, '-' and '_' only, starting with a letter or a digit (at most 64), e.g. '\(value.suggestedIdentifier)'")
            return nil
        }
        return value
    }

    /// An id, remembered in `names` even when the entry that holds it turns out incomplete.
    mutating func identifier(_ record: Record, _ key: String,
                             declaringIn list: WritableKeyPath<CrossReferences, [CrossReferences.Name]>) -> String? {
        let value = identifier(record, key)
        if let value, let node = record.node(key) { names[keyPath: list].append(.init(value: value, location: node.location)) }
        return value
    }

    /// A reference to a service or processor id, remembered in `names` for the checks across files.
    mutating func reference(_ record: Record, _ key: String, to kind: CrossReferences.Kind) -> String? {
        let value = identifier(record, key)
        if let value, let node = record.node(key) {
            names.references.append(.init(kind: kind, name: .init(value: value, location: node.location)))
        }
        return value
    }

    mutating func date(_ record: Record, _ key: String) -> ISODate? {
        guard let node = record.node(key), let value = text(node, key: key, expecting: "a date") else { return nil }
        guard let date = ISODate(parsing: value) else {
            report(DiagnosticID.invalidDate, "'\(value)' is not a valid date", at: node.location,
                   help: "write dates as YYYY-MM-DD, e.g. 2018-05-25, and check the day exists")
            return nil
        }
        return date
    }

    mutating func country(_ record: Record, _ key: String) -> String? {
        guard let node = record.node(key), let value = text(node, key: key, expecting: "a country code") else { return nil }
        if Countries.isValid(value) { return value }
        let upper = value.uppercased()
        let help: String
        if Countries.isValid(upper) {
            help = "write country codes in capitals: '\(upper)'"
        } else if let code = Countries.code(named: value) {
            help = "use the ISO 3166-1 two-letter code: '\(code)'"
        } else {
            help = "use an ISO 3166-1 alpha-2 code such as FR, DE, US or GB"
        }
        report(DiagnosticID.invalidCountry, "'\(value)' is not an ISO 3166-1 country code", at: node.location, help: help)
        return nil
    }

    mutating func bool(_ record: Record, _ key: String) -> Bool? {
        guard let node = record.node(key), !node.isNull else { return nil }
        if case .scalar(let value, plain: true) = node.content {
            switch value {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        report(DiagnosticID.wrongType, "'\(key)' must be true or false, found \(node.scalarText.map { "'\($0)'" } ?? node.kindDescription)",
               at: node.location, help: "write \(key): true or \(key): false, without quotes")
        return nil
    }

    mutating func vocabulary<V: Vocabulary>(_ record: Record, _ key: String, _ type: V.Type) -> V? {
        guard let node = record.node(key) else { return nil }
        return vocabulary(node, key: key, type)
    }

    mutating func vocabulary<V: Vocabulary>(_ node: YAMLNode, key: String, _ type: V.Type, listItem: Bool = false) -> V? {
        guard let value = text(node, key: key, listItem: listItem, expecting: "one of the values of '\(V.vocabularyName)'") else { return nil }
        if let term = V(rawValue: value) { return term }
        report(DiagnosticID.invalidValue, "'\(value)' is not a known \(V.vocabularyName)", at: node.location,
               help: Suggestion.help(for: value, in: V.spellings, what: V.vocabularyName))
        return nil
    }

    /// A duration such as "3 years".
    mutating func duration(_ node: YAMLNode, key: String) -> Duration? {
        guard let value = text(node, key: key, expecting: "a duration") else { return nil }
        if let duration = Duration(parsing: value) { return duration }
        report(DiagnosticID.invalidDuration, "'\(value)' is not a duration", at: node.location,
               help: "write a number and a unit, e.g. '3 years', '13 months', '30 days' (French 'ans', 'mois', 'jours' also work)")
        return nil
    }

    // MARK: Helpers

    private func article(_ noun: String) -> String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return (noun.first.map { vowels.contains($0) } ?? false ? "an " : "a ") + noun
    }
}

extension String {
    var trimmingWhitespace: String {
        // Most values start and end with a printable ASCII character: nothing to trim, and no need
        // to look at them character by character.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view = view.dropFirst() }
        while let last = view.last, last.isWhitespace { view = view.dropLast() }
        return String(view)
    }

    var isIdentifier: Bool {
        guard let first = unicodeScalars.first, count <= 64 else { return false }
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
        }
        return first != "-" && first != "_" && unicodeScalars.allSatisfy(allowed)
    }

    /// What an invalid id probably meant: lowercased, spaces as '-', accents dropped.
    var suggestedIdentifier: String {
        let folded = lowercased().folding(options: .diacriticInsensitive, locale: nil)
        let mapped = folded.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        let trimmed = mapped.split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        return trimmed.isEmpty ? "my-id" : String(trimmed.prefix(64))
    }

    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension Array where Element == String {
    /// The texts in their order, each once.
    func uniqued() -> [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}
