/// E-mail, SMS, automated-call and fax prospection of consumers needs prior consent, or the soft opt-in.
public struct ElectronicProspectionConsentRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "prospection-electronic-consent",
        severity: .error,
        title: "Electronic prospection of consumers rests on consent or the soft opt-in",
        reference: "CPCE art. L34-5",
        rationale: """
            "Est interdite la prospection directe au moyen de système automatisé de communications \
            électroniques …, d'un télécopieur ou de courriers électroniques utilisant les coordonnées d'une \
            personne physique … qui n'a pas exprimé préalablement son consentement" (CPCE art. L34-5, fact sheet \
            §6.4 [S]). The one exception, the "soft opt-in", covers existing clients whose details were \
            collected during a sale, canvassed for analogous products of the same company, and offered a free \
            and simple way to object (its exact closing wording is unconfirmed [U]). Professionals may be \
            e-mailed about their profession without prior consent (CNIL doctrine, §6.4 [S]): write \
            `audience: professionals`. A prospection purpose declares its means in `prospection.channels` \
            (email, sms, automated_call, fax, phone, post); for the electronic ones, the purpose's basis must be \
            `consent`, or `prospection.soft_opt_in: true`.
            """,
        jurisdiction: "FR",
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Envoi d'offres promotionnelles
                    legal_basis: legitimate_interests
                    legitimate_interest: promouvoir nos produits
                    balancing_test: note LIA-2025-01
                    prospection:
                      channels: ↓[email, sms, post]
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
            RuleExample("""
                data_subjects: [{ category: prospects }]
                data:
                  - category: identification
                    retention: { duration: 3 years, from: last_contact }
                purposes:
                  - name: Lettre d'information
                    legal_basis: consent
                    consent: { collection: case à cocher, withdrawal: lien dans chaque courriel }
                    prospection:
                      channels: [email]
                """),
            RuleExample("""
                data_subjects: [{ category: prospects, details: acheteurs des entreprises clientes }]
                data:
                  - category: professional_life
                    retention: { duration: 3 years, from: last_contact }
                purposes:
                  - name: Prospection des professionnels
                    legal_basis: legitimate_interests
                    legitimate_interest: présenter nos services aux acheteurs professionnels
                    balancing_test: note LIA-2025-03
                    prospection:
                      channels: [email]
                      audience: professionals
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.purposes.compactMap { purpose in
            guard let prospection = purpose.prospection, prospection.audience == .consumers,
                  purpose.legalBasis != .consent, !prospection.softOptIn else { return nil }
            let electronic = prospection.channels.filter(\.isElectronic)
            guard !electronic.isEmpty else { return nil }
            return Self.diagnostic(
                "prospection of consumers by \(electronic.map(\.rawValue).joined(separator: ", ")) needs their prior consent, but the purpose '\(purpose.name)' relies on \(purpose.basisInWords)",
                at: prospection.source["channels"],
                help: "collect consent ('legal_basis: consent'), or, for existing clients canvassed for analogous products, declare 'soft_opt_in: true'")
        }
    }
}
