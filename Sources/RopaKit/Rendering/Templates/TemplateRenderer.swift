import Foundation

/// Renders a parsed template against a view model, with its partials. The semantics are
/// swift-mustache 2.1.1's: a name missing from the current object is looked up in the enclosing
/// ones; a section over a list repeats per element, over `true` renders once, over any other
/// value renders once inside it; an empty text opens a section (only `false`, nil and empty lists
/// do not); a partial starts again with HTML escaping and without the position in a list.
struct TemplateRenderer {
    static let titleOpening = Array("<title".utf8)
    static let titleClosing = Array("</title".utf8)

    private let partials: [String: Template]
    /// The objects the lookup climbs, the innermost last.
    private var stack: [TemplateValue]
    /// UTF-8 bytes: appending a value is a copy of its bytes, and escaping a scan of them.
    private var output: [UInt8] = []
    /// How printed values are set: typography, placeholders marked.
    private let style: ValueStyle
    /// Whether the template text printed last left a tag open (`<a href="`): a value there is an
    /// attribute, where a `<mark>` would break the markup.
    private var insideTag = false
    /// Whether it opened a `<title>`, whose text the browser shows as is: no `<mark>` either.
    private var insideTitle = false
    /// Markdown: how a value's line breaks print on the line being written (a table row or a
    /// heading cannot end), and whether that line has nothing yet.
    private var lineBreaks = MarkdownText.LineBreaks.hardBreak
    private var atLineStart = true

    /// What a template's nodes are rendered with; a pragma changes it for the rest of the template.
    private struct Frame {
        /// Added before each line of a partial whose tag stood alone, indented.
        var indentation: String?
        /// The position in the list being iterated, for `first()`, `last()`, `index()`…
        var position: ListPosition?
        var contentType: TemplateContentType
    }

    private struct ListPosition {
        let index: Int
        let count: Int

        func value(of transform: TemplateTransform) -> TemplateValue? {
            switch transform {
            case .first: .flag(index == 0)
            case .last: .flag(index == count - 1)
            case .index: .number(index)
            case .even: .flag(index % 2 == 0)
            case .odd: .flag(index % 2 == 1)
            default: nil
            }
        }
    }

    /// Renders `template` with `model` as the outermost object; `partials` are looked up by name.
    static func render(_ template: Template, model: TemplateValue, partials: [String: Template], style: ValueStyle = .plain) -> String {
        var renderer = TemplateRenderer(partials: partials, stack: [model], style: style)
        renderer.render(template, frame: Frame(indentation: nil, position: nil, contentType: .html))
        return String(decoding: renderer.output, as: UTF8.self)
    }

    private init(partials: [String: Template], stack: [TemplateValue], style: ValueStyle) {
        self.partials = partials
        self.stack = stack
        self.style = style
    }

    private mutating func render(_ template: Template, frame initial: Frame) {
        var frame = initial
        guard let indentation = frame.indentation, !indentation.isEmpty else {
            for node in template.nodes { render(node, frame: &frame) }
            return
        }
        // Each node's output is indented when it starts a line of this template's output.
        let start = output.count
        for node in template.nodes {
            var piece: [UInt8] = []
            swap(&piece, &output)
            render(node, frame: &frame)
            swap(&piece, &output)
            if !piece.isEmpty, output.count > start, output.last == UInt8(ascii: "\n") { output.append(contentsOf: indentation.utf8) }
            output.append(contentsOf: piece)
        }
    }

