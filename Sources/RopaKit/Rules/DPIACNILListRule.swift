/// A treatment of a type the CNIL requires a DPIA for records one: "not required" is never an answer.
public struct DPIACNILListRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "dpia-cnil-list",
        severity: .error,
        title: "A treatment the CNIL's list covers records its DPIA, whatever the justification",
        reference: "RGPD art. 35(4) ; CNIL, délibération n° 2018-327 du 11 octobre 2018 ; délibération n° 2019-001 du 10 janvier 2019",
        rationale: """
            Art. 35(4) has each supervisory authority publish the list of processing that requires a DPIA; the \
            CNIL's (délibération n° 2018-327) names 14 types (fact sheet §4.1 [P]). For them a DPIA is required: \
            a referent's justification cannot set it aside, so `status: not_required` is an error, and so is a \
            fiche that records no DPIA at all. The CNIL's règlement type on biometrics at work (délibération \
            n° 2019-001, JO 28 March 2019) also requires a prior DPIA [S: expert-comptable-social.fr, \
            faceaurisque.com; its text was not read].
            The types are those declared in `dpia.cnil_list` and those the content shows \
            (Sources/RopaKit/Reference/DPIAIndicators.swift): `purposes[].kind` whistleblowing (n° 6), \
            employee_monitoring (n° 4), social_support (n° 13), social_housing (n° 12); recruitment or personnel \
            management with profiling (n° 3); profiling with data from an external source (n° 10); genetic data \
            of employees or children (n° 2); biometric recognition of children (n° 11); location data on a large \
            scale, when stated (n° 14). Employees' biometric data bring in the règlement type. A DPIA \
            `required` or `in_progress` is accepted here (`dpia-pending` follows it), `done` too (`dpia-required` \
            wants its reference).
            """,
        jurisdiction: "FR",
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                dpia:
                  status: ↓not_required
                  cnil_list: [profiling_external_data]
                  justification: nous estimons que le profilage est limité
                """),
            RuleExample("""
                purposes:
                  - name: Recueil et traitement des alertes professionnelles
                    kind: whistleblowing
                    legal_basis: legal_obligation
                    legal_text: loi n° 2016-1691, art. 8
                dpia:
                  status: ↓not_required
                  justification: moins de cinq alertes par an
                """),
            RuleExample("""
                purposes:
                  - name: Instruction des demandes de logement social
                    kind: ↓social_housing
                    legal_basis: legal_obligation
                    legal_text: Code de la construction et de l'habitation, art. L441-2-1
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Recueil et traitement des alertes professionnelles
                    kind: whistleblowing
                    legal_basis: legal_obligation
                    legal_text: loi n° 2016-1691, art. 8
                dpia:
                  status: done
                  reference: AIPD-2024-05, dossier conformité
                  date: 2025-05-01
                """),
            RuleExample("""
                purposes:
                  - name: Calcul et versement des salaires
                    kind: payroll
                    legal_basis: contract
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        let requirements = DPIAIndicators.cnilRequirements(of: treatment)
        guard let first = requirements.first else { return [] }
        let why = requirements.map { "\($0.entry): \($0.reason)" }.joined(separator: "; ")
        let reference = requirements.contains { $0.type != nil } ? Self.description.reference : first.citation
        guard let dpia = treatment.dpia else {
            return [Self.diagnostic(
                "a DPIA is required here (\(why)), and the register records none",
                at: first.location,
                help: "carry out the DPIA and add 'dpia:' with 'status: done', 'reference:' and 'date:' (or 'status: required' until it is done)",
                reference: reference)]
        }
        guard dpia.status == .notRequired else { return [] }
        return [Self.diagnostic(
            "a DPIA is required here (\(why)): it cannot be marked not required\(dpia.justification == nil ? "" : ", whatever the justification")",
            at: dpia.source["status"],
            help: "carry out the DPIA: a type the CNIL lists always requires one; write 'status: required' until it is done",
            notes: requirements.count > 1 ? requirements.map { .init($0.entry, at: $0.location) } : [],
            reference: reference)]
    }
}
