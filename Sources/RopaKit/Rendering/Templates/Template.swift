/// A parsed Mustache template (mustache(5)): text, `{{name}}`, sections `{{#name}}…{{/name}}`,
/// inverted sections `{{^name}}…{{/name}}`, comments, partials `{{> name}}`, set delimiters, and
/// the two extensions of swift-mustache that ropa's templates were first written for: transforms
/// (`{{#empty(rows)}}`, `{{^last()}}`) and the content-type pragma (`{{% CONTENT_TYPE: MARKDOWN}}`).
///
/// ropa parses and renders its templates itself: the view models answer their keys directly
/// (`TemplateObject`), and whitespace follows swift-mustache 2.1.1 exactly, so that templates
/// written for it render to the same bytes. Template inheritance (`{{< parent}}`, `{{$ block}}`),
/// dynamic partials (`{{>* name}}`) and lambdas are not supported.
public struct Template: Sendable {
    let nodes: [TemplateNode]

    /// Parses `text`; a syntax error carries its line and column.
    public init(_ text: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text)
        nodes = try parser.parseAll()
    }

    init(nodes: [TemplateNode]) {
        self.nodes = nodes
    }

    /// The partials this template includes, each with where it is named, to check that they exist.
    var partialReferences: [(name: String, line: Int, column: Int)] {
        nodes.flatMap { node -> [(name: String, line: Int, column: Int)] in
            switch node {
            case .partial(let name, _, let line, let column): [(name, line, column)]
            case .section(_, let inner, _): inner.partialReferences
            case .text, .variable, .contentType: []
            }
        }
    }
}

/// A piece of a parsed template.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, Template, inverted: Bool)
    /// `indentation` is set for a partial tag alone on its line: each line of the partial is indented as the tag.
    case partial(String, indentation: String?, line: Int, column: Int)
    case contentType(TemplateContentType)
}

/// How `{{value}}` is escaped: HTML by default, chosen per template by `{{% CONTENT_TYPE: …}}`.
/// A partial starts again with HTML, as in swift-mustache.
public enum TemplateContentType: String, Sendable, CaseIterable {
    case html = "HTML"
    case markdown = "MARKDOWN"
    case text = "TEXT"
}

/// A name in a tag: a dotted path and the transforms applied to it, innermost first.
struct TemplateName: Sendable, Equatable {
    enum Root: Sendable, Equatable {
        /// Looked up in the current object, then in each enclosing one.
        case stack
        /// `.name`: the current object only.
        case current
        /// `first()`, `last()`, `index()`…: the position in the list being iterated.
        case position
    }

    let root: Root
    /// Empty for `{{.}}` and for positions.
    let path: [String]
    let transforms: [TemplateTransform]
    /// The name as written, to compare an opening tag with its closing tag.
    let spelling: String
}

/// The transforms of swift-mustache that ropa supports, by the kind of value they apply to.
enum TemplateTransform: String, Sendable, CaseIterable {
    // texts; `slug` is the anchor GitHub gives a Markdown heading of that text (`MarkdownAnchor`)
    case capitalized, lowercased, uppercased, slug
    // texts and lists
    case empty, reversed
    // lists; `first` and `last` are also positions in a list
    case first, last, count
    // positions and numbers
    case index, even, odd
    // numbers
    case equalzero, plusone, minusone
}

/// A template that does not parse: what is wrong, and where.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public let message: String
    public let line: Int
    public let column: Int
    /// The text of the line, to quote.
    public let lineText: String
}
