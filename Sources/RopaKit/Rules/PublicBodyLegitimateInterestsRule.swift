/// A public authority does not ground the processing of its tasks on legitimate interests.
public struct PublicBodyLegitimateInterestsRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "public-body-legitimate-interests",
        severity: .error,
        title: "A public authority does not rely on legitimate interests for its tasks",
        reference: "RGPD art. 6(1), second alinéa",
        rationale: """
            Art. 6(1) ends: point (f), legitimate interests, "shall not apply to processing carried out by \
            public authorities in the performance of their tasks" — « ne s'applique pas au traitement effectué \
            par les autorités publiques dans l'exécution de leurs missions » [S: the official English and French \
            texts as reproduced by lobbyplag.eu; sipoch.com; the fact sheet §2.2 had not re-read it, U]. A \
            register whose organisation is a public authority or body (`public_body: true` in organisation.yaml) \
            and that grounds a purpose on legitimate interests states a basis the law excludes: the purpose rests \
            on a public task (`public_task`, with its `legal_text`), a legal obligation, a contract or consent. \
            A public body's activity that is not one of its tasks (a commercial activity of a public \
            establishment) may rely on legitimate interests: say so with a waiver and its reason. \
            `legitimate-interest-stated` does not also ask such a purpose for its balancing test.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Lettre d'information municipale
                    legal_basis: ↓legitimate_interests
                    legitimate_interest: informer les habitants
                    balancing_test: note du DPO du 2025-03-01
                """, organisation: PermanentArchivingRule.commune),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Lettre d'information municipale
                    legal_basis: consent
                    consent: { collection: formulaire d'abonnement, withdrawal: lien de désabonnement dans chaque lettre }
                """, organisation: PermanentArchivingRule.commune),
            RuleExample("""
                purposes:
                  - name: Lettre d'information aux clients
                    legal_basis: legitimate_interests
                    legitimate_interest: informer les clients des nouveautés
                    balancing_test: note du référent du 2025-03-01
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard register.organisation.isPublicBody else { return [] }
        return treatment.purposes.filter { $0.legalBasis == .legitimateInterests }.map { purpose in
            Self.diagnostic(
                "the purpose '\(purpose.name)' relies on legitimate interests, which do not apply to a public authority performing its tasks",
                at: purpose.source["legal_basis"],
                help: "ground it on the public task ('legal_basis: public_task' with 'legal_text:'), a legal obligation, a contract or consent; if it is not one of the body's tasks, set this rule aside with a waiver that says so")
        }
    }
}
