import Foundation
import Testing
@testable import RopaKit

/// `Register.publicVersion()` leaves values out of the published register, and
/// `publicWithheldLocations()` says where they are written (so that a placeholder there does not
/// hold the public version back). The two lists are separate code: this keeps them together. A
/// register whose every withheld value is a marked sentinel is rendered in full and in public.
@Suite struct PublicRegisterTests {
    static let organisation = """
        organisation:
          name: Exemple SAS
          address: { street: 1 rue Haute, postal_code: "75001", city: Paris, country: FR }
          email: contact@example.fr
        data_protection_contact:
          role: dpo
          name: Déléguée Exemple
          email: dpo@example.fr
        services:
          - id: direction
            name: Direction
            description: WITHHELD-service-description
        """
    static let processors = """
        processors:
          - id: hebergeur
            name: Hébergeur Exemple SAS
            service: Hébergement
            country: FR
            contact:
              name: WITHHELD-contact-name
              email: withheld-contact@example.org
              phone: "+33 1 00 00 00 01"
            contract:
              reference: WITHHELD-contract-reference
              link: https://example.org/WITHHELD-contract-link
              signed: 2023-03-01
        """
    static let treatment = """
        id: one
        name: Gestion des clients
        reference: T-001
        created: 2018-05-25
        updated: 2026-01-10
        joint_controllers:
          - name: Partenaire Exemple
            email: partenaire@example.org
            arrangement: WITHHELD-arrangement-reference
            arrangement_essence: KEPT-arrangement-essence
        purposes:
          - name: Exécution des commandes
            legal_basis: contract
          - name: Mesure d'audience
            legal_basis: legitimate_interests
            legitimate_interest: KEPT-legitimate-interest
            balancing_test: WITHHELD-balancing-test
        data_subjects:
          - category: clients
        data:
          - category: identification
            details: KEPT-data-details
            retention:
              duration: 3 years
              from: end_of_relationship
              archiving_safeguards: WITHHELD-archiving-safeguards
        sources:
          - kind: direct
        recipients:
          - service: direction
          - processor: hebergeur
        transfers:
          - recipient: Prestataire Exemple Inc.
            country: US
            safeguard: standard_contractual_clauses
            documentation: WITHHELD-transfer-documentation
            impact_assessment: WITHHELD-transfer-impact-assessment
        security:
          - measure: access_control
            details: WITHHELD-security-details
        dpia:
          status: done
          criteria: [sensitive_or_highly_personal_data, large_scale]
          reference: WITHHELD-dpia-reference
          date: 2024-03-01
          justification: WITHHELD-dpia-justification
        waivers:
          - rule: retention-cnil-guidance
            reason: WITHHELD-waiver-reason
        notes: WITHHELD-notes
        """

    @Test func whatThePublicVersionLeavesOutIsWhereItSaysAndNowhereInItsDocuments() throws {
        let directory = try RenderingSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/treatments", withIntermediateDirectories: true)
        for (path, text) in [("organisation.yaml", Self.organisation), ("processors.yaml", Self.processors), ("treatments/one.yaml", Self.treatment)] {
            try (text + "\n").write(toFile: directory + "/" + path, atomically: true, encoding: .utf8)
        }
        let (register, _) = try RenderingSupport.load(directory)

        // Every sentinel line is a place the public version withholds, and only those.
        let withheld = register.publicWithheldLocations()
        var sentinels: [String] = []
        for (path, text) in [("organisation.yaml", Self.organisation), ("processors.yaml", Self.processors), ("treatments/one.yaml", Self.treatment)] {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let lineNumber = index + 1
                let located = withheld.contains { $0.file.hasSuffix("/" + path) && $0.line == lineNumber }
                if let range = line.range(of: "WITHHELD-") {
                    sentinels.append(String(line[range.lowerBound...].prefix { $0 != " " && $0 != "\"" }))
                    #expect(located, "\(path):\(lineNumber) '\(line)' is withheld but publicWithheldLocations() does not say so")
                } else if line.contains("KEPT-") {
                    #expect(!located, "\(path):\(lineNumber) '\(line)' is published but listed as withheld")
                }
            }
        }
        #expect(sentinels.count == 14)

        // The DPIA's criteria are left out, and said to be: never printed as "none".
        let words = Wording(.fr)
        let publicModel = DocumentModel(register: register.publicVersion(), treatments: register.publicVersion().treatments, language: .fr,
                                        date: RenderingSupport.date, version: "test", draft: false)
        let dpia = try #require(publicModel.fiches.first?.dpiaRows)
        #expect(dpia.first { $0.label == words[.dpiaCriteria] }?.value == words[.publicWithheld])
        #expect(dpia.first { $0.label == words[.dpiaCNILList] }?.value == words[.publicWithheld])

        for format in [OutputFormat.markdown, .html, .json] {
            let full = try RenderingSupport.render(directory, format)
            let published = try RenderingSupport.render(directory, format, isPublic: true)
            for sentinel in sentinels {
                #expect(full.contains(sentinel),
                        "\(format): the full register prints \(sentinel) (the test fills a real field)")
                #expect(!published.contains(sentinel), "\(format): the public register prints \(sentinel)")
            }
            #expect(!published.contains("withheld-contact@example.org") && !published.contains("+33 1 00 00 00 01"))
            for kept in ["KEPT-arrangement-essence", "KEPT-legitimate-interest", "KEPT-data-details"] {
                #expect(published.contains(kept), "\(format): the public register keeps \(kept)")
            }
            let criterion = DPIACriterion.largeScale.label[.fr]
            #expect(full.contains(format == .json ? "large_scale" : criterion) && !published.contains(criterion), "\(format)")
        }
    }
}
