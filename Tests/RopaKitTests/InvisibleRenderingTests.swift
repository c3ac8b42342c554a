// Issue 11: an invisible or bidirectional character of a register value is shown in every
// rendered output, never applied: `<U+202E>` in HTML, Markdown and CSV; a `\u202E` escape in JSON,
// which keeps the value.
import Foundation
import Testing
@testable import RopaKit

@Suite struct InvisibleRenderingTests {
    /// A register whose controller, treatment name and data details hold invisible characters.
    private func register() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.copy(fixture: "minimal")
        let organisation = try String(contentsOfFile: directory.path + "/organisation.yaml", encoding: .utf8)
        try directory.write("organisation.yaml", organisation.replacingOccurrences(of: "name: Julien Martin EI", with: "name: \"Julien\u{202E}gnp.exe Martin EI\""))
        let treatment = try String(contentsOfFile: directory.path + "/treatments/one.yaml", encoding: .utf8)
        try directory.write("treatments/one.yaml", treatment
            .replacingOccurrences(of: "name: Gestion des clients", with: "name: \"Gestion\u{200B} des clients\u{2066}\"")
            .replacingOccurrences(of: "details: nom, prénom, adresse électronique", with: "details: \"nom\u{E0041}, prénom\""))
        return directory
    }

    private func invisible(in text: String) -> [String] {
        text.unicodeScalars.filter(TextHygiene.isInvisible).map { TextHygiene.codePoint($0) }
    }

    @Test(arguments: [OutputFormat.html, .markdown])
    func documentsShowInvisibleCharacters(format: OutputFormat) throws {
        let directory = try register()
        let output = try RenderingSupport.render(directory.path, format, draft: true)
        #expect(invisible(in: output).isEmpty, "\(invisible(in: output))")
        for shown in ["Gestion&lt;U+200B&gt; des clients&lt;U+2066&gt;", "nom&lt;U+E0041&gt;, prénom"] {
            #expect(output.contains(shown), "\(format): \(shown)")
        }
        if format == .html {
            // The page header repeats the controller's name in CSS, where `\202e ` would be applied.
            #expect(output.contains("Julien&lt;U+202E&gt;gnp.exe Martin EI"))
            #expect(!output.lowercased().contains("\\202e "))
        }
    }

    @Test func csvShowsInvisibleCharacters() throws {
        let directory = try register()
        let output = try RenderingSupport.render(directory.path, .csv, draft: true)
        #expect(output.hasPrefix("\u{FEFF}"), "the byte-order mark spreadsheets need stays")
        #expect(invisible(in: String(output.dropFirst())).isEmpty)
        #expect(output.contains("Gestion<U+200B> des clients<U+2066>"))
        #expect(output.contains("Julien<U+202E>gnp.exe Martin EI"))
    }

    @Test func jsonKeepsTheValuesButCarriesNoRawInvisibleCharacter() throws {
        let directory = try register()
        let output = try RenderingSupport.render(directory.path, .json, draft: true)
        #expect(invisible(in: output).isEmpty)
        #expect(output.contains(#""name" : "Gestion\u200B des clients\u2066""#))
        #expect(output.contains(#"nom\uDB40\uDC41, prénom"#), "above U+FFFF, a surrogate pair as JSON requires")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let treatment = try #require((document["treatments"] as? [[String: Any]])?.first)
        #expect(treatment["name"] as? String == "Gestion\u{200B} des clients\u{2066}", "a JSON reader gets the value as written")
    }

    @Test func everyEscapeShowsInvisibleCharacters() {
        #expect(MarkdownText.escape("a\u{202E}b") == "a&lt;U+202E&gt;b")
        #expect(CSVExport.field("\u{200B}=1") == "<U+200B>=1")
        var html: [UInt8] = []
        HTMLText.append("a\u{202E}b", to: &html)
        #expect(String(decoding: html, as: UTF8.self) == "a&lt;U+202E&gt;b")
        #expect(!CSSText.string("a\u{202E}b").contains("202e"))
        #expect(JSONText.escapingInvisible("\"a\u{202E}b\"") == #""a\u202Eb""#)
        #expect(JSONText.escapingInvisible("\"l’été\"") == "\"l’été\"")
    }
}
