import Foundation
import Testing
@testable import RopaKit

/// The rights a notice prints follow from the register (`SubjectRights`): the legal bases open
/// portability, objection and withdrawal; prospection the objection to it; the organisation's
/// words are how to exercise a right, never its scope.
@Suite struct SubjectRightsTests {
    typealias S = RenderingSupport

    private func treatment(_ bases: [String], prospection: Bool = false, automated: Bool = false) -> String {
        let purposes = bases.enumerated().map { index, basis in
            var purpose = "  - name: Finalité \(index)\n    legal_basis: \(basis)\n"
            switch basis {
            case "consent": purpose += "    consent: { collection: case à cocher, withdrawal: lien de désinscription }\n"
            case "legitimate_interests": purpose += "    legitimate_interest: suivi de la relation\n    balancing_test: note LIA-1\n"
            case "legal_obligation", "public_task": purpose += "    legal_text: Code de commerce, art. L123-22\n"
            default: break
            }
            if prospection, index == 0 { purpose += "    prospection: { channels: [email], audience: consumers }\n" }
            return purpose
        }.joined()
        let base = TestRegister.treatment()
        let start = base.range(of: "purposes:\n")!.upperBound, end = base.range(of: "data_subjects:")!.lowerBound
        var yaml = base.replacingCharacters(in: start..<end, with: purposes)
        if automated {
            yaml += "\nautomated_decisions: { profiling: true, automated_decision: true, legal_effect: true, details: score d’octroi, safeguards: recours humain }\n"
        }
        return yaml
    }

    private func rights(_ yaml: String) throws -> [SubjectRight] {
        let register = try TestRegister(treatments: ["prospection": yaml])
        defer { register.remove() }
        let loaded = try #require(register.load().register?.treatments.first)
        return SubjectRights(of: loaded, jurisdiction: "FR").rights
    }

    @Test func theLegalBasesOpenTheRightsTheGDPRTiesToThem() throws {
        let always: [SubjectRight] = [.access, .rectification, .erasure, .restriction]
        #expect(try rights(treatment(["contract"])) == always + [.portability, .postMortem])
        #expect(try rights(treatment(["consent"])) == always + [.portability, .withdrawal, .postMortem])
        #expect(try rights(treatment(["legitimate_interests"])) == always + [.objection, .postMortem])
        #expect(try rights(treatment(["legal_obligation"])) == always + [.postMortem])
        #expect(try rights(treatment(["public_task", "consent"])) == always + [.portability, .objection, .withdrawal, .postMortem])
        #expect(try rights(treatment(["legitimate_interests"], prospection: true)) == always + [.objection, .marketingObjection, .postMortem])
        #expect(try rights(treatment(["legal_obligation"], automated: true)) == always + [.automatedDecision, .postMortem])
    }

    @Test func directivesAfterDeathAreFrenchLawOnly() throws {
        let register = try TestRegister(treatments: ["prospection": treatment(["contract"])])
        defer { register.remove() }
        let loaded = try #require(register.load().register?.treatments.first)
        #expect(!SubjectRights(of: loaded, jurisdiction: "BE").rights.contains(.postMortem))
        #expect(SubjectRights(of: loaded, jurisdiction: "FR").rights.contains(.postMortem))
        #expect(SubjectRights(of: loaded, jurisdiction: nil).rights.contains(.postMortem), "no country stated: not left out")
    }

    /// Art. 22 covers decisions with legal or similarly significant effects; an effect not stated
    /// leaves it to be determined. Explicit consent to sensitive data (Art. 9(2)(a)) opens
    /// portability (Art. 20(1)(a)) and withdrawal (Art. 7(3)).
    @Test func automatedDecisionsAndExplicitConsent() throws {
        let noEffect = try treatment(["contract"], automated: true).replacingOccurrences(of: "legal_effect: true", with: "legal_effect: false")
        #expect(try !rights(noEffect).contains(.automatedDecision))
        let unstated = try treatment(["contract"], automated: true).replacingOccurrences(of: "legal_effect: true, ", with: "")
        let register = try TestRegister(treatments: ["prospection": unstated])
        defer { register.remove() }
        let loaded = try #require(register.load().register?.treatments.first)
        #expect(SubjectRights(of: loaded, jurisdiction: "FR").dependOnUndeterminedBasis)
        let sensitive = try treatment(["legitimate_interests"]).replacingOccurrences(of: "sources:", with: """
        sensitive_data:
          - category: health
            condition: explicit_consent
            retention: { duration: 1 year, from: collection }
        sources:
        """)
        let given = try rights(sensitive)
        #expect(given.contains(.portability) && given.contains(.withdrawal), "\(given)")
    }

