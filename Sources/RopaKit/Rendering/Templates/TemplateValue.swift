/// What a template sees of the view model: text, a flag, a number (from a transform such as
/// `count(rows)`), a list, or an object whose keys the template names.
///
/// View models answer their keys themselves (`TemplateObject`) rather than through reflection:
/// looking a key up is a `switch`, not a walk of the type's metadata, which made rendering a
/// large register about forty times slower than loading it (docs/performance.md).
public enum TemplateValue: Sendable {
    case text(String)
    /// A file's own text, quoted (the lines of an entry that failed to load), or the diagnostic
    /// that quotes it: escaped and its invisible characters shown like any text, but never set —
    /// no typography, no mark — since it claims to be what the file (or the check) says.
    case verbatim(String)
    case flag(Bool)
    case number(Int)
    case list([TemplateValue])
    case object(any TemplateObject)
}

/// A value a template can print or open as a section.
public protocol TemplateRepresentable {
    /// Nil for an absent optional value: Mustache then looks the key up in the enclosing objects.
    var templateValue: TemplateValue? { get }
}

/// A view model whose keys templates name: `{{key}}`, `{{#key}}…{{/key}}`, `{{key.subkey}}`.
public protocol TemplateObject: TemplateRepresentable, Sendable {
    /// The value of `key`, or nil when the object has no such key or its value is absent.
    func templateValue(forKey key: String) -> TemplateValue?
}

extension TemplateObject {
    public var templateValue: TemplateValue? { .object(self) }
}

extension String: TemplateRepresentable {
    public var templateValue: TemplateValue? { .text(self) }
}

extension Bool: TemplateRepresentable {
    public var templateValue: TemplateValue? { .flag(self) }
}

extension Int: TemplateRepresentable {
    public var templateValue: TemplateValue? { .number(self) }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    public var templateValue: TemplateValue? { .list(compactMap(\.templateValue)) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    public var templateValue: TemplateValue? { flatMap(\.templateValue) }
}
