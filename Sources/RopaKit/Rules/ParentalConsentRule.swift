/// Children too young to consent alone to an online service: the register says how their parents consent.
public struct ParentalConsentRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "parental-consent",
        severity: .warning,
        title: "Consent of children below the age of digital consent comes with their parents'",
        reference: "RGPD art. 8(1)",
        rationale: """
            "Where point (a) of Article 6(1) applies, in relation to the offer of information society services \
            directly to a child, the processing of the personal data of a child shall be lawful where the child \
            is at least 16 years old. Where the child is below the age of 16 years, such processing shall be \
            lawful only if and to the extent that consent is given or authorised by the holder of parental \
            responsibility over the child. Member States may provide by law for a lower age … not below 13 \
            years" (Art. 8(1) [S: the text as reproduced by activemind.legal, gdprhub.eu, privacy-regulation.eu]). \
            A purpose based on consent, collected for an online service offered directly to the persons \
            (`consent.online_service: true`), in a treatment whose persons include children the rule is sure \
            are below any member state's age — under 13 (`age: under_13`), or minors of unstated age \
            (`age: minors`) — says how the holder of parental responsibility consents (`consent.parental_consent:`). \
            Member states' own ages are not built in, except France's, checked by `parental-consent-under-15`; \
            this rule does not run on a French register.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Publication des photos des joueurs dans l'application
                    legal_basis: ↓consent
                    consent: { collection: case à cocher dans l'application, withdrawal: réglage du compte, online_service: true }
                data_subjects: [{ category: users, details: joueurs de 8 à 12 ans, age: under_13 }]
                """, organisation: ParentalConsentRule.belgianClub),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Publication des photos des joueurs dans l'application
                    legal_basis: consent
                    consent:
                      collection: case à cocher dans l'application
                      withdrawal: réglage du compte
                      online_service: true
                      parental_consent: le compte de l'enfant est ouvert et autorisé depuis le compte d'un parent
                data_subjects: [{ category: users, details: joueurs de 8 à 12 ans, age: under_13 }]
                """, organisation: ParentalConsentRule.belgianClub),
            RuleExample("""
                purposes:
                  - name: Publication des photos des joueurs dans l'application
                    legal_basis: consent
                    consent: { collection: case à cocher dans l'application, withdrawal: réglage du compte, online_service: true }
                data_subjects: [{ category: users, details: joueurs de 16 et 17 ans, age: from_15_to_17 }]
                """, organisation: ParentalConsentRule.belgianClub),
        ])

    /// The examples' organisation: a club under Belgian law, so that the French rule stays out.
    static let belgianClub = """
        jurisdiction: BE
        organisation:
          name: Club Exemple ASBL
          email: contact@club.example
        services:
          - id: sales
            name: Secrétariat
          - id: accounting
            name: Trésorerie
        """

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard register.jurisdiction != ParentalConsentUnder15Rule.description.jurisdiction else { return [] }
        return Self.findings(treatment, belowAge: 13, rule: Self.self) { age in
            "its persons include \(age.label.en.lowercased()), below the age at which any member state lets a child consent alone (13 at the lowest, 16 by default)"
        }
    }

    /// The consent purposes of an online service offered to children younger than `belowAge`
    /// that do not say how the parents consent.
    static func findings<R: Rule>(_ treatment: Treatment, belowAge: Int, rule: R.Type, why: (AgeGroup) -> String) -> [Diagnostic] {
        guard let child = treatment.dataSubjects.compactMap(\.age).first(where: { $0.mayBeYounger(than: belowAge) })
        else { return [] }
        return treatment.purposes.compactMap { purpose in
            guard purpose.legalBasis == .consent, let consent = purpose.consent, consent.onlineService,
                  !Proof.isGiven(consent.parentalConsent)
            else { return nil }
            let placeholder = Proof.placeholder([("parental_consent", consent.parentalConsent)], in: consent.source)
            return R.diagnostic(
                "the purpose '\(purpose.name)' rests on consent to an online service, and \(why(child)), but the register does not say how the holder of parental responsibility consents\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? purpose.source["legal_basis"],
                help: "write in 'consent.parental_consent:' how the parents give or authorise consent, and how it is checked (Art. 8(2))")
        }
    }
}
