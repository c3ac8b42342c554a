/// The soft opt-in covers existing clients only.
public struct SoftOptInClientsOnlyRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "soft-opt-in-clients-only",
        severity: .warning,
        title: "The soft opt-in is claimed only for clients",
        reference: "CPCE art. L34-5",
        rationale: """
            The exception to prior consent for electronic prospection holds only when the recipient's details \
            were collected from them during a sale or a provision of services, for analogous products or \
            services of the same company, with a free and simple way to object at collection and in every \
            message (CPCE art. L34-5, fact sheet §6.4 [S]). Prospects who never bought have no such relation: a \
            treatment that claims `soft_opt_in` must concern clients, and when it also concerns prospects, \
            another of its purposes must canvass them on consent through the same channels.
            """,
        jurisdiction: "FR",
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                data_subjects: [{ category: clients }, { category: prospects }]
                data:
                  - category: identification
                    retention: { duration: 3 years, from: last_contact }
                purposes:
                  - name: Envoi d'offres promotionnelles
                    legal_basis: legitimate_interests
                    legitimate_interest: promouvoir nos produits
                    balancing_test: note LIA-2025-01
                    prospection:
                      channels: [email]
                      soft_opt_in: ↓true
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                data_subjects: [{ category: clients }, { category: prospects }]
                data:
                  - category: identification
                    retention: { duration: 3 years, from: last_contact }
                purposes:
                  - name: Prospection des prospects par courriel
                    legal_basis: consent
                    consent: { collection: case à cocher, withdrawal: lien dans chaque courriel }
                    prospection:
                      channels: [email]
                  - name: Envoi d'offres promotionnelles aux clients
                    legal_basis: legitimate_interests
                    legitimate_interest: fidéliser nos clients
                    balancing_test: note LIA-2025-01
                    prospection:
                      channels: [email]
                      soft_opt_in: true
                """),
            RuleExample("""
                purposes:
                  - name: Envoi d'offres promotionnelles aux clients
                    legal_basis: legitimate_interests
                    legitimate_interest: fidéliser nos clients
                    balancing_test: note LIA-2025-01
                    prospection:
                      channels: [email]
                      soft_opt_in: true
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        let subjects = Set(treatment.dataSubjects.map(\.category))
        return treatment.purposes.compactMap { purpose in
            guard let prospection = purpose.prospection, prospection.softOptIn else { return nil }
            let channels = Set(prospection.channels.filter(\.isElectronic))
            let prospectsOnConsent = treatment.purposes.contains { other in
                other.legalBasis == .consent && !channels.isDisjoint(with: other.prospection?.channels ?? [])
            }
            let who: String
            if !subjects.contains(.clients) {
                who = "this treatment concerns no clients"
            } else if subjects.contains(.prospects), !prospectsOnConsent {
                who = "this treatment also concerns prospects and no purpose canvasses them on consent"
            } else {
                return nil
            }
            return Self.diagnostic(
                "the soft opt-in covers only existing clients, but \(who)",
                at: prospection.source["soft_opt_in"],
                help: "canvass prospects in a separate purpose based on consent, and keep the soft opt-in for clients")
        }
    }
}