    private mutating func render(_ node: TemplateNode, frame: inout Frame) {
        switch node {
        case .text(let text):
            output.append(contentsOf: text.utf8)
            follow(text.utf8)
            // A text without '<' or '>' opens or closes no tag, and no <title>.
            if let sign = text.utf8.last(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) {
                insideTag = sign == UInt8(ascii: "<")
                let bytes = Array(text.utf8)
                let opened = bytes.lastStart(of: Self.titleOpening), closed = bytes.lastStart(of: Self.titleClosing)
                if let opened { insideTitle = closed.map { $0 < opened } ?? true } else if closed != nil { insideTitle = false }
            }
        case .contentType(let contentType):
            frame.contentType = contentType
        case .variable(let name, let escaped):
            switch lookUp(name, position: frame.position) {
            case .text(let text)?: append(text, escapedFor: escaped ? frame.contentType : .text)
            case .verbatim(let text)?: append(text, escapedFor: escaped ? frame.contentType : .text, verbatim: true)
            case .flag(let flag)?: output.append(contentsOf: (flag ? "true" : "false").utf8)
            case .number(let number)?: output.append(contentsOf: String(number).utf8)
            case .list?, .object?, nil: break
            }
        case .section(let name, let inner, let inverted):
            let value = lookUp(name, position: frame.position)
            let inside = Frame(indentation: frame.indentation, position: nil, contentType: frame.contentType)
            switch (value, inverted) {
            case (.list(let elements)?, false):
                for (index, element) in elements.enumerated() {
                    stack.append(element)
                    render(inner, frame: Frame(indentation: frame.indentation, position: ListPosition(index: index, count: elements.count),
                                               contentType: frame.contentType))
                    stack.removeLast()
                }
            case (.list(let elements)?, true):
                guard elements.isEmpty else { return }
                stack.append(.list(elements))
                render(inner, frame: inside)
                stack.removeLast()
            case (.flag(let flag)?, _):
                if flag != inverted { render(inner, frame: frame) }
            case (nil, _):
                if inverted { render(inner, frame: frame) }
            case (let value?, false):
                stack.append(value)
                render(inner, frame: inside)
                stack.removeLast()
            case (_?, true):
                break
            }
        case .partial(let name, let indentation, _, _):
            guard let partial = partials[name] else { return }
            let combined = indentation.map { (frame.indentation ?? "") + $0 } ?? frame.indentation
            render(partial, frame: Frame(indentation: combined, position: nil, contentType: .html))
        }
    }

    // MARK: - Names

    private func lookUp(_ name: TemplateName, position: ListPosition?) -> TemplateValue? {
        var transforms = name.transforms[...]
        var value: TemplateValue?
        switch name.root {
        case .position:
            guard let position, let transform = transforms.popFirst() else { return nil }
            value = position.value(of: transform)
        case .current:
            value = stack.last.flatMap { Self.descend(from: $0, through: name.path[...]) }
        case .stack:
            guard let key = name.path.first else { return stack.last }
            value = nil
            for object in stack.reversed() {
                guard case .object(let object) = object, let child = object.templateValue(forKey: key) else { continue }
                value = Self.descend(from: child, through: name.path.dropFirst())
                break
            }
        }
        for transform in transforms {
            guard let current = value else { return nil }
            value = transform == .slug ? slug(of: current) : Self.apply(transform, to: current)
        }
        return value
    }

    private static func descend(from value: TemplateValue, through path: ArraySlice<String>) -> TemplateValue? {
        var value = value
        for key in path {
            guard case .object(let object) = value, let child = object.templateValue(forKey: key) else { return nil }
            value = child
        }
        return value
    }

    /// The anchor of a heading that prints `value`, made from what the heading shows — its
    /// typography, its invisible characters written out, its lines on one, the "⚠ " of a value
    /// to complete — so that the link and the heading agree.
    private func slug(of value: TemplateValue) -> TemplateValue? {
        guard case .text(let text) = value else { return nil }
        let set = style.typography.map { Typography.set(text, in: $0) } ?? text
        let marked = style.marksPlaceholders && Placeholder.isIn(text) ? ValueStyle.markdownMark.replacingOccurrences(of: "*", with: "") : ""
        return .text(MarkdownAnchor.slug(marked + MarkdownText.shownOnOneLine(set)))
    }

