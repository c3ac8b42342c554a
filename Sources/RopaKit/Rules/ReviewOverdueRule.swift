/// Each fiche has been reviewed within the review period (12 months unless configured).
public struct ReviewOverdueRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "review-overdue",
        severity: .warning,
        title: "A fiche has been reviewed within the review period",
        reference: "RGPD art. 30 ; CNIL, « Le registre des activités de traitement »",
        rationale: """
            The register must be kept up to date: "toute modification apportée aux conditions de mise en œuvre \
            de chaque traitement inscrit au registre (nouvelle donnée collectée, allongement de la durée de \
            conservation, nouveau destinataire du traitement, etc.) doit être portée au registre" (CNIL, fact \
            sheet §1.3 [P]); the CNIL model dates each fiche's last update (§1.1 [P]). No text sets a review \
            period: the 12 months are ropa's default, to make a forgotten fiche visible; change it with \
            `ropa validate --review-months N`. The rule compares `updated` with the register's date.
            """,
        triggeringExamples: [
            RuleExample("""
                updated: ↓2025-03-01
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                updated: 2025-09-15
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard let updated = treatment.updated else { return [] }
        let due = updated.addingMonths(context.reviewPeriodMonths)
        guard due < context.date, updated <= context.date else { return [] }
        return [Self.diagnostic(
            "the fiche was last updated on \(updated), more than \(context.reviewPeriodMonths) months before \(context.date)",
            at: treatment.source["updated"],
            help: "review the treatment against its practice, correct what changed, and set 'updated:' to the review's date")]
    }
}
