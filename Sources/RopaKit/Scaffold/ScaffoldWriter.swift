/// Writes commented YAML skeletons from the record specs: every key appears with its French
/// label and meaning; required keys hold `TODO` (which `validate` reports until filled in),
/// optional keys are commented out, ready to be uncommented.
public struct ScaffoldWriter: Sendable {
    /// Values to write instead of `TODO` for some keys of the top record (id, dates).
    public var presets: [String: String]

    public init(presets: [String: String] = [:]) {
        self.presets = presets
    }

    public func file(_ kind: RegisterFileKind, schemaPrefix: String) -> String {
        var lines = [kind.languageServerComment(prefix: schemaPrefix),
                     "# \(kind.spec.help) See docs/format.md for every key.",
                     "# Replace each \(RegisterSchema.placeholder); uncomment optional keys that apply (remove the leading '# ').",
                     ""]
        lines += record(kind.spec, indent: "", commented: false, presets: presets, conditional: Set(kind.spec.conditionalKeys.map(\.key)))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `conditional`: keys required unless the parent record says otherwise (a purpose's legal
    /// basis, except in a processor's fiche): written out, since a new fiche is a controller's.
    private func record(_ spec: RecordSpec, indent: String, commented: Bool, presets: [String: String] = [:],
                        conditional: Set<String> = []) -> [String] {
        var lines: [String] = []
        for key in spec.keys {
            let alternative = !spec.exactlyOneOf.isEmpty && spec.exactlyOneOf.contains(key.name) && key.name != spec.exactlyOneOf.first
            let active = !commented && (key.required || conditional.contains(key.name) || spec.exactlyOneOf.first == key.name
                                        || presets[key.name] != nil || key.isAlwaysWritten) && !alternative
            var comment = "\(key.label.fr) — \(key.help)"
            if key.required { comment += " [obligatoire]" }
            if conditional.contains(key.name) { comment += " [obligatoire, sauf en qualité de sous-traitant]" }
            if alternative { comment += " [au lieu de '\(spec.exactlyOneOf.first ?? "")']" }
            if let article = key.article { comment += " (\(article))" }
            lines.append("\(indent)# \(comment)")
            let prefix = indent + (active ? "" : "# ")
            let nestedConditional = Set(spec.requiredUnless.filter { $0.list == key.name }.map(\.key))
            lines += value(for: key, shape: key.shape, prefix: prefix, indent: indent, commented: !active, preset: presets[key.name],
                           conditional: nestedConditional)
        }
        return lines
    }

    private func value(for key: KeySpec, shape: Shape, prefix: String, indent: String, commented: Bool, preset: String?,
                       conditional: Set<String> = []) -> [String] {
        let placeholder = RegisterSchema.placeholder
        if let preset { return ["\(prefix)\(key.name): \(preset)"] }
        switch shape {
        case .text, .identifier, .date, .duration, .country:
            return ["\(prefix)\(key.name): \(placeholder)\(hint(shape))"]
        case .boolean:
            return ["\(prefix)\(key.name): false"]
        case .vocabulary(let vocabulary):
            return ["\(prefix)\(key.name): \(placeholder)  # \(vocabulary.values.map(\.spelling).joined(separator: " | "))"]
        case .words(let words):
            return ["\(prefix)\(key.name): \(words.first ?? placeholder)"]
        case .oneOf(let shapes):
            // `none` when it is one of the choices for a list: the honest default for transfers and
            // sensitive data. A DPO or a representative is written out instead: "none" there is a
            // statement the referent must choose to make.
            let listChoice = shapes.contains { if case .list = $0 { true } else { false } }
            if listChoice, let words = shapes.lazy.compactMap(\.words).first, words.contains(RegisterSchema.none) {
                let none = RegisterSchema.none
                let other = shapes.first { $0.words == nil }
                let comment = other.map { "\(prefix)#   or, instead of '\(none)': \(self.describe($0))" }
                return ["\(prefix)\(key.name): \(none)"] + (comment.map { [$0] } ?? [])
            }
            let main = shapes.first { $0.words == nil } ?? .text
            return value(for: key, shape: main, prefix: prefix, indent: indent, commented: commented, preset: nil, conditional: conditional)
        case .list(let item):
            guard case .record(let spec) = item else {
                return ["\(prefix)\(key.name):", "\(prefix)  - \(placeholder)"]
            }
            if commented { return ["\(prefix)\(key.name):  # a list; each entry has: \(spec.keys.map(\.name).joined(separator: ", "))"] }
            var nested = record(spec, indent: indent + "    ", commented: false, conditional: conditional)
            // The first key line of the entry carries the list dash: "  - name: …".
            if let first = nested.firstIndex(where: { !$0.trimmingWhitespace.hasPrefix("#") }) {
                nested[first] = indent + "  - " + nested[first].dropFirst(indent.count + 4)
            }
            return ["\(prefix)\(key.name):"] + nested
        case .record(let spec):
            if commented { return ["\(prefix)\(key.name):  # a group with: \(spec.keys.map(\.name).joined(separator: ", "))"] }
            return ["\(prefix)\(key.name):"] + record(spec, indent: indent + "  ", commented: false)
        }
    }

    private func hint(_ shape: Shape) -> String {
        switch shape {
        case .date: "  # YYYY-MM-DD"
        case .duration: "  # e.g. 3 years, 13 months"
        case .country: "  # ISO code, e.g. FR"
        case .identifier: "  # lowercase-with-dashes"
        default: ""
        }
    }

    private func describe(_ shape: Shape) -> String {
        switch shape {
        case .list: "a list of entries (see docs/format.md)"
        default: "another value (see docs/format.md)"
        }
    }
}

private extension Shape {
    var words: [String]? {
        if case .words(let words) = self { return words }
        return nil
    }
}

private extension KeySpec {
    /// Optional keys written out rather than commented: the explicit "none" for sensitive data
    /// (an auditor wants the answer), the start of a retention period, and an e-mail contact.
    var isAlwaysWritten: Bool { ["sensitive_data", "from", "email", "jurisdiction"].contains(name) }
}
