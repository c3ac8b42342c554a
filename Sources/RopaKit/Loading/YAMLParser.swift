import CYaml
import Foundation

/// Limits that keep any input, however hostile, within bounded time and memory.
/// The defaults are far beyond any real register: a treatment file is a few kilobytes, and a large
/// organisation keeps a few hundred treatments.
public struct LoadLimits: Sendable, Hashable {
    /// The largest file read (2 MiB).
    public var maxFileBytes: Int
    /// The deepest nesting of lists and groups in one file.
    public var maxDepth: Int
    /// The most values (keys, texts, lists, groups) in one file.
    public var maxNodesPerFile: Int
    /// The most files in one register, organisation and processors included.
    public var maxFiles: Int
    /// The most bytes read for one register, all files together (256 MiB).
    public var maxRegisterBytes: Int
    /// The most problems collected: past them loading stops, since a diagnostic takes far more
    /// memory than the few bytes that can cause it.
    public var maxDiagnostics: Int

    public init(maxFileBytes: Int = 2 << 20, maxDepth: Int = 32, maxNodesPerFile: Int = 200_000,
                maxFiles: Int = 50_000, maxRegisterBytes: Int = 256 << 20, maxDiagnostics: Int = 10_000) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodesPerFile = maxNodesPerFile
        self.maxFiles = maxFiles
        self.maxRegisterBytes = maxRegisterBytes
        self.maxDiagnostics = maxDiagnostics
    }

    /// The most problems shown for one file; a file with more is beyond fixing line by line.
    public var maxDiagnosticsPerFile: Int { min(1_000, maxDiagnostics) }

    public static let `default` = LoadLimits()
}

let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

/// Turns the bytes of one file into a `YAMLNode` tree, or into diagnostics.
///
/// Works directly on libyaml's event stream (vendored by Yams as `CYaml`).
public enum YAMLParser {
    /// What parsing one file gives: its tree, when it parsed, and the problems found.
    public struct Output: Sendable {
        /// Nil when the file is empty, or when a problem stopped the parse.
        public var root: YAMLNode?
        /// At most `limits.maxDiagnosticsPerFile`.
        public var diagnostics: [Diagnostic]
        /// How many more problems were found but not kept.
        public var omitted = 0
    }

    public static func parse(_ bytes: [UInt8], file: String, limits: LoadLimits = .default) -> Output {
        // libyaml skips a byte-order mark only when it detects the encoding itself; with UTF-8
        // imposed, the mark would be read as text. Editors (Notepad) still write it.
        let content = bytes.starts(with: utf8ByteOrderMark) ? Array(bytes.dropFirst(utf8ByteOrderMark.count)) : bytes
        var builder = TreeBuilder(file: file, bytes: content, limits: limits)
        return builder.run()
    }
}

private struct TreeBuilder {
    let file: String
    let bytes: [UInt8]
    let limits: LoadLimits
    var diagnostics: [Diagnostic] = []
    var omitted = 0
    var nodeCount = 0

    init(file: String, bytes: [UInt8], limits: LoadLimits) {
        self.file = file
        self.bytes = bytes
        self.limits = limits
    }

    /// One container whose events are arriving. Its children wait at the end of `children`, shared by
    /// all open containers, and become one array of the right size when it closes: no array grows
    /// child by child, and nothing is copied but once.
    private struct Frame {
        let isMapping: Bool
        let start: SourceLocation
        /// Where this container's children begin in `children`; a mapping's alternate key, value.
        let first: Int
        /// The first position of each key, once a mapping is too large for a linear search.
        var keyIndex: [String: SourceLocation]?
    }

    /// The children of the open containers, innermost last.
    private var children: [YAMLNode] = []

    private struct Stop: Error {}

    mutating func run() -> YAMLParser.Output {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.append(Diagnostic(
                id: DiagnosticID.yamlLimit, message: "out of memory while starting to read this file",
                at: .start(of: file)))
            return .init(root: nil, diagnostics: diagnostics, omitted: omitted)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        let root: YAMLNode? = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            do {
                return try buildDocument(&parser)
            } catch {
                return nil
            }
        }
        return .init(root: root, diagnostics: diagnostics, omitted: omitted)
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// Line and column of a byte offset, for reader errors (bad UTF-8) that carry no mark.
    private func location(ofByte offset: Int) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let prefix = bytes[lineStart..<min(offset, bytes.count)]
        let column = String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1  // as libyaml counts columns
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The character at a mark (whose column counts characters, not bytes).
    private func character(at mark: yaml_mark_t) -> Unicode.Scalar? {
        var line = 0
        var start = 0
        while line < Int(mark.line), let newline = bytes[start...].firstIndex(of: 0x0A) {
            line += 1
            start = newline + 1
        }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        let scalars = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars
        return scalars.dropFirst(Int(mark.column)).first
    }

    private mutating func fail(_ diagnostic: Diagnostic) throws -> Never {
        diagnostics.append(diagnostic)
        throw Stop()
    }

