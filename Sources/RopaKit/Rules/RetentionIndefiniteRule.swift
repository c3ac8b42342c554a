/// No category of data is kept indefinitely.
public struct RetentionIndefiniteRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "retention-indefinite",
        severity: .error,
        title: "No data are kept indefinitely",
        reference: "RGPD art. 30(1)(f)",
        rationale: """
            The register gives, per category of data, "les délais prévus pour l'effacement" (Art. 30(1)(f), \
            fact sheet §2.1 [P]) — "la durée de conservation, ou à défaut les critères permettant de la \
            déterminer" (CNIL, fact sheet §1.3 [P]). "Indefinite" is neither a time limit nor a criterion. When \
            no fixed length fits, write `until:` with the event that ends the period (e.g. \
            `until: consent_withdrawal`), or a duration counted from an event.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                data:
                  - category: identification
                    retention: { duration: ↓indefinite }
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                data:
                  - category: identification
                    retention: { until: consent_withdrawal }
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        let retentions = treatment.data.compactMap(\.retention) + treatment.sensitiveData.compactMap(\.retention)
        return retentions.filter { $0.period == .indefinite }.map { retention in
            Self.diagnostic(
                "data kept indefinitely have no time limit for erasure",
                at: retention.source["duration"],
                help: "give a duration counted from an event ('duration: 3 years' with 'from: last_contact'), or 'until:' the event that ends the period")
        }
    }
}
