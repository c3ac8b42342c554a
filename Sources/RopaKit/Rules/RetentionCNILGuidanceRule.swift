/// Retention periods do not exceed the CNIL durations for the same kind of data.
public struct RetentionCNILGuidanceRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "retention-cnil-guidance",
        severity: .warning,
        title: "Retention does not exceed the CNIL durations for the same kind of data",
        reference: "CNIL, délibération n° 2021-131 (référentiel « gestion des activités commerciales ») et recommandations associées",
        rationale: """
            The CNIL's référentiel for commercial activities (délibération n° 2021-131 du 23 septembre 2021) \
            and its related recommendations give durations that a register can be compared with (fact sheet \
            §3.5, §3.7; the data, with their sources, are in Sources/RopaKit/Reference/RetentionGuidance.swift):

            - prospects (identification, personal or professional life), counted from collection or the last \
            contact: 3 years [S final text, P draft];
            - clients' data kept for prospection, counted from the end of the relationship or the last \
            contact: 3 years [S final, P draft] — only for a treatment with a prospection purpose \
            (`purposes[].prospection`): clients' data kept as evidence for a limitation period (C. civ. \
            art. 2224, 5 years) are not prospection data;
            - bank-card data (economic and financial data counted from the debit, in the active base or the \
            archive): 13 months, 15 for deferred-debit cards (Délib. 2018-303 [S]; whether the 2021 \
            référentiel restates it is unconfirmed [U]);
            - cookies and tracers (internet data counted from the tracer's placing): 13 months; data they \
            collect (internet data counted from collection): 25 months [S];
            - connection data and logs: 6 months to 1 year (Délib. 2021-122 [S]).

            "The same kind of data" is decided from the data category, the treatment's categories of persons, \
            the event the period runs from, and the phase (active base or intermediate archive); other data are \
            not compared. The référentiel is not binding: an organisation may depart from it if it justifies its \
            choice (fact sheet §3.1 [S]) — for instance with deferred-debit cards — by a waiver with its reason.
            """,
        jurisdiction: "FR",
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Prospection des clients par courriel
                    legal_basis: legitimate_interests
                    legitimate_interest: offres de produits analogues à ceux déjà achetés
                    balancing_test: note de mise en balance du 2025-03-01
                    prospection: { channels: [email], soft_opt_in: true }
                data_subjects: [{ category: clients }]
                data:
                  - category: identification
                    retention: { duration: ↓5 years, from: end_of_relationship }
                """),
            RuleExample("""
                data_subjects: [{ category: prospects }]
                data:
                  - category: identification
                    retention: { duration: ↓5 years, from: last_contact }
                """),
            RuleExample("""
                data:
                  - category: economic_financial
                    details: numéro de carte et date d'expiration
                    retention:
                      until: transaction
                      then: archive
                      archive: { duration: ↓24 months, from: debit, purpose: preuve en cas de contestation }
                """),
            RuleExample("""
                data_subjects: [{ category: users }]
                data:
                  - category: connection
                    details: journaux de connexion
                    retention: { duration: ↓3 years, from: collection }
                """),
            RuleExample("""
                data_subjects: [{ category: users }]
                data:
                  - category: internet
                    details: cookies de mesure d'audience
                    retention: { duration: ↓2 years, from: deposit }
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Gestion des contrats et de la preuve des achats
                    legal_basis: contract
                data_subjects: [{ category: clients }]
                data:
                  - category: identification
                    retention: { duration: 5 years, from: end_of_relationship, note: prescription (C. civ. art. 2224) }
                """),
            RuleExample("""
                data_subjects: [{ category: prospects }]
                data:
                  - category: identification
                    retention: { duration: 3 years, from: last_contact }
                """),
            RuleExample("""
                data:
                  - category: economic_financial
                    details: numéro de carte et date d'expiration
                    retention:
                      until: transaction
                      then: archive
                      archive: { duration: 13 months, from: debit, purpose: preuve en cas de contestation }
                """),
            RuleExample("""
                data:
                  - category: economic_financial
                    details: factures
                    retention:
                      duration: 3 years
                      from: end_of_relationship
                      then: archive
                      archive: { duration: 10 years, from: transaction, purpose: obligation comptable }
                """),
            RuleExample("""
                data_subjects: [{ category: users }]
                data:
                  - category: connection
                    retention: { duration: 1 year, from: collection }
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        let subjects = treatment.dataSubjects.map(\.category)
        let prospection = treatment.purposes.contains { $0.prospection != nil }
        return treatment.data.flatMap { data -> [Diagnostic] in
            guard let retention = data.retention else { return [] }
            var phases: [(Duration, RetentionStart, RetentionGuideline.Phase, SourceLocation)] = []
            if case .fixed(let duration, let start) = retention.period {
                phases.append((duration, start, .active, retention.source["duration"]))
            }
            if let archive = retention.archive {
                phases.append((archive.duration, archive.from, .archive, archive.source["duration"]))
            }
            return phases.compactMap { duration, start, phase, location in
                guard let guideline = RetentionGuidance.all.first(where: {
                    $0.applies(to: data.category, subjects: subjects, start: start, phase: phase, prospection: prospection)
                        && duration > $0.limit
                }) else { return nil }
                let kept = phase == .archive ? "archived" : "kept"
                return Self.diagnostic(
                    "\(guideline.subject) are \(kept) \(duration) from \(start.label.en), longer than the CNIL's \(guideline.limit) (\(guideline.wording))",
                    at: location,
                    help: "shorten the period to \(guideline.limit) at most, or set this rule aside with a waiver that justifies the longer period",
                    reference: guideline.citation)
            }
        }
    }
}
