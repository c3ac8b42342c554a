/// A purpose based on consent says how consent is collected and how it is withdrawn.
public struct ConsentDocumentedRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "consent-documented",
        severity: .warning,
        title: "A purpose based on consent says how consent is collected and withdrawn",
        reference: "RGPD art. 6(1)(a)",
        rationale: """
            Consent is a lawful basis only when "la personne concernée a consenti au traitement de ses données \
            … pour une ou plusieurs finalités spécifiques" (GDPR Art. 6(1)(a), fact sheet §2.2 [P]). A register \
            that names consent without saying where it is asked and how it is withdrawn cannot show that it \
            was given for this purpose, nor that it can be taken back. The CNIL draft référentiel asks that the \
            consent to pass e-mail data to partners be kept "à titre probatoire" (fact sheet §6.4 [P]). The duties to prove consent and to \
            make withdrawal as easy as giving it (GDPR Art. 7(1) and 7(3)) are not in the fact sheet: \
            unconfirmed [U]. Write `consent: { collection: …, withdrawal: … }` under the purpose.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Lettre d'information
                    legal_basis: ↓consent
                """),
            RuleExample("""
                purposes:
                  - name: Lettre d'information
                    legal_basis: consent
                    consent:
                      ↓collection: case à cocher non pré-cochée sur le formulaire d'inscription
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Lettre d'information
                    legal_basis: consent
                    consent:
                      collection: case à cocher non pré-cochée sur le formulaire d'inscription
                      withdrawal: lien de désinscription dans chaque lettre
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.purposes.filter { $0.legalBasis == .consent }.compactMap { purpose in
            let collection = Proof.isGiven(purpose.consent?.collection)
            let withdrawal = Proof.isGiven(purpose.consent?.withdrawal)
            let missing: String
            switch (collection, withdrawal) {
            case (true, true): return nil
            case (false, false): missing = "how consent is collected nor how it is withdrawn"
            case (false, true): missing = "how consent is collected"
            case (true, false): missing = "how consent is withdrawn"
            }
            let placeholder = purpose.consent.flatMap {
                Proof.placeholder([("collection", $0.collection), ("withdrawal", $0.withdrawal)], in: $0.source)
            }
            return Self.diagnostic(
                "the purpose '\(purpose.name)' relies on consent but does not say \(missing)\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? purpose.consent?.source.location ?? purpose.source["legal_basis"],
                help: "add 'consent:' with 'collection:' (where and how it is asked) and 'withdrawal:' (how it is taken back)")
        }
    }
}
