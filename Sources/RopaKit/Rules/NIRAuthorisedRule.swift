/// The NIR (French social security number) names the décret that authorises its use.
public struct NIRAuthorisedRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "nir-authorised",
        severity: .error,
        title: "The NIR names the décret that authorises its use",
        reference: "Loi Informatique et Libertés art. 30 ; décret n° 2019-341 du 19 avril 2019 ; RGPD art. 87",
        rationale: """
            GDPR Art. 87 lets Member States set conditions for a national identification number. In France, a \
            décret en Conseil d'État taken after a reasoned and published CNIL opinion sets the controllers and \
            purposes that may process the NIR, and only those may (Loi Informatique et Libertés art. 30; the \
            "décret-cadre" n° 2019-341 du 19 avril 2019, completed by décret n° 2022-1366 and later decrees) — \
            fact sheet §6.1 [S]; the CNIL model register flags the NIR row with Art. 87 (§1.1.3 [P]). Write \
            which text authorises this treatment in `authorised_by:`. The fact sheet suggested a warning; the \
            rule is an error because the law reserves the NIR to the listed controllers and purposes.
            """,
        jurisdiction: "FR",
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                data_subjects: [{ category: employees }]
                data:
                  - category: ↓nir
                    details: numéro de sécurité sociale des salariés
                    retention: { duration: 5 years, from: end_of_relationship }
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                data_subjects: [{ category: employees }]
                data:
                  - category: nir
                    details: numéro de sécurité sociale des salariés
                    authorised_by: Décret n° 2019-341 du 19 avril 2019 (déclarations sociales de l'employeur)
                    retention: { duration: 5 years, from: end_of_relationship }
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.data.filter { $0.isNIR && !Proof.isGiven($0.authorisedBy) }.map { data in
            let placeholder = Proof.placeholder([("authorised_by", data.authorisedBy)], in: data.source)
            return Self.diagnostic(
                "the NIR is processed without naming the décret that authorises this use\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? data.source["category"],
                help: "add 'authorised_by:' with the décret (e.g. décret n° 2019-341 and its item) that lists this controller and purpose")
        }
    }
}