    private mutating func next(_ parser: inout yaml_parser_t, into event: inout yaml_event_t) throws {
        guard yaml_parser_parse(&parser, &event) == 1 else {
            try fail(syntaxDiagnostic(parser))
        }
    }

    private func syntaxDiagnostic(_ parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML cannot be read"
        if parser.error == YAML_READER_ERROR {
            var offset = Int(parser.problem_offset)
            if problem.contains("trailing") {
                // libyaml gives the offset of the bad continuation byte; the character starts earlier.
                while offset > 0, offset <= bytes.count, bytes[offset - 1] & 0xC0 == 0x80 { offset -= 1 }
                offset = max(0, offset - 1)
            }
            return Diagnostic(
                id: DiagnosticID.yamlEncoding,
                message: "the file is not valid UTF-8 text (\(problem))",
                at: location(ofByte: offset),
                help: "save the file as UTF-8; a register file is plain text, not a binary or a legacy encoding")
        }
        let context = parser.context.map { String(cString: $0) }
        if problem.contains("nesting level") {
            // libyaml's own limit (1000 levels), reached before ours when brackets crowd one line.
            return Diagnostic(
                id: DiagnosticID.yamlLimit,
                message: "values are nested too deep here, beyond the limit for a register file",
                at: location(parser.problem_mark),
                help: "a register entry is never nested this deep; check the indentation or the brackets")
        }
        if problem.contains("end of stream"), let context, context.contains("quoted scalar") {
            // The end of the file is where libyaml notices, but the mistake is the opening quote.
            return Diagnostic(
                id: DiagnosticID.yamlSyntax,
                message: "YAML syntax error: this quoted text is never closed",
                at: location(parser.context_mark),
                notes: [.init("the file ends here, still inside the quotes", at: location(parser.problem_mark))],
                help: syntaxHelp(problem))
        }
        if character(at: parser.problem_mark) == "\t" {
            return Diagnostic(
                id: DiagnosticID.yamlSyntax,
                message: "YAML syntax error: a tab character indents this line",
                at: location(parser.problem_mark),
                help: syntaxHelp("tab"))
        }
        var notes: [Diagnostic.Note] = []
        if let context {
            notes.append(.init(context, at: location(parser.context_mark)))
        }
        return Diagnostic(
            id: DiagnosticID.yamlSyntax,
            message: "YAML syntax error: \(problem)",
            at: location(parser.problem_mark),
            notes: notes,
            help: syntaxHelp(problem))
    }

    private func syntaxHelp(_ problem: String) -> String {
        if problem.contains("tab") {
            return "indent with spaces only; YAML does not allow tab characters for indentation"
        }
        if problem.contains("quoted scalar") || problem.contains("end of stream") {
            return "close the quotation mark that starts the text"
        }
        if problem.contains("mapping values are not allowed") {
            return "a text containing ': ' must be put between quotes, or the indentation is off"
        }
        return "check the indentation and the quotes around this line"
    }

