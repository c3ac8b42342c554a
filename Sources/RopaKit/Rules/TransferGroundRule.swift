/// A transfer outside the EEA rests on an adequacy decision that covers it on the register's date,
/// or on an Art. 46 safeguard, or on an Art. 49 derogation.
public struct TransferGroundRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "transfer-ground",
        severity: .error,
        title: "A transfer outside the EEA rests on an adequacy decision in force, a safeguard or a derogation",
        reference: "RGPD art. 45, 46 et 49",
        rationale: """
            Outside the EEA, personal data may go only where an adequacy decision of the Commission covers the \
            destination, or with an Art. 46 safeguard (standard contractual clauses, BCR, code of conduct, \
            certification…), or under an Art. 49 derogation (fact sheet §2.8, §2.9 [P]; CNIL draft référentiel \
            §3.6 [P]). Adequacy is not a yes/no property of a country: the rule checks the decision in force on \
            the register's date with its scope (Sources/RopaKit/Reference/Adequacy.swift, fact sheet §5.1 [S]): \
            the United Kingdom until 2031-12-27; the United States only for recipients certified under the \
            EU–US Data Privacy Framework (Implementing Decision (EU) 2023/1795 — a processor marked \
            `dpf_certified: true`, or the safeguard `data_privacy_framework`); Brazil from 2026-01-26. The \
            Privacy Shield (`privacy_shield`, a value of the CNIL's 2019 workbook) was a ground until the CJEU \
            invalidated it on 16 July 2020 (C-311/18, §1.1.5 [P]): from that day it is none.
            Standard contractual clauses depend on when the contract was signed (`signed:` on the transfer; \
            the date of an Art. 28 contract is not taken for it): a contract concluded before 27 September 2021 was on \
            the clauses of decisions 2001/497/EC or 2010/87/EU, which remained a safeguard until 27 December \
            2022 only (Implementing Decision (EU) 2021/914, Art. 4, §2.8 [S]); from 28 December 2022 only the \
            2021/914 clauses are. The document prints the decision that matches the date.
            """,
        triggeringExamples: [
            RuleExample("""
                recipients: [{ partner: Partenaire Shanghai Ltd }]
                transfers:
                  - recipient: Partenaire Shanghai Ltd
                    country: CN
                    safeguard: ↓adequacy
                """),
            RuleExample("""
                updated: 2031-12-01
                recipients: [{ partner: Studio Londres Ltd }]
                transfers:
                  - recipient: Studio Londres Ltd
                    country: GB
                    safeguard: ↓adequacy
                """, date: "2032-01-15"),
            RuleExample("""
                recipients: [{ partner: Parceiro São Paulo Ltda }]
                transfers:
                  - recipient: Parceiro São Paulo Ltda
                    country: BR
                    safeguard: ↓adequacy
                """, date: "2026-01-20"),
            RuleExample("""
                recipients: [{ processor: us-crm }]
                transfers:
                  - recipient: CRM Corp.
                    processor: us-crm
                    country: US
                    safeguard: ↓adequacy
                """, processors: """
                processors:
                  - id: us-crm
                    name: CRM Corp.
                    service: Logiciel de gestion de la relation client
                    country: US
                    contract: { reference: DPA CRM Corp. 2024 }
                """),
            RuleExample("""
                recipients: [{ partner: Partner Toronto Inc. }]
                transfers:
                  - recipient: Partner Toronto Inc.
                    country: CA
                    safeguard: ↓data_privacy_framework
                """),
            RuleExample("""
                recipients: [{ third_country: Banque d'Andorre }]
                transfers:
                  - recipient: Banque d'Andorre
                    country: AD
                    safeguard: ↓standard_contractual_clauses
                    documentation: Contrat en date du 23/01/2018
                    signed: 2018-01-23
                    impact_assessment: analyse du droit andorran du 2021-03-01
                """),
            RuleExample("""
                recipients: [{ partner: Cloud Inc. }]
                transfers:
                  - recipient: Cloud Inc.
                    country: US
                    safeguard: ↓privacy_shield
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                recipients: [{ processor: mailer }]
                transfers:
                  - recipient: Mailer Inc.
                    processor: mailer
                    country: US
                    safeguard: data_privacy_framework
                """),
            RuleExample("""
                recipients: [{ processor: mailer }]
                transfers:
                  - recipient: Mailer Inc.
                    processor: mailer
                    country: US
                    safeguard: adequacy
                """),
            RuleExample("""
                recipients: [{ partner: Studio Londres Ltd }]
                transfers:
                  - recipient: Studio Londres Ltd
                    country: GB
                    safeguard: adequacy
                """),
            RuleExample("""
                recipients: [{ partner: Partenaire Shanghai Ltd }]
                transfers:
                  - recipient: Partenaire Shanghai Ltd
                    country: CN
                    safeguard: standard_contractual_clauses
                    documentation: CCT 2021/914 module 1, signées le 2025-03-01
                    impact_assessment: AIT-2025-02 (droit chinois, mesures supplémentaires), dossier conformité
                """),
            RuleExample("""
                created: 2018-01-10
                updated: 2022-06-01
                recipients: [{ third_country: Banque d'Andorre }]
                transfers:
                  - recipient: Banque d'Andorre
                    country: AD
                    safeguard: standard_contractual_clauses
                    signed: 2018-01-23
                    impact_assessment: analyse du droit andorran du 2021-03-01
                """, date: "2022-06-01"),
            RuleExample("""
                created: 2018-01-10
                updated: 2019-06-01
                recipients: [{ partner: Cloud Inc. }]
                transfers:
                  - recipient: Cloud Inc.
                    country: US
                    safeguard: privacy_shield
                """, date: "2019-06-01"),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        treatment.transfers.filter { !Countries.isInEEA($0.country) }.compactMap { transfer in
            problem(transfer, register: register, date: context.date).map { message, help in
                Self.diagnostic(message, at: transfer.source["safeguard"], help: help)
            }
        }
    }

    private func problem(_ transfer: Transfer, register: Register, date: ISODate) -> (String, String)? {
        let country = Countries.describe(transfer.country)
        let certified = transfer.processor.flatMap { register.processor(id: $0)?.dpfCertified }
        switch transfer.safeguard {
        case .adequacy:
            guard let decision = AdequacyDecisions.decision(for: transfer.country, on: date) else {
                return ("no adequacy decision covers \(country) on \(date)\(Self.lapse(transfer.country, date: date))",
                        "use another ground: standard contractual clauses, binding corporate rules, or an Art. 49 derogation")
            }
            if decision.scope == .dataPrivacyFrameworkCertifiedOnly, certified != true {
                return ("the adequacy decision for \(country) covers only organisations certified under the Data Privacy Framework, and '\(transfer.recipient)' is not marked as certified",
                        "if the recipient is on the DPF list, write 'safeguard: data_privacy_framework' (and 'dpf_certified: true' on its processor); otherwise use standard contractual clauses")
            }
            return nil
        case .privacyShield:
            guard date >= Self.privacyShieldInvalidated else {
                return transfer.country == "US" ? nil
                    : ("the Privacy Shield covered only recipients in the United States, not in \(country)",
                       "choose the ground that applies to \(country)")
            }
            return ("the Privacy Shield is no longer a ground: the CJEU invalidated it on 16 July 2020 (Schrems II, C-311/18)",
                    "for a recipient certified under the EU–US Data Privacy Framework write 'data_privacy_framework'; otherwise standard contractual clauses")
        case .standardContractualClauses:
            guard let signed = transfer.signed, StandardClauses.isOld(signed: signed),
                  date > StandardClauses.oldClausesValidUntil else { return nil }
            return ("the standard clauses of a contract signed on \(signed) are those of before 27 September 2021, which ceased to be a safeguard after 27 December 2022",
                    "conclude the 2021/914 clauses (Implementing Decision (EU) 2021/914) with '\(transfer.recipient)' and write the new contract's date in 'signed:'")
        case .dataPrivacyFramework:
            guard transfer.country == "US" else {
                return ("the Data Privacy Framework covers only recipients in the United States, not in \(country)",
                        "choose the ground that applies to \(country): 'adequacy' if it has a decision, else standard contractual clauses")
            }
            guard AdequacyDecisions.decision(for: "US", on: date) != nil else {
                return ("the Data Privacy Framework does not apply on \(date)",
                        "use standard contractual clauses for transfers before the decision applies")
            }
            if certified == false {
                return ("'\(transfer.recipient)' relies on the Data Privacy Framework, but its processor is marked 'dpf_certified: false'",
                        "check the DPF list: mark the processor 'dpf_certified: true', or use standard contractual clauses")
            }
            return nil
        default:
            return nil
        }
    }

    /// The CJEU's judgment in Schrems II (C-311/18).
    static let privacyShieldInvalidated = ISODate(year: 2020, month: 7, day: 16) ?? ISODate(daysSinceEpoch: 18459)

    /// " (the decision applied until …)" or " (the decision applies from …)" when one exists at another date.
    private static func lapse(_ country: String, date: ISODate) -> String {
        let decisions = AdequacyDecisions.all.filter { $0.country == country }
        if let ended = decisions.compactMap(\.validUntil).filter({ $0 < date }).max(),
           !decisions.contains(where: { $0.isInForce(on: date) }) {
            return " (its decision applied until \(ended))"
        }
        if let next = decisions.compactMap(\.adopted).filter({ date < $0 }).min() {
            return " (its decision applies from \(next))"
        }
        return ""
    }
}
