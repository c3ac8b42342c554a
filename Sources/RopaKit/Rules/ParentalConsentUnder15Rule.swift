/// In France, a child under 15 consents to an online service jointly with the holders of parental authority.
public struct ParentalConsentUnder15Rule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "parental-consent-under-15",
        severity: .warning,
        title: "A child under 15 consents to an online service jointly with the holders of parental authority",
        reference: "Loi Informatique et Libertés, art. 45 ; RGPD art. 8(1)",
        rationale: """
            France set the age of Art. 8 at 15: "un mineur peut consentir seul à un traitement de données à \
            caractère personnel en ce qui concerne l'offre directe de services de la société de l'information à \
            compter de l'âge de quinze ans. Lorsque le mineur est âgé de moins de quinze ans, le traitement n'est \
            licite que si le consentement est donné conjointement par le mineur concerné et le ou les titulaires \
            de l'autorité parentale" (loi Informatique et Libertés, art. 45 [S: rapport du 117e congrès des \
            notaires (2021), didomi.io, the CNIL's recommendation 4 on minors online of 9 June 2021 read in an \
            excerpt; the fact sheet §6.5 had left the article number unconfirmed]). Unlike Art. 8, the parents' \
            consent alone is not enough: the child consents too, "conjointement" (Conseil constitutionnel, \
            décision n° 2018-765 DC, cons. 63 [S: notaires]).
            A purpose based on consent, collected for an online service offered directly to the persons \
            (`consent.online_service: true`), in a treatment whose persons include children under 15 \
            (`age: under_13`, `from_13_to_14`, or `minors` of unstated age), says how the holders of parental \
            authority consent with the child (`consent.parental_consent:`).
            """,
        jurisdiction: "FR",
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Publication des photos des joueurs dans l'application
                    legal_basis: ↓consent
                    consent: { collection: case à cocher dans l'application, withdrawal: réglage du compte, online_service: true }
                data_subjects: [{ category: users, details: joueurs de 13 et 14 ans, age: from_13_to_14 }]
                """),
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
                      parental_consent: le compte est ouvert depuis celui d'un parent, qui valide chaque autorisation avec l'enfant
                data_subjects: [{ category: users, details: joueurs de 13 et 14 ans, age: from_13_to_14 }]
                """),
            RuleExample("""
                purposes:
                  - name: Publication des photos des joueurs dans l'application
                    legal_basis: consent
                    consent: { collection: case à cocher dans l'application, withdrawal: réglage du compte, online_service: true }
                data_subjects: [{ category: users, details: joueurs de 15 à 17 ans, age: from_15_to_17 }]
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        ParentalConsentRule.findings(treatment, belowAge: 15, rule: Self.self) { age in
            "its persons include \(age.label.en.lowercased()) — younger than 15, the age from which a child may consent alone in France"
        }
    }
}
