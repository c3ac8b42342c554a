/// Reads a template's text into nodes. The handling of whitespace — which tags stand alone on
/// their line and take the line with them, which blanks are kept — follows swift-mustache 2.1.1
/// step by step (its `Template+Parser.swift`), so that a template renders to the same bytes.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0

    /// What the parser knows at one level of sections.
    private struct State {
        var startDelimiter: [UInt8] = Array("{{".utf8)
        var endDelimiter: [UInt8] = Array("}}".utf8)
        /// The open section's name as written, and where its tag starts.
        var section: (spelling: String, offset: Int)?
        /// Only blanks were read since the start of the line.
        var newLine = true
    }

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    mutating func parseAll() throws(TemplateSyntaxError) -> [TemplateNode] {
        try parse(state: State())
    }

    // MARK: - The template

    private mutating func parse(state initial: State) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var blanksBefore = ""
        while position < bytes.count {
            if state.newLine { blanksBefore = readBlanks() }
            let (text, stop) = readText(state: state)
            if case .newline(let newline) = stop {
                nodes.append(.text(blanksBefore + text + newline))
                state.newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(blanksBefore + text))
                blanksBefore = ""
                state.newLine = false
            }
            guard stop == .tag, position < bytes.count else { break }
            let tagOffset = position - state.startDelimiter.count
            var standalone = false
            /// The blanks before a tag that does not take its line are text.
            func keepBlanks() {
                if !blanksBefore.isEmpty { nodes.append(.text(blanksBefore)) }
                blanksBefore = ""
            }
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let (name, spelling) = try readName(state: state, tagOffset: tagOffset)
                if isStandalone(state) { standalone = true } else { keepBlanks() }
                var inner = state
                inner.section = (spelling, tagOffset)
                if !standalone { inner.newLine = false }
                let innerNodes = try parse(state: inner)
                nodes.append(.section(name, Template(nodes: innerNodes), inverted: inverted))

            case UInt8(ascii: "/"):
                position += 1
                let (_, spelling) = try readName(state: state, tagOffset: tagOffset)
                guard let open = state.section, open.spelling == spelling else {
                    let message = state.section.map { "this closing tag does not match the section that is open ({{#\($0.spelling)}})" }
                        ?? "this closing tag closes no section"
                    throw error(message, at: tagOffset)
                }
                if !isStandalone(state) { keepBlanks() }
                return nodes

            case UInt8(ascii: "!"):
                position += 1
                guard skip(past: state.endDelimiter) else { throw error("this comment is never closed", at: tagOffset) }
                standalone = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                keepBlanks()
                position += 1
                let (name, _) = try readName(state: state, tagOffset: tagOffset)
                if triple {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw error("this tag is not finished: '}}}' is missing", at: tagOffset)
                    }
                    position += 1
                }
                nodes.append(.variable(name, escaped: false))

            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
                    throw error("dynamic partials ({{>*name}}) are not supported; name the partial", at: tagOffset)
                }
                let name = try readPartialName(state: state, tagOffset: tagOffset)
                if !blanksBefore.isEmpty { nodes.append(.text(blanksBefore)) }
                let (line, column, _) = place(of: tagOffset)
                if isStandalone(state) {
                    standalone = true
                    nodes.append(.partial(name, indentation: blanksBefore, line: line, column: column))
                } else {
                    nodes.append(.partial(name, indentation: nil, line: line, column: column))
                }
                blanksBefore = ""

            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw error("template inheritance ({{<parent}}, {{$block}}) is not supported; use partials ({{> name}})", at: tagOffset)

            case UInt8(ascii: "="):
                position += 1
                try setDelimiters(&state, tagOffset: tagOffset)
                standalone = isStandalone(state)

            case UInt8(ascii: "%"):
                position += 1
                nodes.append(.contentType(try readPragma(state: state, tagOffset: tagOffset)))
                standalone = isStandalone(state)

            default:
                keepBlanks()
                let (name, _) = try readName(state: state, tagOffset: tagOffset)
                nodes.append(.variable(name, escaped: true))
            }
            state.newLine = standalone
        }
        if let open = state.section {
            throw error("a section opened here is never closed: {{/\(open.spelling)}} is missing", at: open.offset)
        }
        return nodes
    }

    // MARK: - Text and lines

    private enum TextStop: Equatable {
        case tag
        case newline(String)
        case end
    }

    /// Text up to a tag (whose start delimiter is consumed), a line break (consumed) or the end.
    private mutating func readText(state: State) -> (String, TextStop) {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                let text = string(start, position)
                position += 1
                return (text, .newline("\n"))
            }
            if byte == UInt8(ascii: "\r"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "\n") {
                let text = string(start, position)
                position += 2
                return (text, .newline("\r\n"))
            }
            if byte == state.startDelimiter[0], matches(state.startDelimiter) {
                let text = string(start, position)
                position += state.startDelimiter.count
                return (text, .tag)
            }
            position += 1
        }
        return (string(start, position), .end)
    }

    /// The spaces and tabs at the start of a line.
    private mutating func readBlanks() -> String {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return string(start, position)
    }

    /// A tag alone on its line (only blanks before and after) takes the line with it: the rest of
    /// the line and its line break are consumed.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        guard position < bytes.count else { return true }
        var end = position
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\n") {
            position = end + 1
            return true
        }
        if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "\r"), bytes[end + 1] == UInt8(ascii: "\n") {
            position = end + 2
            return true
        }
        return false
    }

    // MARK: - Names

    private static let nameCharacters: Set<UInt8> = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8)

    /// `name`, `a.b`, `.`, `transform(name)`, `outer(inner(name))`, `first()`; then the end delimiter.
    private mutating func readName(state: State, tagOffset: Int) throws(TemplateSyntaxError) -> (TemplateName, String) {
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.nameCharacters.contains(bytes[position]) || bytes[position] == UInt8(ascii: "(")
                || bytes[position] == UInt8(ascii: ")") {
            position += 1
        }
        let spelling = string(start, position)
        skipWhitespace()
        guard matches(state.endDelimiter) else {
            throw error("this tag is not finished: '\(String(decoding: state.endDelimiter, as: UTF8.self))' is missing, or the name holds a character Mustache does not allow",
                        at: position)
        }
        position += state.endDelimiter.count
        return (try name(spelling, at: tagOffset), spelling)
    }

    /// Splits `outer(inner(name))` into the name and its transforms, innermost first.
    private func name(_ spelling: String, at offset: Int) throws(TemplateSyntaxError) -> TemplateName {
        var parts = spelling.split(separator: "(", omittingEmptySubsequences: false).map(String.init)
        var last = parts.removeLast()
        let closing = last.reversed().prefix { $0 == ")" }.count
        last = String(last.dropLast(closing))
        guard closing == parts.count, !parts.contains(where: \.isEmpty), !last.contains(")"), !parts.contains(where: { $0.contains(")") }) else {
            throw error("this tag's transforms are malformed; write transform(name), e.g. {{#empty(rows)}}", at: offset)
        }
        var transforms: [TemplateTransform] = []
        for word in parts.reversed() {
            guard let transform = TemplateTransform(rawValue: word) else {
                let names = TemplateTransform.allCases.map(\.rawValue)
                let hint = Suggestion.closest(to: word, in: names).map { " (did you mean \($0)()?)" } ?? ""
                throw error("'\(word)' is not a transform\(hint); the transforms are: \(names.map { "\($0)()" }.joined(separator: ", "))", at: offset)
            }
            transforms.append(transform)
        }
        if last.isEmpty, let position = transforms.first {
            guard [.first, .last, .index, .even, .odd].contains(position) else {
                throw error("\(position.rawValue)() needs a value; only first(), last(), index(), even() and odd() apply to the position in a list",
                                   at: offset)
            }
            return TemplateName(root: .position, path: [], transforms: transforms, spelling: spelling)
        }
        let path = last.split(separator: ".").map(String.init)
        let root: TemplateName.Root = last.hasPrefix(".") || path.isEmpty ? .current : .stack
        return TemplateName(root: root, path: path, transforms: transforms, spelling: spelling)
    }

    private static let partialNameCharacters = nameCharacters.union("()/".utf8)

    private mutating func readPartialName(state: State, tagOffset: Int) throws(TemplateSyntaxError) -> String {
        let start = position
        while position < bytes.count, Self.partialNameCharacters.contains(bytes[position]) { position += 1 }
        let name = string(start, position)
        skipWhitespace()
        guard matches(state.endDelimiter) else {
            throw error("this partial tag is not finished, or the name holds a character Mustache does not allow", at: position)
        }
        position += state.endDelimiter.count
        return name
    }

    // MARK: - Delimiters and pragmas

    /// `{{=<% %>=}}`
    private mutating func setDelimiters(_ state: inout State, tagOffset: Int) throws(TemplateSyntaxError) {
        let malformed = error("this set-delimiter tag is malformed; write {{=<% %>=}}", at: tagOffset)
        skipWhitespace()
        let start = readWord { !Self.isWhitespace($0) }
        skipWhitespace()
        let end = readWord { !Self.isWhitespace($0) && $0 != UInt8(ascii: "=") }
        skipWhitespace()
        guard !start.isEmpty, !end.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw malformed }
        position += 1
        guard matches(state.endDelimiter) else { throw malformed }
        position += state.endDelimiter.count
        state.startDelimiter = start
        state.endDelimiter = end
    }

    /// `{{% CONTENT_TYPE: MARKDOWN}}`
    private mutating func readPragma(state: State, tagOffset: Int) throws(TemplateSyntaxError) -> TemplateContentType {
        let isWord: (UInt8) -> Bool = { Self.nameCharacters.contains($0) }
        skipWhitespace()
        let variable = String(decoding: readWord(while: isWord), as: UTF8.self)
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw error("this pragma is malformed; write {{% CONTENT_TYPE: HTML}}", at: tagOffset)
        }
        position += 1
        skipWhitespace()
        let value = String(decoding: readWord(while: isWord), as: UTF8.self)
        skipWhitespace()
        guard !variable.isEmpty, !value.isEmpty, matches(state.endDelimiter) else {
            throw error("this pragma is malformed; write {{% CONTENT_TYPE: HTML}}", at: tagOffset)
        }
        position += state.endDelimiter.count
        guard variable == "CONTENT_TYPE", let contentType = TemplateContentType(rawValue: value) else {
            let types = TemplateContentType.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("unknown pragma or content type; the content types are \(types)", at: tagOffset)
        }
        return contentType
    }

    // MARK: - Bytes

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, Self.isWhitespace(bytes[position]) { position += 1 }
    }

    private mutating func readWord(while accept: (UInt8) -> Bool) -> [UInt8] {
        let start = position
        while position < bytes.count, accept(bytes[position]) { position += 1 }
        return Array(bytes[start..<position])
    }

    /// Moves past the next occurrence of `delimiter`; false if there is none.
    private mutating func skip(past delimiter: [UInt8]) -> Bool {
        while position < bytes.count {
            if matches(delimiter) {
                position += delimiter.count
                return true
            }
            position += 1
        }
        return false
    }

    private func matches(_ delimiter: [UInt8]) -> Bool {
        guard position + delimiter.count <= bytes.count else { return false }
        return bytes[position..<position + delimiter.count].elementsEqual(delimiter)
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    // MARK: - Errors

    /// Where the line holding `offset` starts and ends, its number and the column of `offset`.
    private func place(of offset: Int) -> (line: Int, column: Int, lineRange: Range<Int>) {
        let clamped = min(offset, bytes.count)
        let lineStart = bytes[..<clamped].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let lineEnd = bytes[clamped...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let line = bytes[..<lineStart].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return (line, string(lineStart, clamped).count + 1, lineStart..<lineEnd)
    }

    private func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        let (line, column, range) = place(of: offset)
        return TemplateSyntaxError(message: message, line: line, column: column, lineText: string(range.lowerBound, range.upperBound))
    }
}
