import Foundation
import Testing
@testable import RopaKit

/// The notice, the access-request extract, the retention schedule and the public register.
@Suite struct NoticeTests {
    typealias S = RenderingSupport

    /// One `duration:` changed in a copy of the example register changes the notice, the schedule
    /// and the register document together: they are all made from the same value.
    @Test func aRetentionChangeReachesEveryDocument() throws {
        let copy = try S.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: S.example, toPath: copy)
        let file = copy + "/treatments/prospection-commerciale.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "      duration: 1 year\n      from: collection\n      # Source: the policy §9.\n      note: Données techniques",
                                                with: "      duration: 7 months\n      from: collection\n      # Source: the policy §9.\n      note: Données techniques")
        #expect(changed != text)
        try changed.write(toFile: file, atomically: true, encoding: .utf8)

        let phrase = "7 mois à compter de la collecte"
        let notice = try S.render(copy, .markdown, document: .notice)
        let schedule = try S.render(copy, .csv, document: .retentionSchedule)
        let register = try S.render(copy, .markdown)
        #expect(notice.contains("Durée de conservation\u{202F}: " + Typography.french(phrase)))
        #expect(schedule.contains("7 mois,à compter de la collecte,suppression," + phrase))
        #expect(register.contains("7\u{A0}mois"))
        for before in [try S.render(S.example, .markdown, document: .notice), try S.render(S.example, .csv, document: .retentionSchedule)] {
            #expect(!before.contains(phrase))
        }
    }

    @Test func hostileValuesAreEscapedInTheNotice() throws {
        let html = try S.render(S.injection, .html, document: .notice)
        let markdown = try S.render(S.injection, .markdown, document: .notice)
        for tag in RenderingTests.hostileTags {
            #expect(!html.lowercased().contains(tag) || tag == "<b>" && !html.contains("T-<b>"), "\(tag) appears as markup in HTML")
            #expect(!markdown.lowercased().contains(tag), "\(tag) appears as markup in Markdown")
        }
        #expect(html.contains("Purpose &lt;script&gt;alert(&#39;purpose&#39;)&lt;/script&gt;"))
        for line in markdown.split(separator: "\n") {
            #expect(!line.hasPrefix("## Injected") && !line.hasPrefix("- injected"), "\(line)")
        }
    }

    @Test func hostileValuesAreEscapedInTheSubjectExtract() throws {
        let markdown = try S.render(S.injection, .markdown, document: .subject("clients"))
        for tag in RenderingTests.hostileTags {
            #expect(!markdown.lowercased().contains(tag), "\(tag) appears as markup")
        }
        #expect(markdown.contains("Clients &lt;script&gt;alert('subject')&lt;/script&gt;"))
        let json = try S.render(S.injection, .json, document: .subject("clients"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((parsed?["treatments"] as? [Any])?.isEmpty == false)
        #expect(!json.contains("\"security\""))
    }

    @Test func theAudienceKeepsOnlyItsTreatments() throws {
        let prospects = try S.render(S.example, .markdown, document: .notice, audience: "prospects")
        #expect(prospects.contains("Personnes concernées par cette notice\u{202F}: **Prospects**"))
        #expect(!prospects.contains("Gestion des achats en ligne"))
        #expect(throws: RenderError.categoryInNoTreatment(category: "candidates")) {
            try S.render(S.example, .markdown, document: .notice, audience: "candidates")
        }
        #expect(throws: RenderError.unknownCategory(name: "prospect", suggestion: "prospects",
                                                    known: DataSubjectCategory.allCases.map(\.rawValue))) {
            try S.render(S.example, .markdown, document: .subject("prospect"))
        }
        #expect(RenderError.categoryInNoTreatment(category: "x").exitStatus == 1)
        #expect(RenderError.unknownCategory(name: "x", suggestion: nil, known: []).exitStatus == 2)
    }

    @Test func thePublicRegisterLeavesOutWhatMustNotBePublished() throws {
        let full = try S.render(S.example, .markdown)
        let published = try S.render(S.example, .markdown, isPublic: true)
        #expect(published.contains("**Version publique**"))
        #expect(published.contains("Non publié dans la version publique du registre."))
        let (register, _) = try S.load(S.example)
        let redacted = register.publicVersion()
        #expect(redacted.treatments.allSatisfy { $0.security.isEmpty && $0.waivers.isEmpty && $0.notes == nil })
        #expect(redacted.processors.allSatisfy { $0.contact == nil && $0.contract?.reference == nil && $0.contract?.link == nil })
        for measure in register.treatments.flatMap(\.security).compactMap(\.details) where !measure.isEmpty {
            #expect(!published.contains(MarkdownText.escape(measure)))
        }
        #expect(full.contains("Mesures de sécurité"))
        let json = try S.render(S.example, .json, isPublic: true)
        #expect(json.contains("\"public\" : true"))
        #expect(throws: RenderError.unsupportedFormat(.csv, supported: [.html, .markdown, .pdf])) {
            try S.render(S.example, .csv, document: .notice)
        }
    }
}
