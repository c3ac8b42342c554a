/// Profiling and behavioural targeting come with a DPIA assessment.
public struct ProfilingDPIARule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "profiling-dpia",
        severity: .warning,
        title: "Profiling comes with a DPIA assessment",
        reference: "RGPD art. 35 ; CNIL, délibérations n° 2018-326 (critère « évaluation/scoring ») et n° 2018-327 (type n° 10)",
        rationale: """
            "Évaluation/scoring (y compris le profilage)" is one of the nine criteria; one criterion can be \
            enough, and "en cas de doute, une AIPD devrait être effectuée" (délibération n° 2018-326, fact sheet \
            §4.3 [P]). The CNIL list requires a DPIA for "traitements de profilage faisant appel à des données \
            provenant de sources externes", with the example of a "traitement visant à personnaliser les \
            publicités en ligne" (délibération n° 2018-327, type n° 10, §4.1 [P]). A treatment that declares \
            `automated_decisions.profiling: true` should therefore say what was decided about the DPIA: a \
            `dpia:` entry, with a `justification:` when it is not required.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                automated_decisions:
                  profiling: ↓true
                  automated_decision: false
                  details: segmentation des clients selon leurs achats pour cibler les offres
                """),
            RuleExample("""
                automated_decisions:
                  profiling: ↓true
                  automated_decision: false
                dpia:
                  status: not_required
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                automated_decisions:
                  profiling: true
                  automated_decision: false
                dpia:
                  status: not_required
                  criteria: [evaluation_or_scoring]
                  justification: segmentation sur les seuls achats chez nous, sans source externe ; avis du référent du 2025-10-02
                """),
            RuleExample("""
                automated_decisions:
                  profiling: false
                  automated_decision: false
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard let decisions = treatment.automatedDecisions, decisions.profiling else { return [] }
        guard let dpia = treatment.dpia else {
            return [Self.diagnostic(
                "the treatment profiles people but says nothing of a DPIA",
                at: decisions.source["profiling"],
                help: "add 'dpia:' with 'criteria: [evaluation_or_scoring, …]' and its status; if no DPIA is needed, say why in 'justification:'")]
        }
        guard dpia.status == .notRequired, !Proof.isGiven(dpia.justification) else { return [] }
        let placeholder = Proof.placeholder([("justification", dpia.justification)], in: dpia.source)
        return [Self.diagnostic(
            "the treatment profiles people and its 'dpia:' says no DPIA is required, without saying why\(placeholder.map { ": \($0.clause)" } ?? "")",
            at: placeholder?.location ?? decisions.source["profiling"],
            help: "write in the DPIA's 'justification:' why profiling here needs no DPIA (and list 'criteria: [evaluation_or_scoring, …]'), or change its status",
            notes: [.init("the DPIA is declared not required here", at: dpia.source["status"])])]
    }
}
