/// Where a record and each of its keys were written, so that any later check can point at the
/// exact value it is about.
///
/// Every record of the model carries one, so it is kept small: the keys' positions in a short
/// array that shares the record's file name, rather than a dictionary of full locations.
public struct SourceMap: Sendable, Hashable {
    /// The position of the record itself (its first key).
    public var location: SourceLocation
    /// The keys written in the record, each with the position of its value (same file as `location`).
    private var entries: [Entry]

    private struct Entry: Sendable, Hashable {
        var key: String
        var line: Int32
        var column: Int32
    }

    public init(location: SourceLocation, values: [String: SourceLocation] = [:]) {
        self.location = location
        entries = []
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            set(key, value)
        }
    }

    /// The position of each key's value, by YAML key.
    public var values: [String: SourceLocation] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.key, position(of: $0)) })
    }

    /// The position of `key`'s value, or of the record when the key is absent.
    public subscript(key: String) -> SourceLocation {
        entries.first { $0.key == key }.map(position) ?? location
    }

    /// Whether the key was written in the file.
    public func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// Records where `key`'s value is. Positions in another file than the record's are not kept.
    mutating func set(_ key: String, _ value: SourceLocation) {
        guard value.file == location.file else { return }
        let entry = Entry(key: key, line: Int32(clamping: value.line), column: Int32(clamping: value.column))
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    /// Reserves room for `count` keys before they are set one by one.
    mutating func reserve(_ count: Int) { entries.reserveCapacity(count) }

    private func position(of entry: Entry) -> SourceLocation {
        SourceLocation(file: location.file, line: Int(entry.line), column: Int(entry.column))
    }
}
