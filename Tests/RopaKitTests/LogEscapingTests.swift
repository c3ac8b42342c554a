// Issue 11: what a register holds cannot forge a line of the text reporter's output (a line
// starting `::warning::` is a command to GitHub Actions) nor drive the terminal, and the Markdown
// diff posted on a pull request mentions no one.
import Testing
@testable import RopaKit

@Suite struct LogEscapingTests {
    @Test func controlAndInvisibleCharactersAreWrittenOut() {
        #expect(LogText.escape("plain text, l’été « ok »") == "plain text, l’été « ok »")
        #expect(LogText.escape("a\nb\rc\td") == #"a\nb\rc\td"#)
        #expect(LogText.escape("\u{1B}[31m\u{7F}\u{85}\u{2028}\u{2029}") == #"\u{1B}[31m\u{7F}\u{85}\u{2028}\u{2029}"#)
        #expect(LogText.escape("abc\u{202E}def\u{200B}") == "abc<U+202E>def<U+200B>")
    }

    @Test func theTextReporterKeepsItsLayoutAndEscapesEverythingElse() {
        let file = "treatments/x\n::error::y.yaml"
        let diagnostic = Diagnostic(
            id: "unknown-key", message: "unknown key 'a\n::warning::forged'", at: SourceLocation(file: file, line: 2, column: 8),
            notes: [.init("note\r\nline", at: .start(of: file))], help: "help\n::notice::x", reference: "see\u{1B}[2J")
        let output = TextReporter().report([diagnostic], sources: [file: "id: x\nkey: \"\u{202E}abc\": 1\n"])
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
            #"treatments/x\n::error::y.yaml:2:8: error: unknown key 'a\n::warning::forged' [unknown-key]"#,
            #" 2 | key: "<U+202E>abc": 1"#,
            "   | " + String(repeating: " ", count: #"key: "<U+202E>"#.count) + "^",
            #"  note: note\r\nline (treatments/x\n::error::y.yaml:1:1)"#,
            #"  help: help\n::notice::x"#,
            #"  see: see\u{1B}[2J"#,
            "",
        ])
    }

    @Test func theMarkdownDiffMentionsNoOneAndBreaksNoLine() throws {
        let old = try TestRegister()
        let new = try TestRegister(treatments: ["prospection": TestRegister.treatment()
            .replacingOccurrences(of: "name: Prospection commerciale", with: "name: \"Prospection @octocat @github/security #12 dpo@example.fr\\nx\u{202E}y\"")])
        defer { old.remove(); new.remove() }
        let diff = RegisterDiff(old: try #require(old.load().register), new: try #require(new.load().register))
        let markdown = diff.report(.markdown, old: "a", new: "b")
        #expect(markdown.contains("**Changed: Prospection @<!-- -->octocat @<!-- -->github/security \\#<!-- -->12 dpo@<!-- -->example.fr x\\<U+202E\\>y** (`prospection`)"), "\(markdown)")
        #expect(!markdown.contains("@octocat") && !markdown.contains("@github"))
        let text = diff.report(.text, old: "a", new: "b")
        #expect(text.contains(#"~ changed treatment prospection “Prospection @octocat @github/security #12 dpo@example.fr\nx<U+202E>y”:"#), "\(text)")
        #expect(!text.unicodeScalars.contains("\u{202E}"))
    }
}
