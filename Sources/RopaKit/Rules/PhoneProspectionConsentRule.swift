/// From 11 August 2026, telephone prospection of consumers needs their prior consent.
public struct PhoneProspectionConsentRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "prospection-phone-consent",
        severity: .error,
        title: "From 2026-08-11, telephone prospection of consumers rests on consent",
        reference: "Loi n° 2025-594 du 30 juin 2025, art. 13 ; Code de la consommation art. L223-1 et s.",
        rationale: """
            Loi n° 2025-594 du 30 juin 2025 (art. 13) makes telephone canvassing of consumers opt-in from \
            11 August 2026: prior consent, "libre, spécifique, éclairé, univoque et révocable", proven by the \
            professional; the Bloctel regime ends. Calls within a contract in progress, with a direct link to \
            it, remain allowed (fact sheet §6.3 [S]; the implementing decree is unconfirmed [U]). The rule \
            applies from that day on the register's date (`--date`); before it, see \
            `prospection-phone-bloctel`. For calls covered by the contract exception, set this rule aside with \
            a waiver that says so.
            """,
        jurisdiction: "FR",
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                updated: 2026-08-01
                purposes:
                  - name: Appels de présentation des nouvelles offres
                    legal_basis: legitimate_interests
                    legitimate_interest: présenter nos offres
                    balancing_test: note LIA-2025-04
                    prospection:
                      channels: ↓[phone]
                      bloctel: liste nettoyée par Bloctel avant chaque campagne
                """, date: "2026-09-01"),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                updated: 2026-08-01
                purposes:
                  - name: Appels de présentation des nouvelles offres
                    legal_basis: consent
                    consent: { collection: case à cocher dédiée au téléphone, withdrawal: « STOP » à l'appel ou lien du compte }
                    prospection:
                      channels: [phone]
                """, date: "2026-09-01"),
            RuleExample("""
                purposes:
                  - name: Appels de présentation des nouvelles offres
                    legal_basis: legitimate_interests
                    legitimate_interest: présenter nos offres
                    balancing_test: note LIA-2025-04
                    prospection:
                      channels: [phone]
                      bloctel: liste nettoyée par Bloctel avant chaque campagne
                """, date: "2026-08-10"),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard context.date >= ProspectionLaw.telephoneConsentFrom else { return [] }
        return treatment.purposes.compactMap { purpose in
            guard let prospection = purpose.canvassingConsumers(by: .phone), purpose.legalBasis != .consent else { return nil }
            return Self.diagnostic(
                "since \(ProspectionLaw.telephoneConsentFrom), telephone prospection of consumers needs their prior consent, but the purpose '\(purpose.name)' relies on \(purpose.basisInWords)",
                at: prospection.source["channels"],
                help: "collect consent before calling ('legal_basis: consent' with 'consent:'); calls linked to a contract in progress may be set aside with a waiver")
        }
    }
}
