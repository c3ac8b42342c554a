/// A treatment that uses a processor located outside the EEA declares the transfer.
public struct ProcessorTransferDeclaredRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "processor-transfer-declared",
        severity: .error,
        title: "A treatment using a processor outside the EEA declares the transfer",
        reference: "RGPD art. 30(1)(e)",
        rationale: """
            A processor that processes the data outside the EEA receives them there: that is a transfer, which \
            Art. 30(1)(e) requires the register to record with its country (fact sheet §2.1 [P]), and which \
            needs a ground of its own (see `transfer-ground`). A treatment that names such a processor among \
            its recipients but declares no transfer to it contradicts itself. A transfer matches the processor \
            by its `processor:` id, by the recipient's name, or by the country.
            """,
        triggeringExamples: [
            RuleExample("""
                recipients: [{ processor: ↓mailer }]
                transfers: none
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                recipients: [{ processor: mailer }]
                transfers:
                  - recipient: Mailer Inc.
                    processor: mailer
                    country: US
                    safeguard: data_privacy_framework
                """),
            RuleExample("""
                recipients: [{ processor: hosting }]
                transfers: none
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.recipients.filter { $0.kind == .processor }.compactMap { recipient in
            guard let id = recipient.name, let processor = register.processor(id: id), !Countries.isInEEA(processor.country),
                  !treatment.transfers.contains(where: { Self.matches($0, processor) }) else { return nil }
            return Self.diagnostic(
                "the processor '\(processor.id)' processes the data in \(Countries.describe(processor.country)), but this treatment declares no transfer to it",
                at: recipient.source["processor"],
                help: "add under 'transfers:' an entry with 'recipient: \(processor.name)', 'processor: \(processor.id)', 'country: \(processor.country)' and its safeguard",
                notes: [.init("its country is given here", at: processor.source["country"])])
        }
    }

    private static func matches(_ transfer: Transfer, _ processor: Processor) -> Bool {
        if let id = transfer.processor { return id == processor.id }
        return transfer.recipient.lowercased() == processor.name.lowercased() || transfer.country == processor.country
    }
}
