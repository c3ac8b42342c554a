import Foundation
import Testing
@testable import RopaKit

/// The notice's first layer: a table per category of people, every treatment of the notice in
/// it, then the rights, where to exercise them, the contact and the complaint.
@Suite struct NoticeSummaryTests {
    typealias S = RenderingSupport

    private func summary(_ markdown: String) throws -> String {
        try #require(markdown.components(separatedBy: "## L’essentiel").dropFirst().first?
            .components(separatedBy: "## Qui traite vos données").first)
    }

    @Test func everyTreatmentOfTheNoticeIsInTheFirstLayer() throws {
        let (register, _) = try S.load(S.example)
        let layer = try summary(S.render(S.example, .markdown, draft: true, document: .notice))
        for treatment in register.controllerTreatments {
            #expect(layer.contains("| " + Typography.french(treatment.name).replacingOccurrences(of: "|", with: "\\|") + " |"), "\(treatment.reference)")
        }
        for category in ["Clients", "Prospects", "Salariés"] { #expect(layer.contains("### \(category)\n")) }
        #expect(layer.contains("- Vos droits\u{202F}: droit d’accès"))
        #expect(layer.contains("- Comment exercer vos droits\u{202F}: Par écrit"))
        #expect(layer.contains("- Contact\u{202F}: julienbalp@yahoo.fr"))
        #expect(layer.contains("CNIL"))
        // An event-bound retention reads as its event, not "until the event".
        #expect(layer.contains("jusqu’à la transaction"))
        #expect(!layer.contains("jusqu’à l’événement"))
    }

    /// The example's notice cites no treatment by its internal reference ("voir T-02"): people
    /// do not know the register's numbers.
    @Test func theExamplesNoticeHasNoInternalReference() throws {
        let notice = try S.render(S.example, .markdown, draft: true, document: .notice)
        #expect(notice.range(of: #"T-[0-9]{2}"#, options: .regularExpression) == nil)
    }

    @Test func anAudienceHasItsOwnTableOnly() throws {
        let layer = try summary(S.render(S.example, .markdown, draft: true, document: .notice, audience: "prospects"))
        #expect(layer.components(separatedBy: "\n### ").count == 2)
        #expect(layer.contains("### Prospects\n"))
    }

    /// A treatment whose data subjects failed to load is in a table of its own, not left out.
    @Test func aTreatmentWithoutPeopleIsStillSummarised() throws {
        let yaml = TestRegister.treatment().replacingOccurrences(of: "data_subjects:\n  - category: prospects\n", with: "data_subjects:\n  - category: nobody\n")
        let register = try TestRegister(treatments: ["prospection": yaml])
        defer { register.remove() }
        let loaded = try #require(register.load().register)
        let options = RenderOptions(format: .markdown, language: .fr, date: S.date, draft: true, version: "test", document: .notice)
        let layer = try summary(DocumentRenderer(options: options).render(loaded))
        #expect(layer.contains("### Personnes concernées non renseignées"))
        #expect(layer.contains("| Prospection commerciale | Consentement | 3\u{A0}ans |"))
    }

    /// A list of people that failed in part, a recipient that failed: the row says what is not known.
    @Test func whatFailedIsNotSummarisedAway() throws {
        let yaml = TestRegister.treatment()
            .replacingOccurrences(of: "data_subjects:\n  - category: prospects\n", with: "data_subjects:\n  - category: prospects\n  - category: nobody\n")
            .replacingOccurrences(of: "  - processor: emailing", with: "  - processor: emailing\n  - kind: nobody")
        let register = try TestRegister(treatments: ["prospection": yaml])
        defer { register.remove() }
        let loaded = try #require(register.load().register)
        let options = RenderOptions(format: .markdown, language: .fr, date: S.date, draft: true, version: "test", document: .notice, audience: "prospects")
        let layer = try summary(DocumentRenderer(options: options).render(loaded))
        #expect(layer.contains("### Prospects\n"))
        #expect(layer.contains("### Personnes concernées non renseignées"), "the category that failed may be another audience")
        #expect(layer.contains("Non déterminé"), "the recipient that failed")
    }

    /// How long includes what follows the period: an intermediate archive is storage too.
    @Test func theArchiveIsPartOfHowLong() throws {
        let layer = try summary(S.render(S.example, .markdown, draft: true, document: .notice))
        #expect(layer.contains("puis archivage intermédiaire de 13\u{A0}mois"))
    }

    /// On a phone the HTML summary is a card per treatment, each value under its label.
    @Test func theHTMLSummaryReadsOnAPhone() throws {
        let html = try S.render(S.example, .html, draft: true, document: .notice)
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("table.summary td::before { content: attr(data-label);"))
        #expect(html.contains("<td class=\"text\" data-label=\"Combien de temps\">"))
        // The details follow without a forced page per treatment.
        #expect(!html.contains(".notice-treatment { break-before"))
    }
}

/// Art. 26(2): the essence of the joint controllers' arrangement is made available to the persons.
@Suite struct NoticeJointControllerTests {
    typealias S = RenderingSupport

    private func notice(_ joint: String) throws -> String {
        let yaml = TestRegister.treatment().replacingOccurrences(of: "purposes:\n", with: "joint_controllers:\n\(joint)purposes:\n", options: [], range: nil)
        let register = try TestRegister(treatments: ["prospection": yaml])
        defer { register.remove() }
        let loaded = try #require(register.load().register)
        let options = RenderOptions(format: .markdown, language: .fr, date: S.date, draft: true, version: "test", document: .notice)
        return try DocumentRenderer(options: options).render(loaded)
    }

    @Test func theEssenceOfTheArrangementIsInTheNotice() throws {
        let text = try notice("  - name: Ligue régionale\n    email: ligue@example.fr\n    arrangement: Convention 2024-3\n    arrangement_essence: La Ligue informe les joueurs et répond à leurs demandes.\n")
        #expect(text.contains("**Responsable(s) conjoint(s)**"))
        #expect(text.contains("- Ligue régionale\u{202F}: Grandes lignes de l’accord (art.\u{A0}26.2)\u{202F}: La Ligue informe les joueurs et répond à leurs demandes."))
    }

    @Test func aMissingEssenceSaysSo() throws {
        let text = try notice("  - name: Ligue régionale\n    email: ligue@example.fr\n")
        #expect(text.contains("- Ligue régionale\u{202F}: Grandes lignes de l’accord (art.\u{A0}26.2)\u{202F}: Non renseigné"))
    }
}
