/// Criminal-offence data name the authority or the law that allows processing them.
public struct CriminalDataAuthorityRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "criminal-data-authority",
        severity: .error,
        title: "Criminal-offence data name their legal authority",
        reference: "RGPD art. 10",
        rationale: """
            Data "relatives aux condamnations pénales et aux infractions ou aux mesures de sûreté connexes" may \
            be processed only "sous le contrôle de l'autorité publique", or if authorised by Union or Member \
            State law providing appropriate safeguards (GDPR Art. 10, fact sheet §2.4 [P]). This is a regime of \
            its own, not an Art. 9(2) exception: an entry `category: criminal` needs `legal_authority:`.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                sensitive_data:
                  - category: ↓criminal
                    details: mentions d'infractions dans les réclamations
                    retention: { duration: 5 years, from: event, event: la clôture du litige }
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                sensitive_data:
                  - category: criminal
                    details: mentions d'infractions dans les réclamations
                    legal_authority: Code de procédure pénale, art. 10 (constitution de partie civile)
                    retention: { duration: 5 years, from: event, event: la clôture du litige }
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.sensitiveData.filter { $0.category == .criminal && !Proof.isGiven($0.legalAuthority) }.map { data in
            let placeholder = Proof.placeholder([("legal_authority", data.legalAuthority)], in: data.source)
            return Self.diagnostic(
                "criminal-offence data are processed without naming the authority or the law that allows it\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? data.source["category"],
                help: "add 'legal_authority:' with the public authority in control, or the law that authorises the processing")
        }
    }
}
