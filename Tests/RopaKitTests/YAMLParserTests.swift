// YAMLParser: libyaml events -> YAMLNode tree, positions, and every refusal (aliases, tags,
// several documents, limits, bad bytes), each with its diagnostic.
import Foundation
import Testing
@testable import RopaKit

private func at(_ line: Int, _ column: Int) -> RopaKit.SourceLocation {
    RopaKit.SourceLocation(file: testFile, line: line, column: column)
}

private func pairs(_ node: YAMLNode) -> [YAMLPair] {
    if case .mapping(let pairs) = node.content { return pairs }
    return []
}

// MARK: - Tree and positions

@Test func positionsAreOneBased() throws {
    let root = try tree("id: one\nname:   Gestion\nlist:\n  - a\n  - b\n")
    #expect(root.location == at(1, 1))
    let entries = pairs(root)
    #expect(entries.map(\.keyText) == ["id", "name", "list"])
    #expect(entries.map(\.key.location) == [at(1, 1), at(2, 1), at(3, 1)])
    #expect(entries[0].value.location == at(1, 5))
    #expect(entries[1].value.location == at(2, 9))
    #expect(entries[1].value.scalarText == "Gestion")
    guard case .sequence(let items) = entries[2].value.content else {
        Issue.record("'list' should be a sequence")
        return
    }
    #expect(entries[2].value.location == at(4, 3))
    #expect(items.map(\.location) == [at(4, 5), at(5, 5)])
    #expect(items.map(\.scalarText) == ["a", "b"])
}

@Test func columnsCountCharactersNotBytes() throws {
    let root = try tree("nom: Exécution — été\nclé: x\n")
    #expect(pairs(root)[1].key.location == at(2, 1))
    #expect(pairs(root)[1].value.location == at(2, 6))
    let accents = try tree("é: à\n")
    #expect(pairs(accents)[0].value.location == at(1, 4))
}

@Test func plainQuotedAndNull() throws {
    let root = try tree("""
        a: null
        b: "null"
        c: ~
        d:
        e: 'text'
        f: |
          block
        g: NULL
        h: ""
        """)
    let values = Dictionary(uniqueKeysWithValues: pairs(root).map { ($0.keyText, $0.value) })
    #expect(values["a"]?.isNull == true)
    #expect(values["b"]?.isNull == false, "a quoted \"null\" is a text")
    #expect(values["b"]?.content == .scalar("null", plain: false))
    #expect(values["c"]?.isNull == true)
    #expect(values["d"]?.isNull == true)
    #expect(values["d"]?.kindDescription == "an empty value")
    #expect(values["e"]?.content == .scalar("text", plain: false))
    #expect(values["f"]?.content == .scalar("block\n", plain: false))
    #expect(values["g"]?.isNull == true)
    #expect(values["h"]?.isNull == false, "an empty quoted text is a text, not nothing")
    #expect(values["h"]?.kindDescription == "a text")
}

@Test func kindDescriptions() throws {
    let root = try tree("a: [1]\nb: {c: d}\ne: f\n")
    #expect(pairs(root).map(\.value.kindDescription) == ["a list", "a group of keys", "a text"])
}

@Test func emptyAndCommentOnlyFilesHaveNoRoot() {
    for text in ["", "\n\n", "# only a comment\n", "---\n", "--- # comment\n...\n"] {
        let output = parse(text)
        #expect(output.root == nil || output.root?.isNull == true, "\(text.debugDescription)")
        #expect(output.diagnostics.isEmpty, "\(text.debugDescription): \(output.diagnostics)")
    }
}

@Test func byteOrderMarkIsSkipped() throws {
    let output = YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("id: one\nname: x\n".utf8), file: testFile)
    #expect(output.diagnostics.isEmpty, "\(output.diagnostics)")
    let root = try #require(output.root)
    #expect(pairs(root).map(\.keyText) == ["id", "name"])
    #expect(pairs(root).first?.key.location == at(1, 1), "the mark takes no column")
}

@Test func explicitSingleDocumentIsAccepted() throws {
    let root = try tree("%YAML 1.1\n---\nid: one\n...\n")
    #expect(pairs(root).first?.value.scalarText == "one")
}

// MARK: - Duplicate keys

@Test func duplicateKeyNotesTheFirstOccurrence() throws {
    let output = parse("id: one\nname: a\nother:\n  name: nested is fine\nname: b\n")
    #expect(output.diagnostics.map(\.summary) == ["5:1 duplicate-key"])
    let diagnostic = try #require(output.diagnostics.first)
    #expect(diagnostic.message == "the key 'name' appears twice in the same group")
    #expect(diagnostic.notes == [Diagnostic.Note("first written here", at: at(2, 1))])
    #expect(diagnostic.help?.contains("keep one 'name'") == true)
    // The parse goes on: the rest of the file is still read and checked.
    #expect(pairs(try #require(output.root)).count == 4)
}

