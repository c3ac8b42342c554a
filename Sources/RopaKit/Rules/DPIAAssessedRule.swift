/// A treatment whose content meets two EDPB criteria says what was decided about a DPIA.
public struct DPIAAssessedRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "dpia-assessed",
        severity: .warning,
        title: "A treatment whose content meets two EDPB criteria says what was decided about a DPIA",
        reference: "RGPD art. 35(1) ; CEPD, lignes directrices WP248 rev.01 ; CNIL, délibération n° 2018-326",
        rationale: """
            A processing that meets two of the nine criteria "doit faire l'objet d'une AIPD", and a controller \
            who decides otherwise documents why (délibération n° 2018-326, fact sheet §4.3 [P]). The register \
            shows the criteria even when the referent has not written a `dpia:` entry: special-category, \
            criminal or location data, employees or children among the persons, video surveillance or \
            geolocation, profiling, data combined from several sources (the list, and what is deliberately not \
            inferred, is in Sources/RopaKit/Reference/DPIAIndicators.swift and under `dpia-required`). The \
            finding names each criterion and what shows it; the answer is a `dpia:` entry — `done` with its \
            `reference`, or `not_required` with a `justification` the DPO agrees with.
            It is a warning: the register is silent, not wrong. A profiling treatment is reported by \
            `profiling-dpia`, and in a French register a treatment the CNIL's list covers by `dpia-cnil-list` \
            (an error): neither is reported twice.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                name: ↓Vidéosurveillance de l'atelier
                purposes:
                  - name: Sécurité des biens et des personnes
                    kind: video_surveillance
                    legal_basis: legitimate_interests
                    legitimate_interest: prévenir les vols
                    balancing_test: note de mise en balance du 2025-03-01
                data_subjects: [{ category: employees }]
                data:
                  - category: identification
                    details: images
                    retention: { duration: 30 days, from: collection }
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                name: Vidéosurveillance de l'atelier
                purposes:
                  - name: Sécurité des biens et des personnes
                    kind: video_surveillance
                    legal_basis: legitimate_interests
                    legitimate_interest: prévenir les vols
                    balancing_test: note de mise en balance du 2025-03-01
                data_subjects: [{ category: employees }]
                data:
                  - category: identification
                    details: images
                    retention: { duration: 30 days, from: collection }
                dpia:
                  status: not_required
                  justification: deux caméras sur les accès, aucune sur les postes de travail ; avis du référent du 2025-03-01
                """),
            RuleExample("""
                data_subjects: [{ category: employees }]
                data:
                  - category: identification
                    retention: { duration: 5 years, from: end_of_relationship }
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard treatment.dpia == nil, treatment.automatedDecisions?.profiling != true else { return [] }
        if register.jurisdiction == DPIACNILListRule.description.jurisdiction, !DPIAIndicators.cnilRequirements(of: treatment).isEmpty {
            return []
        }
        let met = DPIAIndicators.criteriaMet(by: treatment)
        guard met.count >= DPIALists.criteriaThreshold else { return [] }
        return [Self.diagnostic(
            "the treatment meets \(met.count) of the EDPB criteria (\(DPIAIndicators.describe(met))), and the register says nothing of a DPIA",
            at: treatment.source["name"],
            help: "add 'dpia:' — 'status: done' with 'reference:', or 'status: not_required' with a 'justification:' that answers these criteria",
            notes: DPIAIndicators.criteria(of: treatment).map { .init("\($0.criterion.label.en): \($0.reason)", at: $0.location) })]
    }
}
