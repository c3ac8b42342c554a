/// A DPIA recorded as required has been carried out.
public struct DPIAPendingRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "dpia-pending",
        severity: .warning,
        title: "A DPIA recorded as required has been carried out",
        reference: "RGPD art. 35 ; CNIL, délibération n° 2018-326 du 11 octobre 2018",
        rationale: """
            A treatment whose fiche says `dpia: { status: required }` is processing for which a DPIA must be \
            done (two EDPB criteria or a type of the CNIL list, délibérations n° 2018-326 and n° 2018-327, fact \
            sheet §4.1, §4.3 [P]) and has not been. The register is accurate; the gap is in compliance, so the \
            finding is a warning that stays visible on every run (and fails with `--strict`) until the DPIA is \
            under way (`in_progress`) or done (`done` with its `reference`). That Art. 35(1) requires the DPIA \
            before the processing starts is not in the fact sheet: unconfirmed [U].
            """,
        triggeringExamples: [
            RuleExample("""
                dpia:
                  status: ↓required
                  cnil_list: [profiling_external_data]
                  criteria: [evaluation_or_scoring, matching_or_combining_datasets]
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                dpia:
                  status: in_progress
                  cnil_list: [profiling_external_data]
                  criteria: [evaluation_or_scoring, matching_or_combining_datasets]
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard let dpia = treatment.dpia, dpia.status == .required else { return [] }
        return [Self.diagnostic(
            "a DPIA is required for this treatment and has not been carried out",
            at: dpia.source["status"],
            help: "carry out the DPIA, then write 'status: done' with 'reference:' and 'date:' ('status: in_progress' meanwhile)")]
    }
}