@Test func everyDuplicateKeyIsReported() {
    let output = parse("a: 1\nb: 2\na: 3\nb: 4\na: 5\n")
    #expect(output.diagnostics.map(\.summary) == ["3:1 duplicate-key", "4:1 duplicate-key", "5:1 duplicate-key"])
    #expect(output.diagnostics.allSatisfy { $0.notes.count == 1 })
}

@Test func keyThatIsNotAText() throws {
    let output = parse("[a, b]: c\n")
    #expect(output.diagnostics.map(\.summary) == ["1:1 wrong-type"])
    #expect(output.diagnostics.first?.message == "a key must be a simple word, not a list")
}

// MARK: - Refusals

@Test("Anchors and aliases are refused", arguments: [
    ("a: &x 1\nb: *x\n", 1, 4),
    ("a: 1\nb: *undefined\n", 2, 4),
    ("- &list [1, 2]\n", 1, 3),
    ("&root\na: 1\n", 1, 1),
])
func anchorsAndAliasesAreRefused(_ yaml: String, _ line: Int, _ column: Int) {
    let output = parse(yaml)
    #expect(output.root == nil)
    #expect(output.diagnostics.map(\.summary) == ["\(line):\(column) yaml-anchor-alias"])
    #expect(output.diagnostics.first?.help?.contains("write the value out in full") == true)
}

@Test func billionLaughsStopsAtTheFirstAnchor() {
    var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
    let names = Array("abcdefghi").map(String.init)
    for level in 1..<names.count {
        lines.append("\(names[level]): &\(names[level]) [" + Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ",") + "]")
    }
    let bomb = lines.joined(separator: "\n")
    #expect(bomb.utf8.count < 600)
    let output = parse(bomb)
    #expect(output.root == nil)
    #expect(output.diagnostics.map(\.summary) == ["1:4 yaml-anchor-alias"])
}

@Test("Tags other than the standard text, list and map are refused", arguments: [
    ("a: !!int 3\n", "tag:yaml.org,2002:int", 4),
    ("a: !!binary aGk=\n", "tag:yaml.org,2002:binary", 4),
    ("a: !custom x\n", "!custom", 4),
    ("a: !!python/object:os.system x\n", "tag:yaml.org,2002:python/object:os.system", 4),
])
func tagsAreRefused(_ yaml: String, _ tag: String, _ column: Int) {
    let output = parse(yaml)
    #expect(output.root == nil)
    #expect(output.diagnostics.map(\.summary) == ["1:\(column) yaml-tag"])
    #expect(output.diagnostics.first?.message == "the YAML tag '\(tag)' is not allowed in a register")
}

@Test func standardTagsAreAccepted() throws {
    let root = try tree("--- !!map\na: !!str 3\nb: !!seq [x]\nc: ! plain\n")
    #expect(pairs(root).map(\.keyText) == ["a", "b", "c"])
    #expect(pairs(root)[0].value.scalarText == "3")
}

@Test func secondDocumentIsRefused() {
    let output = parse("a: 1\n---\nb: 2\n")
    #expect(output.root == nil)
    #expect(output.diagnostics.map(\.summary) == ["2:1 yaml-multiple-documents"])
}

// MARK: - Limits

@Test func depthLimit() {
    let limits = LoadLimits(maxDepth: 3)
    #expect(parse("a:\n  b:\n    c: x\n", limits: limits).diagnostics.isEmpty, "three levels are allowed")
    let deep = parse("a:\n  b:\n    c:\n      d: x\n", limits: limits)
    #expect(deep.root == nil)
    #expect(deep.diagnostics.map(\.summary) == ["4:7 yaml-limit"])
    #expect(deep.diagnostics.first?.message == "values are nested more than 3 levels deep here, the limit for a register file")
    let flow = parse("a: [[[[x]]]]\n", limits: limits)
    #expect(flow.diagnostics.map(\.summary) == ["1:6 yaml-limit"])
}

@Test func tenThousandBracketsAreRefusedWithoutRecursion() {
    let output = parse("a: " + String(repeating: "[", count: 10_000))
    #expect(output.root == nil)
    #expect(output.diagnostics.map(\.id) == [DiagnosticID.yamlLimit])
    #expect(output.diagnostics.first?.location.line == 1)
    let closed = parse(String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000))
    #expect(closed.diagnostics.map(\.id) == [DiagnosticID.yamlLimit])
}

@Test func nodeLimit() {
    let limits = LoadLimits(maxNodesPerFile: 10)
    let list = "l:\n" + (1...20).map { "  - \($0)\n" }.joined()
    let output = parse(list, limits: limits)
    #expect(output.root == nil)
    #expect(output.diagnostics.map(\.summary) == ["9:5 yaml-limit"], "the 11th value: mapping, key, list, then the 8th item")
    #expect(output.diagnostics.first?.help?.contains("--max-nodes") == true)
    #expect(parse("l: [1, 2, 3]\n", limits: limits).diagnostics.isEmpty)
}

// MARK: - Broken YAML and bad bytes

