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
            treatment that claims `soft_opt_in` must concern clients, and prospects need consent — put them in a \
            purpose of their own based on consent.
            """,
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
        guard subjects.contains(.prospects) || !subjects.contains(.clients) else { return [] }
        return treatment.purposes.compactMap { purpose in
            guard let prospection = purpose.prospection, prospection.softOptIn else { return nil }
            let who = subjects.contains(.prospects) ? "this treatment also concerns prospects" : "this treatment concerns no clients"
            return Self.diagnostic(
                "the soft opt-in covers only existing clients, but \(who)",
                at: prospection.source["soft_opt_in"],
                help: "canvass prospects in a separate purpose based on consent, and keep the soft opt-in for clients")
        }
    }
}