    private mutating func buildDocument(_ parser: inout yaml_parser_t) throws -> YAMLNode? {
        var event = yaml_event_t()
        defer { yaml_event_delete(&event) }
        var stack: [Frame] = []
        var root: YAMLNode?
        var documents = 0

        while true {
            yaml_event_delete(&event)
            try next(&parser, into: &event)
            let here = location(event.start_mark)
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT, YAML_NO_EVENT:
                continue
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    try fail(Diagnostic(
                        id: DiagnosticID.yamlMultipleDocuments,
                        message: "this file holds more than one YAML document",
                        at: here,
                        help: "remove the second '---' line; each register file holds one document"))
                }
            case YAML_ALIAS_EVENT:
                try fail(anchorDiagnostic(at: here))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                try checkNode(anchor: scalar.anchor, tag: scalar.tag, at: here, depth: stack.count)
                let text = printable(scalar.value.map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self)
                } ?? "", at: here)
                let node = YAMLNode(.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), at: here)
                try add(node, to: &stack, root: &root)
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                try checkNode(anchor: start.anchor, tag: start.tag, at: here, depth: stack.count + 1)
                stack.append(Frame(isMapping: false, start: here, first: children.count))
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                try checkNode(anchor: start.anchor, tag: start.tag, at: here, depth: stack.count + 1)
                stack.append(Frame(isMapping: true, start: here, first: children.count))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { continue }
                try add(close(frame), to: &stack, root: &root)
            default:
                continue
            }
        }
    }

    /// Escapes such as `"\e[31m"` put control characters into a text: they could rewrite the
    /// terminal that prints a diagnostic quoting the text. They are reported and replaced by U+FFFD.
    private mutating func printable(_ text: String, at location: SourceLocation) -> String {
        guard let control = text.unicodeScalars.first(where: \.isUnprintableControl) else { return text }
        diagnostics.append(Diagnostic(
            id: DiagnosticID.yamlEncoding,
            message: "this text holds the control character U+\(String(format: "%04X", control.value)), which a register cannot print",
            at: location,
            help: "remove the escape sequence (such as '\\e', '\\x1b' or '\\0') from the text; a register holds plain text"))
        return text.replacingControlCharacters()
    }

    private func anchorDiagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            id: DiagnosticID.yamlAlias,
            message: "YAML anchors and aliases ('&name', '*name') are not allowed in a register",
            at: location,
            help: "write the value out in full; a register entry must be readable on its own, and aliases can make a tiny file expand without limit")
    }

    private mutating func checkNode(
        anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
        at location: SourceLocation, depth: Int
    ) throws {
        if anchor != nil {
            try fail(anchorDiagnostic(at: location))
        }
        if let tag, case let name = String(cString: tag), !isStandardTag(name) {
            try fail(Diagnostic(
                id: DiagnosticID.yamlTag,
                message: "the YAML tag '\(name)' is not allowed in a register",
                at: location,
                help: "remove the tag; put the value between quotes if it must be read as text"))
        }
        nodeCount += 1
        if nodeCount > limits.maxNodesPerFile {
            try fail(Diagnostic(
                id: DiagnosticID.yamlLimit,
                message: "this file has more than \(limits.maxNodesPerFile) values, the limit for one register file",
                at: location,
                help: "split the register into one file per treatment, or raise the limit with --max-nodes"))
        }
        if depth > limits.maxDepth {
            try fail(Diagnostic(
                id: DiagnosticID.yamlLimit,
                message: "values are nested more than \(limits.maxDepth) levels deep here, the limit for a register file",
                at: location,
                help: "a register entry is never nested this deep; check the indentation or the brackets"))
        }
    }

    private func isStandardTag(_ tag: String) -> Bool {
        tag == "tag:yaml.org,2002:str" || tag == "tag:yaml.org,2002:map" || tag == "tag:yaml.org,2002:seq" || tag == "!"
    }

    /// The node of a container whose end has arrived; its children leave `children`.
    private mutating func close(_ frame: Frame) -> YAMLNode {
        let node: YAMLNode
        if frame.isMapping {
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity((children.count - frame.first) / 2)
            for index in stride(from: frame.first, to: children.count - 1, by: 2) {
                pairs.append(YAMLPair(key: children[index], value: children[index + 1]))
            }
            node = YAMLNode(.mapping(pairs), at: frame.start)
        } else {
            node = YAMLNode(.sequence(Array(children[frame.first...])), at: frame.start)
        }
        children.removeSubrange(frame.first...)
        return node
    }

    private mutating func add(_ node: YAMLNode, to stack: inout [Frame], root: inout YAMLNode?) throws {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        // In a mapping, children alternate key and value: an even count means a key comes.
        guard stack[top].isMapping, (children.count - stack[top].first) % 2 == 0 else {
            children.append(node)
            return
        }
        guard case .scalar(let text, _) = node.content else {
            try fail(Diagnostic(
                id: DiagnosticID.wrongType,
                message: "a key must be a simple word, not \(node.kindDescription)",
                at: node.location,
                help: "write keys as plain words such as 'name:'"))
        }
        if let first = firstLocation(ofKey: text, at: node.location, in: &stack[top]) {
            guard diagnostics.count < limits.maxDiagnosticsPerFile else {
                omitted += 1
                children.append(node)
                return
            }
            diagnostics.append(Diagnostic(
                id: DiagnosticID.duplicateKey,
                message: "the key '\(text)' appears twice in the same group",
                at: node.location,
                notes: [.init("first written here", at: first)],
                help: "keep one '\(text)' and merge the two values; YAML would silently keep only one"))
        }
        children.append(node)
    }

    /// Where `key` was first written in the mapping `frame`, if it was; remembered otherwise.
    /// A linear search over the keys so far, until the mapping is large enough for an index.
    private func firstLocation(ofKey key: String, at location: SourceLocation, in frame: inout Frame) -> SourceLocation? {
        let keys = stride(from: frame.first, to: children.count, by: 2)
        if frame.keyIndex == nil, (children.count - frame.first) / 2 >= 16 {
            var index: [String: SourceLocation] = [:]
            for position in keys {
                let key = children[position]
                index[key.scalarText ?? ""] = index[key.scalarText ?? ""] ?? key.location
            }
            frame.keyIndex = index
        }
        if frame.keyIndex != nil {
            if let first = frame.keyIndex?[key] { return first }
            frame.keyIndex?[key] = location
            return nil
        }
        return keys.first { children[$0].scalarText == key }.map { children[$0].location }
    }
}

extension Unicode.Scalar {
    /// C0 and C1 control characters other than tab and line feed, and DEL: what a register text
    /// never holds, and what a terminal would obey rather than print.
    var isUnprintableControl: Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
    }
}

extension String {
    /// This text with each unprintable control character replaced by U+FFFD.
    func replacingControlCharacters() -> String {
        guard unicodeScalars.contains(where: \.isUnprintableControl) else { return self }
        var cleaned = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            cleaned.append(scalar.isUnprintableControl ? "\u{FFFD}" : scalar)
        }
        return String(cleaned)
    }
}