@Test func unclosedQuoteIsReportedWhereItOpens() throws {
    let output = parse("id: one\nname: \"Gestion\nreference: T-1\n")
    let diagnostic = try #require(output.diagnostics.first)
    #expect(output.diagnostics.count == 1)
    #expect(diagnostic.summary == "2:7 yaml-syntax")
    #expect(diagnostic.message == "YAML syntax error: this quoted text is never closed")
    #expect(diagnostic.notes == [Diagnostic.Note("the file ends here, still inside the quotes", at: at(4, 1))])
    #expect(diagnostic.help == "close the quotation mark that starts the text")
}

@Test("Tabs that indent get the tab help", arguments: [
    "a:\n\tb: 1\n",
    "a:\n  - x\n\t- y\n",
    "a: 1\n\tb: 2\n",
])
func tabIndentation(_ yaml: String) throws {
    let diagnostic = try #require(parse(yaml).diagnostics.first)
    #expect(diagnostic.id == DiagnosticID.yamlSyntax)
    #expect(diagnostic.help == "indent with spaces only; YAML does not allow tab characters for indentation", "\(diagnostic)")
}

@Test func tabInsideATextIsFine() throws {
    let root = try tree("a: x\ty\nb: \"\\t\"\n")
    #expect(pairs(root).map(\.value.scalarText) == ["x\ty", "\t"])
}

@Test func badIndentationIsLocated() throws {
    let diagnostic = try #require(parse("id: one\nname: x\n  reference: T-1\n").diagnostics.first)
    #expect(diagnostic.summary == "3:12 yaml-syntax")
    #expect(diagnostic.message == "YAML syntax error: mapping values are not allowed in this context")
}

@Test("Invalid UTF-8 is located at the bad character", arguments: [
    ([0xFF] + Array("a: 1\n".utf8), 1, 1),
    (Array("a: Donn".utf8) + [0xE9] + Array("es\n".utf8), 1, 8),
    (Array("a: é\nb: ".utf8) + [0xC3, 0x28], 2, 4),
    (Array("a: x".utf8) + [0x00], 1, 5),
    (Array("a: \"".utf8) + [0x1B] + Array("[2J\"".utf8), 1, 5),
    (Array("a: ".utf8) + [0xED, 0xA0, 0x80], 1, 4),  // a UTF-16 surrogate written as UTF-8
] as [([UInt8], Int, Int)])
func invalidUTF8(_ bytes: [UInt8], _ line: Int, _ column: Int) throws {
    let output = YAMLParser.parse(bytes, file: testFile)
    #expect(output.root == nil)
    #expect(output.diagnostics.map(\.summary) == ["\(line):\(column) yaml-encoding"])
    #expect(output.diagnostics.first?.help?.contains("UTF-8") == true)
}

@Test func controlCharacterEscapesAreReportedAndReplaced() throws {
    let output = parse(#"a: "\e[31mred"\#nb: "bell\a"\#n"\e]0;x": 1\#nc: "tab\tand\nline""#)
    #expect(output.diagnostics.map(\.summary) == ["1:4 yaml-encoding", "2:4 yaml-encoding", "3:1 yaml-encoding"])
    #expect(output.diagnostics.first?.message == "this text holds the control character U+001B, which a register cannot print")
    let root = try #require(output.root, "the file is still read")
    #expect(pairs(root).map(\.value.scalarText) == ["\u{FFFD}[31mred", "bell\u{FFFD}", "1", "tab\tand\nline"])
    #expect(pairs(root)[2].keyText == "\u{FFFD}]0;x")
    let text = pairs(root).compactMap(\.value.scalarText).joined() + pairs(root).map(\.keyText).joined()
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
}

// MARK: - Any input ends with a tree or a diagnostic

@Test func mutatedRegisterFilesNeverCrashAndStayInBounds() throws {
    let original = Array(try String(contentsOfFile: fixturePath("minimal/treatments/one.yaml"), encoding: .utf8).utf8)
    let alphabet = Array("-:[]{}\"'&*!|>#%@`\t\n ,?".utf8) + [0x00, 0xC3, 0xFF, 0x1B]
    var random = SplitMix(state: 2026)
    for round in 0..<500 {
        var bytes = original
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let index = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<3, using: &random) {
            case 0: bytes[index] = alphabet.randomElement(using: &random)!
            case 1: bytes.insert(alphabet.randomElement(using: &random)!, at: index)
            default: bytes.remove(at: index)
            }
        }
        let output = YAMLParser.parse(bytes, file: testFile)
        let lineCount = bytes.count { $0 == 0x0A } + 1
        #expect(output.root != nil || !output.diagnostics.isEmpty, "round \(round): no tree and no reason")
        for diagnostic in output.diagnostics {
            #expect((1...lineCount).contains(diagnostic.location.line) && diagnostic.location.column >= 1,
                    "round \(round): \(diagnostic.location) is outside the file")
        }
    }
}

@Test func randomBytesNeverCrash() {
    var random = SplitMix(state: 7)
    for round in 0..<300 {
        let bytes = (0..<Int.random(in: 0..<512, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
        let output = YAMLParser.parse(bytes, file: testFile)
        #expect(output.root != nil || !output.diagnostics.isEmpty || bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A },
                "round \(round)")
    }
}
