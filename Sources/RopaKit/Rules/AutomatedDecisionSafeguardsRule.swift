/// Automated decisions with legal or similar effects state their safeguards.
public struct AutomatedDecisionSafeguardsRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "automated-decision-safeguards",
        severity: .error,
        title: "An automated decision with legal effect states its safeguards",
        reference: "RGPD art. 22",
        rationale: """
            A decision based solely on automated processing that produces legal or similarly significant \
            effects is the sixth EDPB criterion, "prise de décision automatisée avec un effet juridique ou \
            similaire" (délibération n° 2018-326, fact sheet §4.3 [P]), and the CNIL recommends recording \
            whether a treatment decides automatically (§1.3, "Bonnes pratiques" [P]). GDPR Art. 22 allows such \
            decisions only with safeguards — at least human intervention, the right to express one's view and \
            to contest the decision (Art. 22(3)); the article's text is not in the fact sheet: unconfirmed [U]. \
            Write them in `automated_decisions.safeguards:`.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                automated_decisions:
                  profiling: true
                  automated_decision: true
                  legal_effect: ↓true
                  details: refus automatique des commandes à risque de fraude
                dpia:
                  status: done
                  reference: AIPD-2025-02
                  date: 2025-01-05
                  criteria: [evaluation_or_scoring, automated_decision_with_legal_effect]
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                automated_decisions:
                  profiling: true
                  automated_decision: true
                  legal_effect: true
                  details: refus automatique des commandes à risque de fraude
                  safeguards: réexamen par une personne sur simple demande ; le client peut présenter ses observations
                dpia:
                  status: done
                  reference: AIPD-2025-02
                  date: 2025-01-05
                  criteria: [evaluation_or_scoring, automated_decision_with_legal_effect]
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard let decisions = treatment.automatedDecisions, decisions.automatedDecision, decisions.legalEffect,
              !Proof.isGiven(decisions.safeguards) else { return [] }
        let placeholder = Proof.placeholder([("safeguards", decisions.safeguards)], in: decisions.source)
        return [Self.diagnostic(
            "automated decisions with legal or similar effects are taken without stated safeguards\(placeholder.map { ": \($0.clause)" } ?? "")",
            at: placeholder?.location ?? decisions.source["legal_effect"],
            help: "add 'safeguards:' — human intervention, the right to express one's view and to contest the decision")]
    }
}
