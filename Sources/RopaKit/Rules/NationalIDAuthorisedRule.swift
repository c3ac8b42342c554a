/// Another country's national identification number names the national text that allows its use.
public struct NationalIDAuthorisedRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "national-id-authorised",
        severity: .warning,
        title: "A national identification number names the national text that allows its use",
        reference: "RGPD art. 87",
        rationale: """
            Art. 87 lets each Member State set the specific conditions for processing a national identification \
            number (fact sheet §2.10 [P: referenced by the CNIL model; text S]). France does so for the NIR, which \
            `nir-authorised` checks on French registers. For another country's identifier \
            (`category: national_id` with its `country:`), ropa knows no national conditions: it asks the register \
            to name the text that allows this use in `authorised_by:`, so that the referent has checked it. A \
            warning, since the conditions vary by country and ropa cannot judge them.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                data_subjects: [{ category: users }]
                data:
                  - category: ↓national_id
                    country: BE
                    details: numéro de registre national
                    retention: { duration: 5 years, from: end_of_relationship }
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                data_subjects: [{ category: users }]
                data:
                  - category: national_id
                    country: BE
                    details: numéro de registre national
                    authorised_by: loi du 8 août 1983 organisant un registre national des personnes physiques, art. 8
                    retention: { duration: 5 years, from: end_of_relationship }
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.data.filter { $0.category == .nationalID && !$0.isNIR && !Proof.isGiven($0.authorisedBy) }.map { data in
            let placeholder = Proof.placeholder([("authorised_by", data.authorisedBy)], in: data.source)
            return Self.diagnostic(
                "a national identification number of \(data.country.map(Countries.describe) ?? "another country") is processed without naming the text that allows it\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? data.source["category"],
                help: "add 'authorised_by:' with the national law or decision that allows this controller to use it (Art. 87)")
        }
    }
}