    @Test func aPurposeWithoutABasisLeavesTheDependentRightsUndetermined() throws {
        let yaml = treatment(["contract"]).replacingOccurrences(of: "    legal_basis: contract\n", with: "")
        let register = try TestRegister(treatments: ["prospection": yaml])
        defer { register.remove() }
        let treatment = try #require(register.load().register?.treatments.first)
        #expect(SubjectRights(of: treatment, jurisdiction: "FR").dependOnUndeterminedBasis)
        let loaded = register.load()
        let options = RenderOptions(format: .markdown, language: .fr, date: S.date, draft: true, version: "test", document: .notice)
        let notice = try DocumentRenderer(options: options).render(try #require(loaded.register))
        #expect(notice.contains("restent à déterminer"))
        // Not promised, not denied: the rights section says "to be determined", never "none".
        let section = try #require(notice.components(separatedBy: "## Vos droits").last)
        let portability = try #require(section.components(separatedBy: "- Droit à la portabilité").dropFirst().first?.components(separatedBy: "\n- ").first)
        #expect(portability.contains("À déterminer"))
        #expect(!notice.contains("Aucun des traitements présentés ici ne remplit les conditions de ce droit."))
        #expect(notice.contains("- Vos droits\u{202F}: droit d’accès") && notice.contains("accès, droit de rectification, droit à l’effacement, droit à la limitation du traitement, directives relatives à vos données après votre décès. Les droits qui dépendent"))
    }

    /// The example's own words on portability (consent only) are printed as how to exercise it,
    /// under ropa's statement of the scope, which names the contract-based treatments too.
    @Test func theOrganisationsWordsAreHowToExerciseNotTheScope() throws {
        let notice = try S.render(S.example, .markdown, draft: true, document: .notice)
        let section = try #require(notice.components(separatedBy: "## Vos droits").last)
        let portability = try #require(section.components(separatedBy: "- Droit à la portabilité").dropFirst().first)
            .components(separatedBy: "\n- ").first ?? ""
        #expect(portability.contains("sur votre consentement ou sur un contrat"))
        #expect(portability.contains("Gestion des achats en ligne"), "the purchases rest on the contract")
        #expect(portability.contains("_Comment l’exercer\u{202F}: La portabilité s'applique"))
        // One treatment only prospects: its objection is Art. 21(2), and the company's words go there.
        let marketing = try #require(section.components(separatedBy: "- Droit d’opposition à la prospection").dropFirst().first)
            .components(separatedBy: "\n- ").first ?? ""
        #expect(marketing.contains("lien de désinscription"))
        let html = try S.render(S.example, .html, draft: true, document: .notice)
        #expect(html.contains("<p class=\"right-terms\">Comment l’exercer"))
    }

    /// Without prospection, the objection terms go with Art. 21(1) only, once.
    @Test func objectionTermsArePrintedOnce() throws {
        let organisation = TestRegister.organisation + "\nnotice:\n  objection_terms: Écrire au délégué.\n"
        let register = try TestRegister(treatments: ["prospection": treatment(["legitimate_interests"])], organisation: organisation)
        defer { register.remove() }
        let notice = try S.render(register.directory, .markdown, document: .notice)
        #expect(notice.components(separatedBy: "Écrire au délégué.").count == 2)
        #expect(!notice.contains("Droit d’opposition à la prospection"))
    }

    @Test func termsForARightNoTreatmentGivesAreKeptAndSaySo() throws {
        let organisation = TestRegister.organisation + "\nnotice:\n  portability_terms: Écrire au service client.\n"
        let register = try TestRegister(treatments: ["prospection": treatment(["legal_obligation"])], organisation: organisation)
        defer { register.remove() }
        let notice = try S.render(register.directory, .markdown, document: .notice)
        #expect(notice.contains("Droit à la portabilité"))
        #expect(notice.contains("Aucun des traitements présentés ici ne remplit les conditions de ce droit."))
        #expect(notice.contains("Écrire au service client."))
    }

    @Test func everyRightHasANameAndATextInEveryLanguage() {
        for language in Language.allCases {
            let wording = Wording(language)
            for right in SubjectRight.allCases {
                #expect(!wording[right.name].isEmpty && !wording[right.name].contains("right."), "\(right) in \(language)")
                #expect(wording[right.text].contains(language == .fr ? "article" : "Article"), "\(right) in \(language)")
            }
        }
    }
}
