/// A treatment meeting two EDPB criteria — declared, or read from its content — does not record
/// its DPIA as unneeded without saying why, nor as done without saying where it is.
public struct DPIARequiredRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "dpia-required",
        severity: .error,
        title: "A treatment meeting two EDPB criteria records its DPIA, or why none is needed",
        reference: "RGPD art. 35 ; CEPD, lignes directrices WP248 rev.01 ; CNIL, délibération n° 2018-326 du 11 octobre 2018",
        rationale: """
            The EDPB's guidelines (WP248 rev.01), taken up by the CNIL (délibération n° 2018-326), give nine \
            criteria: "un traitement qui rencontre au moins deux des critères … doit faire l'objet d'une AIPD"; a \
            controller who meets two criteria but decides against a DPIA must document why (fact sheet §4.3 \
            [P]). The criteria counted are those declared in `dpia.criteria` and those the register's content \
            shows (Sources/RopaKit/Reference/DPIAIndicators.swift): special-category or criminal data, location \
            data or recorded calls (sensitive or highly personal data); employees or children among the persons \
            (vulnerable persons: WP248 names employees, for the imbalance of power [S]); video surveillance, \
            geolocation of vehicles or constant monitoring of employees (`purposes[].kind`: systematic \
            monitoring); profiling (evaluation or scoring); automated decisions with legal effect; data collected \
            from the persons combined with data from brokers, partners or other third parties (matching). Large \
            scale counts only when stated. Each criterion is named in the message with what shows it, so that a \
            referent who disagrees can say why in `justification:`.
            With two criteria the rule wants `status: done` with its `reference`, `in_progress`, `required` (both \
            reported by `dpia-pending` once the processing runs), or `not_required` with a `justification`. The \
            CNIL's list of processing that always requires a DPIA is checked by `dpia-cnil-list` (French law); a \
            treatment that says nothing of a DPIA by `dpia-assessed`.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                dpia:
                  status: ↓not_required
                  criteria: [evaluation_or_scoring, matching_or_combining_datasets]
                """),
            RuleExample("""
                dpia:
                  status: ↓done
                  criteria: [systematic_monitoring, large_scale]
                """),
            RuleExample("""
                purposes:
                  - name: Géolocalisation des véhicules des techniciens
                    kind: vehicle_geolocation
                    legal_basis: legitimate_interests
                    legitimate_interest: affecter le technicien le plus proche
                    balancing_test: note de mise en balance du 2025-03-01
                data_subjects: [{ category: employees }]
                data:
                  - category: location
                    retention: { duration: 2 months, from: collection }
                dpia:
                  status: ↓not_required
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
            RuleExample("""
                purposes:
                  - name: Calcul et versement des salaires
                    kind: payroll
                    legal_basis: contract
                data_subjects: [{ category: employees }]
                data:
                  - category: economic_financial
                    retention: { duration: 5 years, from: transaction }
                dpia:
                  status: not_required
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard let dpia = treatment.dpia else { return [] }
        let met = DPIAIndicators.criteriaMet(by: treatment)
        guard met.count >= DPIALists.criteriaThreshold else { return [] }
        let why = "the treatment meets \(met.count) of the EDPB criteria (\(DPIAIndicators.describe(met)))"
        switch dpia.status {
        case .done where !Proof.isGiven(dpia.reference):
            let placeholder = Proof.placeholder([("reference", dpia.reference)], in: dpia.source)
            return [Self.diagnostic("the DPIA is marked done but the register does not say where it is\(placeholder.map { ": \($0.clause)" } ?? "")",
                                    at: placeholder?.location ?? dpia.source["status"],
                                    help: "add 'reference:' with where the DPIA is kept, and 'date:'")]
        case .notRequired where !Proof.isGiven(dpia.justification):
            let placeholder = Proof.placeholder([("justification", dpia.justification)], in: dpia.source)
            return [Self.diagnostic(
                "\(why), but the DPIA is marked not required without saying why\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? dpia.source["status"],
                help: "carry out the DPIA, or write in 'justification:' why none is needed despite these criteria, with the DPO's or referent's opinion")]
        default:
            return []
        }
    }
}
