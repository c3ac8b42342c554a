/// Every processor defined in processors.yaml is used by some treatment.
public struct ProcessorUnusedRule: Rule {
    public init() {}

    /// The treatment that uses the processor may be one that failed to load.
    public static let needsEveryTreatment = true

    public static let description = RuleDescription(
        id: "processor-unused",
        severity: .warning,
        title: "A processor is used by at least one treatment",
        reference: "RGPD art. 30(1)(d)",
        rationale: """
            Processors appear in the register as recipients of the treatments that use them (Art. 30(1)(d); \
            the CNIL: "les catégories de destinataires …, y compris les sous-traitants auxquels vous recourez", \
            fact sheet §1.3 [P]). A processor defined in processors.yaml that no \
            treatment names is either a stale entry (remove it) or a recipient missing from a treatment (add it \
            under that treatment's `recipients:`).
            """,
        triggeringExamples: [
            RuleExample("""
                recipients: [{ processor: hosting-eu }]
                """, processors: """
                processors:
                  - id: hosting-eu
                    name: Hébergeur Europe SAS
                    service: Hébergement
                    country: FR
                    contract: { reference: DPA-HE-2023 }
                  - id: ↓old-crm
                    name: Ancien CRM SAS
                    service: Gestion de la relation client (abandonné)
                    country: FR
                    contract: { reference: DPA-CRM-2019 }
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                recipients: [{ processor: hosting }, { processor: mailer }]
                transfers:
                  - recipient: Mailer Inc.
                    processor: mailer
                    country: US
                    safeguard: data_privacy_framework
                """),
        ])

    public func check(_ register: Register, context: RuleContext) -> [Diagnostic] {
        var used: Set<String> = []
        for treatment in register.treatments {
            used.formUnion(treatment.recipients.filter { $0.kind == .processor }.compactMap(\.name))
            used.formUnion(treatment.transfers.compactMap(\.processor))
        }
        return register.processors.filter { !used.contains($0.id) }.map { processor in
            Self.diagnostic(
                "the processor '\(processor.id)' is used by no treatment",
                at: processor.source["id"],
                help: "name it under 'recipients:' of the treatments that use it (- processor: \(processor.id)), or remove it from processors.yaml")
        }
    }
}
