extension Countries {
    /// "the United States (US)", for messages.
    static func describe(_ code: String) -> String {
        name(code, in: .en).map { "\($0) (\(code))" } ?? code
    }
}

extension Purpose {
    /// The purpose's prospection, when it canvasses consumers through `channel`.
    func canvassingConsumers(by channel: ProspectionChannel) -> Prospection? {
        guard let prospection, prospection.audience == .consumers, prospection.channels.contains(channel) else { return nil }
        return prospection
    }
}

extension Purpose {
    /// "legitimate interests", for messages; a processor's category of processing has no basis of its own.
    var basisInWords: String { legalBasis?.label.en.lowercased() ?? "no legal basis of its own" }
}

/// A text a rule takes as proof — a contract's reference, a justification, the décret that
/// authorises: it counts only when it is written and is not a placeholder ("à compléter" is no
/// contract). A finding about a placeholder points at it, where the loader's `incomplete-value`
/// is, so that a document can tell an unfinished register from a wrong one (`Completeness`).
struct Proof {
    let key: String
    let marker: String
    let location: SourceLocation

    /// Whether `text` proves something: written, and not a placeholder.
    static func isGiven(_ text: String?) -> Bool { text.map { !Placeholder.isIn($0) } ?? false }

    /// The first of `values` that is a placeholder, with where it is written in `source`.
    static func placeholder(_ values: [(key: String, text: String?)], in source: SourceMap) -> Proof? {
        for (key, text) in values {
            if let text, let marker = Placeholder.marker(in: text) {
                return Proof(key: key, marker: marker, location: source[key])
            }
        }
        return nil
    }

    /// What a finding adds to its message: "'reference' is a placeholder ('à compléter')".
    var clause: String { "'\(key)' is a placeholder ('\(marker)')" }
}
