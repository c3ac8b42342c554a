/// A purpose based on a legal obligation or a public task names the text it rests on.
public struct LegalTextStatedRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "legal-text-stated",
        severity: .warning,
        title: "A purpose based on a legal obligation or a public task names the text",
        reference: "RGPD art. 6(1)(c) et 6(1)(e)",
        rationale: """
            Point (c) covers processing "nécessaire au respect d'une obligation légale à laquelle le responsable \
            du traitement est soumis", point (e) "une mission d'intérêt public ou relevant de l'exercice de \
            l'autorité publique dont est investi le responsable du traitement" (GDPR Art. 6(1), fact sheet §2.2 \
            [P]). Both point to a text outside the register; naming it (`legal_text:`) is what lets a reader \
            check that the obligation or the mission exists.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Tenue de la comptabilité
                    legal_basis: ↓legal_obligation
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Tenue de la comptabilité
                    legal_basis: legal_obligation
                    legal_text: Code de commerce, art. L123-22
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.purposes.filter { [.legalObligation, .publicTask].contains($0.legalBasis) && !Proof.isGiven($0.legalText) }.map { purpose in
            let placeholder = Proof.placeholder([("legal_text", purpose.legalText)], in: purpose.source)
            return Self.diagnostic(
                "the purpose '\(purpose.name)' relies on \(purpose.basisInWords) but does not name the text\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? purpose.source["legal_basis"],
                help: "add 'legal_text:' with the law, decree or code article that imposes the obligation or confers the mission")
        }
    }
}
