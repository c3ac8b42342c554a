/// A transfer on compelling legitimate interests documents its safeguards in the register.
public struct DerogationDocumentedRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "derogation-documented",
        severity: .error,
        title: "A transfer on compelling legitimate interests documents its safeguards",
        reference: "RGPD art. 30(1)(e) et 49(1), second alinéa",
        rationale: """
            The last-resort derogation of Art. 49(1), second subparagraph ("intérêts légitimes impérieux") \
            holds only for a transfer that is not repetitive, concerns a limited number of persons, and after \
            the controller assessed all the circumstances and provided suitable safeguards. For this case, and \
            only this one, Art. 30(1)(e) requires the register to hold "les documents attestant de l'existence \
            de garanties appropriées" (fact sheet §2.1, §2.9 [P]): write them in `documentation:`.
            """,
        triggeringExamples: [
            RuleExample("""
                recipients: [{ partner: Expert Singapour Pte Ltd }]
                transfers:
                  - recipient: Expert Singapour Pte Ltd
                    country: SG
                    safeguard: derogation
                    derogation: ↓compelling_legitimate_interests
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                recipients: [{ partner: Expert Singapour Pte Ltd }]
                transfers:
                  - recipient: Expert Singapour Pte Ltd
                    country: SG
                    safeguard: derogation
                    derogation: compelling_legitimate_interests
                    documentation: évaluation et garanties du 2025-05-12, CNIL informée le 2025-05-13
                """),
            RuleExample("""
                recipients: [{ partner: Hôtel Singapour Pte Ltd }]
                transfers:
                  - recipient: Hôtel Singapour Pte Ltd
                    country: SG
                    safeguard: derogation
                    derogation: contract_with_subject
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.transfers.filter { $0.derogation == .compellingLegitimateInterests && !Proof.isGiven($0.documentation) }.map { transfer in
            let placeholder = Proof.placeholder([("documentation", transfer.documentation)], in: transfer.source)
            return Self.diagnostic(
                "the transfer to '\(transfer.recipient)' relies on compelling legitimate interests but the register holds no documentation of its safeguards\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? transfer.source["derogation"],
                help: "add 'documentation:' naming the assessment and the safeguards provided (and when the CNIL and the persons were informed)")
        }
    }
}
