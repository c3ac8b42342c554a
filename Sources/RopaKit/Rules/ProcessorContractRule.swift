/// Each processor names its Art. 28 contract.
public struct ProcessorContractRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "processor-contract",
        severity: .error,
        title: "Each processor names its Art. 28 contract",
        reference: "RGPD art. 28(3) et 28(9)",
        rationale: """
            "Le traitement par un sous-traitant est régi par un contrat ou un autre acte juridique" that sets \
            the subject-matter, duration, nature and purpose of the processing, the data, the persons and the \
            controller's rights, and the processor's obligations (a) to (h); the contract "se présente sous une \
            forme écrite" (GDPR Art. 28(3) and 28(9), fact sheet §2.5 [P]). The CNIL recommends recording the \
            processing agreements with the register (fact sheet §1.3, "Bonnes pratiques" [P]). Give each \
            processor a `contract:` with its `reference:` or `link:`.
            """,
        triggeringExamples: [
            RuleExample("""
                recipients: [{ processor: accounting-firm }]
                """, processors: """
                processors:
                  - id: ↓accounting-firm
                    name: Cabinet Comptable SARL
                    service: Tenue de la comptabilité
                    country: FR
                """),
            RuleExample("""
                recipients: [{ processor: payroll-firm }]
                """, processors: """
                processors:
                  - id: payroll-firm
                    name: Paie Services SAS
                    service: Établissement des bulletins de paie
                    country: FR
                    contract:
                      ↓signed: 2024-09-01
                """),
            // A placeholder is no contract: the finding points at it.
            RuleExample("""
                recipients: [{ processor: payroll-bureau }]
                """, processors: """
                processors:
                  - id: payroll-bureau
                    name: Bureau de Paie SARL
                    service: Établissement des bulletins de paie
                    country: FR
                    contract:
                      reference: ↓à compléter
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                recipients: [{ processor: hosting }]
                """),
        ])

    public func check(_ register: Register, context: RuleContext) -> [Diagnostic] {
        register.processors.compactMap { processor in
            let contract = processor.contract
            guard !Proof.isGiven(contract?.reference), !Proof.isGiven(contract?.link) else { return nil }
            let placeholder = contract.flatMap { Proof.placeholder([("reference", $0.reference), ("link", $0.link)], in: $0.source) }
            return Self.diagnostic(
                "the processor '\(processor.id)' has no reference to its Art. 28 contract\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? contract?.source.location ?? processor.source["id"],
                help: "add 'contract:' with 'reference:' (where the signed contract or DPA is filed) or 'link:', and 'signed:'")
        }
    }
}
