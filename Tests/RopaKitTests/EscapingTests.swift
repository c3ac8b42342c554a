import Foundation
import Testing
@testable import RopaKit

@Suite struct EscapingTests {
    @Test(arguments: [
        ("a | b", "a \\| b"),
        ("`code`", "\\`code\\`"),
        ("# title", "\\# title"),
        ("line\nnext", "line / next"),
        ("crlf\r\nnext", "crlf / next"),
        ("blank\n\n\nlines", "blank / lines"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. first", "1\\. first"),
        ("12) twelve", "12\\) twelve"),
        ("a - b", "a - b"),
        ("*bold* _it_ [l](x)", "\\*bold\\* \\_it\\_ \\[l\\](x)"),
        ("    code block", "code block"),
        ("&amp;", "&amp;amp;"),
        ("back\\slash", "back\\\\slash"),
    ])
    func markdownText(input: String, expected: String) {
        #expect(MarkdownText.escape(input) == expected)
    }

    /// Outside a table row or a heading, a line break is CommonMark's hard break, and each new
    /// line is escaped as a first one: it cannot open a list, a heading or a rule.
    @Test func lineBreaksAreHardBreaksWhereALineCanEnd() {
        #expect(MarkdownText.escape("line\nnext", lineBreaks: .hardBreak) == "line\\\nnext")
        #expect(MarkdownText.escape("a\r\n\r\n- b\n1. c\n===\n    d", lineBreaks: .hardBreak) == "a\\\n\\- b\\\n1\\. c\\\n\\===\\\nd")
        #expect(MarkdownText.LineBreaks.within(line: Array("| a | ".utf8)) == .oneLine)
        #expect(MarkdownText.LineBreaks.within(line: Array("## ".utf8)) == .oneLine)
        #expect(MarkdownText.LineBreaks.within(line: Array("- ".utf8)) == .hardBreak)
    }

    @Test func headingAnchorsAreGitHubs() {
        #expect(MarkdownAnchor.slug("Fiche de registre T-01 — Gestion de la relation client (GRC)") == "fiche-de-registre-t-01--gestion-de-la-relation-client-grc")
        #expect(MarkdownAnchor.slug("Statistiques d'utilisation : 2024\u{202F}!") == "statistiques-dutilisation--2024")
        #expect(MarkdownAnchor.slug("Données_brutes Ⅻ ½") == "données_brutes-ⅻ-")
    }

    @Test func cssStringEscapesEverythingButLettersDigitsAndSpaces() {
        let escaped = CSSText.string("a\"; } </style><script>é")
        #expect(escaped == "a\\22 \\3b  \\7d  \\3c \\2f style\\3e \\3c script\\3e \\e9 ")
        #expect(escaped.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " " || $0 == "\\") })
    }

    @Test func csvFieldsFollowRFC4180AndDefuseFormulas() {
        #expect(CSVExport.field("plain") == "plain")
        #expect(CSVExport.field("a,b") == "\"a,b\"")
        #expect(CSVExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVExport.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVExport.field("two\r\nlines\rthree") == "\"two\nlines\nthree\"")
        #expect(CSVExport.field("=1+1") == "'=1+1")
        #expect(CSVExport.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVExport.field("-2+3") == "'-2+3")
        #expect(CSVExport.field("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0")
        #expect(CSVExport.field("- voir T-02") == "'- voir T-02", "Excel reads '- voir' as a formula (#NAME?)")
        #expect(CSVExport.field("\t=1") == "'\t=1")
        // A signed number or a telephone number cannot run anything: no stray quote in LibreOffice.
        #expect(CSVExport.field("+33 1 53 73 22 22") == "+33 1 53 73 22 22")
        #expect(CSVExport.field("-2,3") == "\"-2,3\"")
        #expect(CSVExport.field("-") == "'-", "a lone sign is not a number")
    }

    /// `;` for a French Excel: a field is quoted when it holds the delimiter in use, not the other.
    @Test func csvFieldsQuoteTheDelimiterInUse() {
        #expect(CSVExport.field("a;b", delimiter: .semicolon) == "\"a;b\"")
        #expect(CSVExport.field("a,b", delimiter: .semicolon) == "a,b")
        #expect(CSVExport.field("a;b", delimiter: .comma) == "a;b")
        #expect(CSVExport.record(["x", "y;z", "=1"], delimiter: .semicolon) == "x;\"y;z\";'=1\r\n")
    }

    @Test func fingerprintIgnoresWhereTheRegisterIs() {
        let a = RegisterFingerprint.version(of: ["reg/organisation.yaml": "x", "reg/treatments/a.yaml": "y"], directory: "reg")
        let b = RegisterFingerprint.version(of: ["/abs/reg/treatments/a.yaml": "y", "/abs/reg/organisation.yaml": "x"], directory: "/abs/reg/")
        let c = RegisterFingerprint.version(of: ["reg/organisation.yaml": "x", "reg/treatments/a.yaml": "z"], directory: "reg")
        #expect(a == b)
        #expect(a != c)
        #expect(a.count == 16)
        var empty = FNV1a64()
        empty.add("a".utf8)
        #expect(empty.hex == "af63dc4c8601ec8c")
    }
}
