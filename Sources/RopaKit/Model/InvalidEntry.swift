/// Something a register file says that could not be loaded: a transfer with an unknown country,
/// a purpose without a legal basis, a blank name, a whole treatment file with a syntax error.
///
/// It is kept in the model instead of being dropped, with the file's own lines and the reasons,
/// so that every output still shows it — marked, where it belongs — and never states an absence
/// ("aucun transfert") that the file contradicts. Only complete entries reach the typed model
/// values (`Treatment.transfers`…); what failed is here.
public struct InvalidEntry: Sendable, Hashable {
    /// Where it belongs: the key of its record ("transfers" for one transfer of a list, "name" for
    /// a blank name, an unknown key's own spelling), or `InvalidEntry.wholeFile` for a file that
    /// could not be read as a register file at all.
    public var key: String
    /// The lines of the file that hold it, as written; empty when the key is missing altogether.
    public var text: String
    /// Where it starts.
    public var location: SourceLocation
    /// The errors found in it: why it could not be loaded. Never empty.
    public var problems: [Diagnostic]

    public static let wholeFile = "(file)"

    public init(key: String, text: String, location: SourceLocation, problems: [Diagnostic]) {
        self.key = key
        self.text = text
        self.location = location
        self.problems = problems
    }
}

extension Array where Element == InvalidEntry {
    /// The entries that belong under `key` (a whole file that failed belongs everywhere, but is
    /// shown once, by itself: it is not listed here).
    public func under(_ key: String) -> [InvalidEntry] { filter { $0.key == key } }

    /// Whether anything under one of `keys`, or the whole file, failed to load: that part of the
    /// record is then not known, and an output may not state that it is empty.
    public func affect(_ keys: String...) -> Bool {
        contains { $0.key == InvalidEntry.wholeFile || keys.contains($0.key) }
    }
}
