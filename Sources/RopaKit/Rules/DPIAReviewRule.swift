/// A DPIA is reviewed at least every three years.
public struct DPIAReviewRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "dpia-review",
        severity: .warning,
        title: "A DPIA is reviewed at least every three years",
        reference: "CNIL, délibération n° 2018-326 du 11 octobre 2018",
        rationale: """
            A DPIA must be reviewed regularly, "en tout état de cause tous les trois ans" (délibération \
            n° 2018-326, fact sheet §4.3 [P]). The rule compares the DPIA's `date` with the register's date.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                dpia:
                  status: done
                  reference: AIPD-2021-03
                  date: ↓2021-03-15
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                dpia:
                  status: done
                  reference: AIPD-2024-03
                  date: 2024-03-15
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard let dpia = treatment.dpia, dpia.status == .done, let date = dpia.date else { return [] }
        let due = date.addingMonths(12 * DPIALists.reviewPeriodYears)
        guard due < context.date else { return [] }
        return [Self.diagnostic(
            "the DPIA dates from \(date): its review was due by \(due)",
            at: dpia.source["date"],
            help: "review the DPIA and write the new date in 'date:'")]
    }
}
