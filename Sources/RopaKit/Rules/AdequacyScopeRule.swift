/// A transfer on an adequacy decision with a limited scope says why the recipient is covered.
public struct AdequacyScopeRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "adequacy-scope",
        severity: .warning,
        title: "A transfer on a partial adequacy decision says why the recipient is in its scope",
        reference: "RGPD art. 45",
        rationale: """
            Some adequacy decisions cover only part of a country: Canada only commercial organisations subject \
            to PIPEDA, Japan the private sector under the APPI, the Republic of Korea processing under PIPA \
            (fact sheet §5.1 [S]; Sources/RopaKit/Reference/Adequacy.swift). The register cannot know whether \
            a recipient is in scope: say so in the transfer's `documentation:`. (The United States' decision, \
            limited to DPF-certified organisations, is checked by `transfer-ground`; a recipient the register \
            shows is a public body, outside these scopes, by `adequacy-out-of-scope`, an error.)
            """,
        triggeringExamples: [
            RuleExample("""
                recipients: [{ partner: Partner Toronto Inc. }]
                transfers:
                  - recipient: Partner Toronto Inc.
                    country: CA
                    safeguard: ↓adequacy
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                recipients: [{ partner: Partner Toronto Inc. }]
                transfers:
                  - recipient: Partner Toronto Inc.
                    country: CA
                    safeguard: adequacy
                    documentation: société commerciale soumise à PIPEDA (attestation du 2025-04-02)
                """),
            RuleExample("""
                recipients: [{ partner: Partenaire Genève SA }]
                transfers:
                  - recipient: Partenaire Genève SA
                    country: CH
                    safeguard: adequacy
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.transfers.compactMap { transfer in
            guard transfer.safeguard == .adequacy, !Proof.isGiven(transfer.documentation),
                  AdequacyOutOfScopeRule.excludedScope(transfer, in: treatment, on: context.date) == nil,
                  let decision = AdequacyDecisions.decision(for: transfer.country, on: context.date),
                  let scope = Self.scope(decision.scope) else { return nil }
            let placeholder = Proof.placeholder([("documentation", transfer.documentation)], in: transfer.source)
            return Self.diagnostic(
                "the adequacy decision for \(Countries.describe(transfer.country)) covers only \(scope); nothing says that '\(transfer.recipient)' is one\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? transfer.source["safeguard"],
                help: "add 'documentation:' saying why the recipient is in the decision's scope, or use standard contractual clauses")
        }
    }

    /// The limited scope in words; nil for a full decision, and for the DPF (checked elsewhere).
    private static func scope(_ scope: AdequacyDecision.Scope) -> String? {
        switch scope {
        case .full, .dataPrivacyFrameworkCertifiedOnly: nil
        case .commercialOrganisationsUnderPIPEDA: "commercial organisations subject to PIPEDA"
        case .privateSectorAPPI: "the private sector under the APPI"
        case .other(let words): "processing under \(words)"
        }
    }
}
