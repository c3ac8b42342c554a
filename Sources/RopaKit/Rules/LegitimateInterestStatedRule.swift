/// A purpose based on legitimate interests states the interest and where the balancing test is.
public struct LegitimateInterestStatedRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "legitimate-interest-stated",
        severity: .warning,
        title: "A purpose based on legitimate interests states the interest and its balancing test",
        reference: "RGPD art. 6(1)(f)",
        rationale: """
            Legitimate interests are a lawful basis only for processing "nécessaire aux fins des intérêts \
            légitimes poursuivis par le responsable du traitement ou par un tiers, à moins que ne prévalent les \
            intérêts ou les libertés et droits fondamentaux de la personne concernée" (GDPR Art. 6(1)(f), fact \
            sheet §2.2 [P]). The interest must therefore be named, and the weighing against the persons' rights \
            must exist somewhere: write `legitimate_interest:` and `balancing_test:` (where the test is kept). \
            Point (f) does not apply to public authorities in the performance of their tasks: for a public body \
            `public-body-legitimate-interests` reports the basis itself, and this rule stays silent.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Statistiques de fréquentation
                    legal_basis: ↓legitimate_interests
                """),
            RuleExample("""
                purposes:
                  - name: Statistiques de fréquentation
                    legal_basis: ↓legitimate_interests
                    legitimate_interest: améliorer le site
                """),
            // A placeholder is no balancing test: the finding points at it.
            RuleExample("""
                purposes:
                  - name: Statistiques de fréquentation
                    legal_basis: legitimate_interests
                    legitimate_interest: améliorer le site
                    balancing_test: ↓Note de mise en balance à rédiger
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Statistiques de fréquentation
                    legal_basis: legitimate_interests
                    legitimate_interest: améliorer le site à partir de mesures agrégées
                    balancing_test: note LIA-2025-02 du référent, dossier RGPD
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        // A public body's legitimate interests are refused outright by `public-body-legitimate-interests`.
        guard !register.organisation.isPublicBody else { return [] }
        return treatment.purposes.filter { $0.legalBasis == .legitimateInterests }.compactMap { purpose in
            let missing: String
            switch (Proof.isGiven(purpose.legitimateInterest), Proof.isGiven(purpose.balancingTest)) {
            case (true, true): return nil
            case (false, false): missing = "states neither the interest pursued nor where the balancing test is documented"
            case (false, true): missing = "does not state the interest pursued"
            case (true, false): missing = "does not say where the balancing test is documented"
            }
            let placeholder = Proof.placeholder([("legitimate_interest", purpose.legitimateInterest),
                                                 ("balancing_test", purpose.balancingTest)], in: purpose.source)
            return Self.diagnostic(
                "the purpose '\(purpose.name)' relies on legitimate interests but \(missing)\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? purpose.source["legal_basis"],
                help: "add 'legitimate_interest:' (the interest pursued) and 'balancing_test:' (where the weighing against the persons' rights is kept)")
        }
    }
}
