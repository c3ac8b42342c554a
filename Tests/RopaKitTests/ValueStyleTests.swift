import Testing
@testable import RopaKit

/// How a document prints values (`ValueStyle`): a placeholder marked in HTML and in Markdown but
/// never inside a tag or a `<title>`, French typography in French only, nothing for unescaped values.
@Suite struct ValueStyleTests {
    static func render(_ text: String, _ value: String, style: ValueStyle) throws -> String {
        let model = TemplateEngineTests.Object(["v": .text(value)])
        return TemplateRenderer.render(try Template(text), model: .object(model), partials: [:], style: style)
    }

    let french = ValueStyle(typography: .fr, marksPlaceholders: true)

    @Test func htmlMarksAPlaceholderInTextOnly() throws {
        #expect(try Self.render("<td>{{v}}</td>", "à compléter", style: french) == "<td><mark class=\"incomplete\">à compléter</mark></td>")
        #expect(try Self.render("<a title=\"{{v}}\">x</a>", "à compléter", style: french) == "<a title=\"à compléter\">x</a>")
        #expect(try Self.render("<title>R — {{v}}</title><p>{{v}}</p>", "TODO", style: french)
            == "<title>R — TODO</title><p><mark class=\"incomplete\">TODO</mark></p>")
        #expect(try Self.render("<td>{{v}}</td>", "Contrat signé", style: french) == "<td>Contrat signé</td>")
        #expect(try Self.render("<td>{{{v}}}</td>", "à compléter", style: french) == "<td>à compléter</td>")
        #expect(try Self.render("<td>{{v}}</td>", "à compléter", style: .plain) == "<td>à compléter</td>")
    }

    @Test func markdownMarksWithPlainMarkdown() throws {
        let text = "{{% CONTENT_TYPE: MARKDOWN}}| {{v}} |"
        #expect(try Self.render(text, "à compléter (n° SIREN)", style: french) == "| **⚠ à compléter (n° SIREN)** |")
        #expect(try Self.render(text, "Nom_TBD", style: french) == "| Nom\\_TBD |")
    }

    @Test func typographyFollowsTheLanguage() throws {
        #expect(try Self.render("<p>{{v}}</p>", "Note : art. 6", style: french) == "<p>Note\u{202F}: art.\u{A0}6</p>")
        let english = ValueStyle(typography: .en, marksPlaceholders: true)
        #expect(try Self.render("<p>{{v}}</p>", "Note : art. 6", style: english) == "<p>Note : art. 6</p>")
    }
}
