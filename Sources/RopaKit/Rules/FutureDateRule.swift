/// No date in the register is after the register's date.
public struct FutureDateRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "future-date",
        severity: .error,
        title: "No date is in the future",
        reference: "RGPD art. 30",
        rationale: """
            The creation and last-update dates of a fiche (CNIL model register, fact sheet §1.1 [P]), the \
            signature of a processor's contract and the date of a DPIA record what has happened. A date after \
            the register's date (`--date`, else `SOURCE_DATE_EPOCH`, else today) is a typo or a plan, and makes \
            the freshness checks meaningless.
            """,
        triggeringExamples: [
            RuleExample("""
                updated: ↓2026-07-14
                """),
            RuleExample("""
                recipients: [{ processor: crm-future }]
                """, processors: """
                processors:
                  - id: crm-future
                    name: CRM Futur SAS
                    service: Gestion de la relation client
                    country: FR
                    contract: { reference: DPA-CF-2026, signed: ↓2026-09-01 }
                """),
            RuleExample("""
                dpia:
                  status: done
                  reference: AIPD-2026-09
                  date: ↓2026-09-30
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                updated: 2026-06-01
                """),
        ])

    public func check(_ register: Register, context: RuleContext) -> [Diagnostic] {
        var dates: [(what: String, date: ISODate?, at: SourceLocation)] = []
        for treatment in register.treatments {
            dates.append(("the fiche's creation", treatment.created, treatment.source["created"]))
            dates.append(("the fiche's last update", treatment.updated, treatment.source["updated"]))
            if let dpia = treatment.dpia {
                dates.append(("the DPIA", dpia.date, dpia.source["date"]))
            }
        }
        for processor in register.processors {
            if let contract = processor.contract {
                dates.append(("the signature of the contract with '\(processor.id)'", contract.signed, contract.source["signed"]))
            }
        }
        return dates.compactMap { what, date, location in
            guard let date, context.date < date else { return nil }
            return Self.diagnostic(
                "\(what) is dated \(date), after the register's date \(context.date)",
                at: location,
                help: "write the date it actually happened; to check the register as of another day, use 'ropa validate --date YYYY-MM-DD'")
        }
    }
}
