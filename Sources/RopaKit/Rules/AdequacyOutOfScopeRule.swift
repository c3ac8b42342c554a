/// A transfer does not rest on an adequacy decision whose scope the register shows the recipient is outside.
public struct AdequacyOutOfScopeRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "adequacy-out-of-scope",
        severity: .error,
        title: "A transfer does not rest on an adequacy decision whose scope excludes the recipient",
        reference: "RGPD art. 45 et 46",
        rationale: """
            Some adequacy decisions cover only part of a country: Canada's only commercial organisations subject \
            to PIPEDA, Japan's the private sector under the APPI, the United States' only organisations certified \
            under the EU–US Data Privacy Framework (fact sheet §5.1 [S]; Sources/RopaKit/Reference/Adequacy.swift). \
            A public authority or body is none of these. When the register shows the recipient is one — the \
            transfer says `public_body: true`, or the recipient is listed under `recipients:` as an `authority` — \
            a transfer on `adequacy` (or on `data_privacy_framework` to the United States) has no ground: \
            an error, where `adequacy-scope` only asks for a word when the register cannot tell. Transfers between \
            public bodies rest on Art. 46(2)(a) (a legally binding instrument) or 46(3)(b) (administrative \
            arrangements), or on a derogation of Art. 49 (with its limits for public authorities).
            """,
        triggeringExamples: [
            RuleExample("""
                recipients: [{ third_country: Ville de Québec }]
                transfers:
                  - recipient: Ville de Québec
                    country: CA
                    public_body: true
                    safeguard: ↓adequacy
                """),
            RuleExample("""
                recipients: [{ authority: Department of Labor }]
                transfers:
                  - recipient: Department of Labor
                    country: US
                    safeguard: ↓data_privacy_framework
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                recipients: [{ third_country: Ville de Québec }]
                transfers:
                  - recipient: Ville de Québec
                    country: CA
                    public_body: true
                    safeguard: public_authority_instrument
                    documentation: convention de coopération décentralisée du 2015-06-01
                """),
            RuleExample("""
                recipients: [{ partner: Partner Toronto Inc. }]
                transfers:
                  - recipient: Partner Toronto Inc.
                    country: CA
                    safeguard: adequacy
                    documentation: société commerciale soumise à PIPEDA (attestation du 2025-04-02)
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.transfers.compactMap { transfer in
            guard let scope = Self.excludedScope(transfer, in: treatment, on: context.date) else { return nil }
            return Self.diagnostic(
                "'\(transfer.recipient)' is a public authority or body, outside the adequacy decision for \(Countries.describe(transfer.country)), which covers only \(scope)",
                at: transfer.source["safeguard"],
                help: "rest the transfer on an instrument between public bodies (Art. 46(2)(a) or 46(3)(b)), standard contractual clauses where they fit, or an Art. 49 derogation")
        }
    }

    /// The scope, in words, of a limited decision the transfer relies on while the register shows
    /// its recipient is a public body; nil otherwise.
    static func excludedScope(_ transfer: Transfer, in treatment: Treatment, on date: ISODate) -> String? {
        let isPublic = transfer.publicBody
            || treatment.recipients.contains { $0.kind == .authority && $0.name == transfer.recipient }
        guard isPublic, transfer.safeguard == .adequacy || transfer.safeguard == .dataPrivacyFramework,
              let decision = AdequacyDecisions.decision(for: transfer.country, on: date) else { return nil }
        switch decision.scope {
        case .commercialOrganisationsUnderPIPEDA: return "commercial organisations subject to PIPEDA"
        case .privateSectorAPPI: return "the private sector under the APPI"
        // On `adequacy`, an uncertified US recipient is already an error of `transfer-ground`.
        case .dataPrivacyFrameworkCertifiedOnly:
            return transfer.safeguard == .dataPrivacyFramework ? "organisations certified under the Data Privacy Framework" : nil
        case .full, .other: return nil
        }
    }
}
