/// A "transfer" to an EEA state is not a transfer outside the EEA.
public struct TransferInsideEEARule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "transfer-inside-eea",
        severity: .warning,
        title: "A transfer names a country outside the EEA",
        reference: "RGPD art. 30(1)(e)",
        rationale: """
            Art. 30(1)(e) asks for transfers "vers un pays tiers ou à une organisation internationale". The 27 \
            EU member states and Iceland, Liechtenstein and Norway form the EEA (fact sheet §5.2 [S]; \
            Sources/RopaKit/Reference/Countries.swift): sending data there is not such a transfer. Listing it \
            under `transfers` misleads the reader about the data's exposure; name the recipient under \
            `recipients` instead. Switzerland, the United Kingdom, the Faroe Islands, Greenland and the \
            Channel Islands are not in the EEA.
            """,
        triggeringExamples: [
            RuleExample("""
                recipients: [{ partner: Partner GmbH }]
                transfers:
                  - recipient: Partner GmbH
                    country: ↓DE
                    safeguard: standard_contractual_clauses
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                recipients: [{ partner: Partner GmbH }]
                transfers: none
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.transfers.filter { Countries.isInEEA($0.country) }.map { transfer in
            Self.diagnostic(
                "\(Countries.describe(transfer.country)) is in the EEA: sending data to '\(transfer.recipient)' is not a transfer outside the EEA",
                at: transfer.source["country"],
                help: "remove this entry and name the recipient under 'recipients:'; write 'transfers: none' if no other transfer remains")
        }
    }
}
