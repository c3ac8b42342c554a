/// A treatment on the CNIL list, or meeting two EDPB criteria, does not record its DPIA as unneeded
/// or as done without saying where it is.
public struct DPIARequiredRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "dpia-required",
        severity: .error,
        title: "A treatment on the CNIL list or meeting two criteria records its DPIA",
        reference: "RGPD art. 35 ; CNIL, délibérations n° 2018-326 et n° 2018-327 du 11 octobre 2018",
        rationale: """
            The CNIL's guidelines (délibération n° 2018-326) take up the nine EDPB criteria (WP248 rev.01): \
            "un traitement qui rencontre au moins deux des critères … doit faire l'objet d'une AIPD"; a \
            controller who meets two criteria but decides against a DPIA must document why (fact sheet §4.3 \
            [P]). The CNIL's list (délibération n° 2018-327) names 14 types of processing for which a DPIA is \
            required (§4.1 [P]). Declare the criteria met in `dpia.criteria` and the listed types in \
            `dpia.cnil_list`; the rule then wants `status: done` with its `reference`, `status: in_progress`, or \
            `status: required` (a DPIA still to carry out; both are reported by `dpia-pending` once the processing is in operation). With two criteria and \
            no listed type, `status: not_required` with a `justification` is accepted. The list and thresholds \
            are in Sources/RopaKit/Reference/DPIALists.swift.
            """,
        triggeringExamples: [
            RuleExample("""
                dpia:
                  status: ↓not_required
                  criteria: [evaluation_or_scoring, matching_or_combining_datasets]
                """),
            RuleExample("""
                dpia:
                  status: ↓not_required
                  cnil_list: [profiling_external_data]
                  justification: nous estimons que le profilage est limité
                """),
            RuleExample("""
                dpia:
                  status: ↓done
                  criteria: [systematic_monitoring, large_scale]
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                dpia:
                  status: done
                  criteria: [evaluation_or_scoring, matching_or_combining_datasets]
                  reference: AIPD-2025-01, dossier RGPD
                  date: 2025-11-03
                """),
            RuleExample("""
                dpia:
                  status: not_required
                  criteria: [evaluation_or_scoring, large_scale]
                  justification: notation interne sans effet sur les personnes ; avis du référent du 2025-10-02
                """),
            RuleExample("""
                dpia:
                  status: not_required
                  criteria: [large_scale]
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard let dpia = treatment.dpia else { return [] }
        let listed = !dpia.cnilList.isEmpty
        let criteria = Set(dpia.criteria).count
        guard listed || criteria >= DPIALists.criteriaThreshold else { return [] }
        let why = listed
            ? "the treatment is on the CNIL list of processing that requires a DPIA (n° \(dpia.cnilList.map { String($0.number) }.joined(separator: ", ")))"
            : "the treatment meets \(criteria) of the EDPB criteria"
        let problem: (String, String)?
        switch dpia.status {
        case .done where dpia.reference == nil:
            problem = ("the DPIA is marked done but the register does not say where it is",
                       "add 'reference:' with where the DPIA is kept, and 'date:'")
        case .done, .inProgress, .required:
            problem = nil
        case .notRequired where !listed && dpia.justification != nil:
            problem = nil
        case .notRequired:
            problem = ("\(why), but the DPIA is marked not required",
                       listed ? "carry out the DPIA: a listed type always requires one" : "carry out the DPIA, or document in 'justification:' why none is needed, with the DPO's or referent's opinion")
        }
        guard let (message, help) = problem else { return [] }
        return [Self.diagnostic(message, at: dpia.source["status"], help: help)]
    }
}
