/// Special-category data name the Art. 9(2) exception that allows processing them.
public struct Article9ConditionRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "article-9-condition",
        severity: .error,
        title: "Special-category data name their Art. 9(2) condition",
        reference: "RGPD art. 9(1) et 9(2)",
        rationale: """
            Processing the data of Art. 9(1) — racial or ethnic origin, political opinions, religious or \
            philosophical beliefs, trade-union membership, genetic data, biometric data to identify a person, \
            health, sex life or sexual orientation — is prohibited, unless one of the ten exceptions of \
            Art. 9(2) applies (fact sheet §2.3 [P]). An Art. 6 basis is not enough: each entry of \
            `sensitive_data` needs `condition:` (explicit_consent, employment_social_security, …).
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                sensitive_data:
                  - category: ↓health
                    details: allergies alimentaires signalées à la commande
                    retention: { duration: 1 year, from: transaction }
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                sensitive_data:
                  - category: health
                    details: allergies alimentaires signalées à la commande
                    condition: explicit_consent
                    retention: { duration: 1 year, from: transaction }
                """),
            RuleExample("""
                sensitive_data: none
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.sensitiveData.filter { $0.category.isArticle9 && $0.condition == nil }.map { data in
            Self.diagnostic(
                "special-category data '\(data.category.rawValue)' (\(data.category.label.en.lowercased())) are processed without an Art. 9(2) condition",
                at: data.source["category"],
                help: "add 'condition:' with the exception that applies, e.g. 'explicit_consent' or 'employment_social_security'")
        }
    }
}
