/// A waiver gives a real reason.
public struct WaiverJustifiedRule: TreatmentRule {
    public init() {}

    /// Shorter reasons ("ok", "n/a", "voir DPO") justify nothing.
    public static let minimumReasonLength = 10

    public static let description = RuleDescription(
        id: "waiver-justified",
        severity: .error,
        title: "A waiver gives a written reason",
        reference: "RGPD art. 5(2) (responsabilité)",
        rationale: """
            A treatment may set a rule aside (`waivers: [{ rule: …, reason: … }]`), but only by saying why: the \
            reason is printed with the register and is what a reviewer or an auditor reads instead of the rule. \
            A reason shorter than \(minimumReasonLength) characters is no reason, and such a waiver sets nothing \
            aside. The CNIL accepts departures from its référentiels when they are justified (fact sheet §3.1 \
            [S]); GDPR Art. 5(2), the accountability principle, is not quoted in the fact sheet: unconfirmed [U].
            """,
        triggeringExamples: [
            RuleExample("""
                waivers:
                  - rule: review-overdue
                    reason: ↓voir DPO
                """),
            // Long enough, but a placeholder: no reason.
            RuleExample("""
                waivers:
                  - rule: review-overdue
                    reason: ↓à rédiger par le référent avant la revue
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                data_subjects: [{ category: prospects }]
                data:
                  - category: identification
                    retention: { duration: 4 years, from: last_contact }
                waivers:
                  - rule: retention-cnil-guidance
                    reason: salons professionnels tous les 4 ans ; décision du référent du 2025-12-01
                """),
        ])

    /// Whether the waiver's reason is long enough to set its rule aside; invisible characters do
    /// not count. (A blank reason does not load at all: the loader reports it as missing.)
    static func isJustified(_ waiver: Waiver) -> Bool {
        let visible = String(String.UnicodeScalarView(waiver.reason.unicodeScalars.filter { !TextHygiene.isInvisible($0) }))
        return visible.trimmingWhitespace.count >= minimumReasonLength && Proof.isGiven(waiver.reason)
    }

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.waivers.filter { !Self.isJustified($0) }.map { waiver in
            let placeholder = Proof.placeholder([("reason", waiver.reason)], in: waiver.source)
            return Self.diagnostic(
                placeholder.map { "the waiver of '\(waiver.rule)' gives no reason: \($0.clause)" }
                    ?? "the waiver of '\(waiver.rule)' gives no real reason (\(Self.minimumReasonLength) characters at least)",
                at: waiver.source["reason"],
                help: "write in 'reason:' why the rule does not apply here, as it should read in the register")
        }
    }
}
