/// Where a record and each of its keys were written, so that any later check can point at the
/// exact value it is about.
public struct SourceMap: Sendable, Hashable {
    /// The position of the record itself (its first key).
    public var location: SourceLocation
    /// The position of each key's value, by YAML key.
    public var values: [String: SourceLocation]

    public init(location: SourceLocation, values: [String: SourceLocation] = [:]) {
        self.location = location
        self.values = values
    }

    /// The position of `key`'s value, or of the record when the key is absent.
    public subscript(key: String) -> SourceLocation {
        values[key] ?? location
    }

    /// Whether the key was written in the file.
    public func has(_ key: String) -> Bool { values[key] != nil }
}
