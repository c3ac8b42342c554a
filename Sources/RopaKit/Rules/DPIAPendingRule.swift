/// A DPIA that must be carried out before the processing is not left pending once it runs.
public struct DPIAPendingRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "dpia-pending",
        severity: .warning,
        title: "A required DPIA is carried out before the processing",
        reference: "RGPD art. 35(1) ; CNIL, délibération n° 2018-326 du 11 octobre 2018",
        rationale: """
            Art. 35(1) asks the controller to carry out the impact assessment "prior to the processing" ("avant \
            le traitement") where the processing is likely to result in a high risk [S: the article's text as \
            quoted by secondary sources; the fact sheet does not quote Art. 35(1): unconfirmed U]. A fiche \
            that says `dpia: { status: required }` — two EDPB criteria or a type of the CNIL list (délibérations \
            n° 2018-326 and n° 2018-327, fact sheet §4.1, §4.3 [P]) — or `status: in_progress` describes \
            processing whose DPIA is not done. A fiche created on or before the register's date is processing \
            in operation: the DPIA is late, which the finding says with the article. (A fiche dated after the \
            register's date is reported by `future-date`.)
            The severity is a warning, not an error: the register is accurate (it says the DPIA is not \
            done), and the register alone cannot tell when the need arose — a processing that became high-risk \
            after it started (Art. 35(11), a change of risk) is assessed when the change happens. The finding \
            stays on every run, and fails `--strict`, until the DPIA is `done` with its `reference`.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                created: 2020-01-01
                dpia:
                  status: ↓required
                  cnil_list: [profiling_external_data]
                  criteria: [evaluation_or_scoring, matching_or_combining_datasets]
                """),
            RuleExample("""
                created: 2020-01-01
                dpia:
                  status: ↓in_progress
                  cnil_list: [profiling_external_data]
                  criteria: [evaluation_or_scoring, matching_or_combining_datasets]
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                dpia:
                  status: done
                  reference: AIPD-2024-03
                  date: 2024-03-01
                  criteria: [evaluation_or_scoring, matching_or_combining_datasets]
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard let dpia = treatment.dpia, dpia.status == .required || dpia.status == .inProgress,
              let created = treatment.created, created <= context.date else { return [] }
        return [Self.diagnostic(
            "this treatment is in operation since \(created) but its DPIA is \(dpia.status == .required ? "not started" : "not finished"): Art. 35(1) requires it before the processing",
            at: dpia.source["status"],
            help: "finish the DPIA and write 'status: done' with 'reference:' and 'date:'; meanwhile consider suspending what makes the processing high-risk",
            reference: "RGPD art. 35(1)")]
    }
}