    private static func apply(_ transform: TemplateTransform, to value: TemplateValue) -> TemplateValue? {
        switch (value, transform) {
        case (.text(let text), .empty): .flag(text.isEmpty)
        case (.text(let text), .capitalized): .text(text.capitalized)
        case (.text(let text), .lowercased): .text(text.lowercased())
        case (.text(let text), .uppercased): .text(text.uppercased())
        case (.text(let text), .reversed): .text(String(text.reversed()))
        case (.list(let elements), .empty): .flag(elements.isEmpty)
        case (.list(let elements), .count): .number(elements.count)
        case (.list(let elements), .first): elements.first
        case (.list(let elements), .last): elements.last
        case (.list(let elements), .reversed): .list(elements.reversed())
        case (.number(let number), .equalzero): .flag(number == 0)
        case (.number(let number), .plusone): .number(number + 1)
        case (.number(let number), .minusone): .number(number - 1)
        case (.number(let number), .even): .flag(number % 2 == 0)
        case (.number(let number), .odd): .flag(number % 2 != 0)
        default: nil
        }
    }

    // MARK: - Escaping

    /// Follows the lines that template text writes: what the current line starts with.
    private mutating func follow(_ text: String.UTF8View) {
        let rest = text.lastIndex(of: UInt8(ascii: "\n")).map { text[text.index(after: $0)...] }
        if rest != nil { atLineStart = true; lineBreaks = .hardBreak }
        let line = rest ?? text[...]
        guard atLineStart, !line.isEmpty else { return }
        lineBreaks = MarkdownText.LineBreaks.within(line: line)
        atLineStart = false
    }

    /// Every printed value passes here. Invisible characters are written out (`<U+202E>`), even
    /// unescaped (`{{{value}}}`): a right-to-left override in a printed register would reorder
    /// what the authority reads.
    private mutating func append(_ text: String, escapedFor contentType: TemplateContentType, verbatim: Bool = false) {
        let set = contentType == .text || verbatim ? text : style.typography.map { Typography.set(text, in: $0) } ?? text
        let marked = style.marksPlaceholders && contentType != .text && !verbatim && Placeholder.isIn(text)
        switch contentType {
        case .text: output.append(contentsOf: TextHygiene.visible(text).utf8)
        case .markdown:
            let escaped = MarkdownText.escape(set, lineBreaks: lineBreaks)
            output.append(contentsOf: ((marked ? ValueStyle.markdownMark : "") + escaped + (marked ? ValueStyle.markdownMarkEnd : "")).utf8)
            if !escaped.isEmpty { atLineStart = false }
        case .html:
            let marked = marked && !insideTag && !insideTitle
            if marked { output.append(contentsOf: ValueStyle.htmlMark.utf8) }
            HTMLText.append(set, to: &output)
            if marked { output.append(contentsOf: ValueStyle.htmlMarkEnd.utf8) }
        }
    }
}

/// How a document prints register values and generated words: its language's typography
/// (`Typography`, French spaces), and each value that holds a placeholder ("à compléter")
/// marked, so that a reader sees at once what is missing.
public struct ValueStyle: Sendable {
    /// Whose typography; nil prints values as written.
    public var typography: Language?
    public var marksPlaceholders: Bool

    public init(typography: Language?, marksPlaceholders: Bool) {
        self.typography = typography
        self.marksPlaceholders = marksPlaceholders
    }

    public static let plain = ValueStyle(typography: nil, marksPlaceholders: false)

    /// HTML: a `<mark>`, which the stylesheet shows highlighted on screen and paper.
    static let htmlMark = "<mark class=\"incomplete\">"
    static let htmlMarkEnd = "</mark>"
    /// Markdown has no highlight: a warning sign and bold, which any reader renders and a
    /// plain-text reader still sees ("**⚠ à compléter**").
    static let markdownMark = "**⚠ "
    static let markdownMarkEnd = "**"
}

/// HTML escaping of a printed value: `& < > " '`, as swift-mustache does, after writing
/// invisible characters out (`<U+202E>`, which then prints as `&lt;U+202E&gt;`).
enum HTMLText {
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = TextHygiene.visible(text)
        text.withUTF8 { bytes in
            var runStart = 0
            for (index, byte) in bytes.enumerated() {
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
