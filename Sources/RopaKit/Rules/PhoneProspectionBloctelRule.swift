/// Until 11 August 2026, telephone prospection of consumers says how numbers are checked against Bloctel.
public struct PhoneProspectionBloctelRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "prospection-phone-bloctel",
        severity: .warning,
        title: "Until 2026-08-11, telephone prospection of consumers says how Bloctel is checked",
        reference: "Code de la consommation art. L223-1 et s. (Bloctel)",
        rationale: """
            Canvassing by telephone a consumer registered on the Bloctel opposition list is prohibited, except \
            within pre-existing contractual relations; professionals must have their files cleaned by the list's \
            operator, at least monthly if canvassing is habitual, before each campaign otherwise (Code de la \
            consommation art. L223-1 et s., fact sheet §6.3 [S]); the CNIL draft référentiel asks the same \
            (§3.6 [P]). Say how in `prospection.bloctel`. From 11 August 2026 the Bloctel regime ends and \
            consent is required instead (loi n° 2025-594, see `prospection-phone-consent`); the rule applies \
            before that day on the register's date.
            """,
        jurisdiction: "FR",
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Appels de présentation des nouvelles offres
                    legal_basis: legitimate_interests
                    legitimate_interest: présenter nos offres
                    balancing_test: note LIA-2025-04
                    prospection:
                      channels: ↓[phone, post]
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Appels de présentation des nouvelles offres
                    legal_basis: legitimate_interests
                    legitimate_interest: présenter nos offres
                    balancing_test: note LIA-2025-04
                    prospection:
                      channels: [phone, post]
                      bloctel: fichier nettoyé par Bloctel chaque mois
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard context.date < ProspectionLaw.telephoneConsentFrom else { return [] }
        return treatment.purposes.compactMap { purpose in
            guard let prospection = purpose.canvassingConsumers(by: .phone), !Proof.isGiven(prospection.bloctel) else { return nil }
            let placeholder = Proof.placeholder([("bloctel", prospection.bloctel)], in: prospection.source)
            return Self.diagnostic(
                "the purpose '\(purpose.name)' canvasses consumers by telephone without saying how numbers are checked against Bloctel\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? prospection.source["channels"],
                help: "add 'bloctel:' with how and how often the file is cleaned against the Bloctel list; from \(ProspectionLaw.telephoneConsentFrom), consent will be required instead")
        }
    }
}
