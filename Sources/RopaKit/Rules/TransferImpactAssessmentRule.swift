/// A transfer on clauses, BCR or another Art. 46 tool says where its transfer impact assessment is.
public struct TransferImpactAssessmentRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "transfer-impact-assessment",
        severity: .warning,
        title: "A transfer on an Art. 46 tool says where its transfer impact assessment is documented",
        reference: "RGPD art. 46(1) ; CJUE, C-311/18 (Schrems II) ; CEPD, recommandations 01/2020",
        rationale: """
            Since the CJEU's Schrems II judgment (C-311/18, 16 July 2020), an exporter relying on an Art. 46 \
            transfer tool verifies, case by case and with the importer, whether the law or practice of the \
            destination impinges on the tool's effectiveness, and adds supplementary measures where it does. \
            The EDPB's Recommendations 01/2020 (version 2.0 adopted on 18 June 2021) set out the steps: know the \
            transfer, identify the tool, assess the third country's law and practice, adopt supplementary \
            measures, document them, re-evaluate [S: the recommendations' cover and summary as reproduced by \
            vdocuments.us; privacy-ticker.com, insideprivacy.com, wiggin.co.uk]. The 2021/914 clauses themselves \
            require it (Clause 14, "local laws and practices") [S: wiggin.co.uk].
            For a transfer on standard contractual clauses, binding corporate rules, ad hoc clauses, a code of \
            conduct or a certification, the register says where that assessment is (`impact_assessment:` on the \
            transfer) — a warning when it does not, from the register's date of 16 July 2020 on. It applies to \
            a processor's own transfers too (module 3 clauses). Adequacy decisions and Art. 49 derogations need \
            no such assessment.
            """,
        triggeringExamples: [
            RuleExample("""
                recipients: [{ partner: Support Casablanca SARL }]
                transfers:
                  - recipient: Support Casablanca SARL
                    country: MA
                    safeguard: ↓standard_contractual_clauses
                    documentation: clauses 2021/914, module 1
                    signed: 2024-07-01
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                recipients: [{ partner: Support Casablanca SARL }]
                transfers:
                  - recipient: Support Casablanca SARL
                    country: MA
                    safeguard: standard_contractual_clauses
                    documentation: clauses 2021/914, module 1
                    signed: 2024-07-01
                    impact_assessment: AIT-2024-03 (analyse du droit marocain, chiffrement de bout en bout), dossier conformité
                """),
            RuleExample("""
                recipients: [{ partner: Partenaire Genève SA }]
                transfers:
                  - recipient: Partenaire Genève SA
                    country: CH
                    safeguard: adequacy
                """),
        ])

    /// The Art. 46 tools whose effectiveness the exporter assesses.
    static let tools: Set<TransferSafeguard> = [.standardContractualClauses, .bindingCorporateRules, .adHocClauses, .codeOfConduct, .certification]

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard context.date >= TransferGroundRule.privacyShieldInvalidated else { return [] }
        // A "transfer" inside the EEA is no transfer (`transfer-inside-eea` says so).
        return treatment.transfers.filter {
            Self.tools.contains($0.safeguard) && !Proof.isGiven($0.impactAssessment) && !Countries.eea.contains($0.country)
        }.map { transfer in
            let placeholder = Proof.placeholder([("impact_assessment", transfer.impactAssessment)], in: transfer.source)
            return Self.diagnostic(
                "the transfer to '\(transfer.recipient)' (\(Countries.describe(transfer.country))) rests on \(transfer.safeguard.label.en.lowercasedFirst), and the register does not say where its transfer impact assessment is\(placeholder.map { ": \($0.clause)" } ?? "")",
                at: placeholder?.location ?? transfer.source["safeguard"],
                help: "assess the destination's law and practice and any supplementary measures (EDPB Recommendations 01/2020), and write where it is documented in 'impact_assessment:'")
        }
    }
}
