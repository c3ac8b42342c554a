/// A YAML document as ropa reads it: mappings, sequences and scalars, each with its position.
///
/// ropa builds this tree itself from libyaml's events rather than using Yams' `Node`: it is a
/// Sendable value (files load in parallel), anchors and aliases are refused while parsing (so no
/// input can expand exponentially), duplicate keys are reported with both positions, and size
/// limits apply as the events arrive.
public struct YAMLNode: Sendable, Hashable {
    /// Not `indirect`: the arrays already hold children out of line, so a node costs no extra allocation.
    public enum Content: Sendable, Hashable {
        /// `plain` is false for quoted and block scalars: `"null"` is text, `null` is nothing.
        case scalar(String, plain: Bool)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var content: Content
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The words a diagnostic uses for this kind of value ("a list", "a text", …).
    public var kindDescription: String {
        switch content {
        case .mapping: "a group of keys"
        case .sequence: "a list"
        case .scalar(_, let plain) where plain && isNull: "an empty value"
        case .scalar: "a text"
        }
    }

    /// A plain `~`, `null` or nothing at all: YAML's way of writing "no value".
    public var isNull: Bool {
        guard case .scalar(let text, plain: true) = content else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// Null, or a text made only of white space and invisible characters: a value that says nothing.
    public var isBlank: Bool {
        guard case .scalar(let text, _) = content else { return false }
        return isNull || TextHygiene.isBlank(text)
    }

    public var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }
}

/// One `key: value` of a mapping, both with their positions.
public struct YAMLPair: Sendable, Hashable {
    public var key: YAMLNode
    public var value: YAMLNode

    /// The key's text; keys in a register are always plain texts.
    public var keyText: String { key.scalarText ?? "" }
}
