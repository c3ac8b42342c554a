/// A waiver names an existing rule.
public struct WaiverUnknownRuleRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "waiver-unknown-rule",
        severity: .error,
        title: "A waiver names an existing rule",
        reference: "RGPD art. 5(2) (responsabilité)",
        rationale: """
            A waiver that names no rule sets nothing aside, and usually hides a typo: the finding it was meant \
            for is still reported, and the register prints a justification for nothing. Structural checks of the \
            loader (missing keys, wrong types…) and the waiver rules themselves cannot be waived. `ropa rules` \
            lists the ids.
            """,
        triggeringExamples: [
            RuleExample("""
                waivers:
                  - rule: ↓retention-cnil-guidanse
                    reason: salons professionnels tous les 4 ans ; décision du référent du 2025-12-01
                """),
            RuleExample("""
                waivers:
                  - rule: ↓missing-key
                    reason: la fiche est encore en cours de rédaction
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                data_subjects: [{ category: users }]
                data:
                  - category: connection
                    retention: { duration: 2 years, from: collection }
                waivers:
                  - rule: retention-cnil-guidance
                    reason: journaux de contrôle interne gardés 2 ans, procédure documentée (CNIL 2021-122, cas 3)
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        let waivable = RuleCatalogue.ids.filter { !RuleCatalogue.unwaivable.contains($0) }
        return treatment.waivers.filter { !waivable.contains($0.rule) }.map { waiver in
            let message: String
            let help: String
            if RuleCatalogue.unwaivable.contains(waiver.rule) {
                message = "the rule '\(waiver.rule)' checks waivers themselves and cannot be waived"
                help = "fix the waiver instead"
            } else if DiagnosticID.catalogue.contains(where: { $0.id == waiver.rule }) {
                message = "'\(waiver.rule)' is a structural check of the register format, not a rule: it cannot be waived"
                help = "fix the file instead; 'ropa rules' lists the rules that can be set aside"
            } else {
                message = "no rule has the id '\(waiver.rule)'"
                help = Suggestion.closest(to: waiver.rule, in: waivable).map { "did you mean '\($0)'?" }
                    ?? "'ropa rules' lists the rules that can be set aside"
            }
            return Self.diagnostic(message, at: waiver.source["rule"], help: help)
        }
    }
}
