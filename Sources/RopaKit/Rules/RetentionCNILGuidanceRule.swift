/// Retention periods do not exceed the CNIL durations for the same kind of data.
public struct RetentionCNILGuidanceRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "retention-cnil-guidance",
        severity: .warning,
        title: "Retention does not exceed the CNIL durations for the same kind of data",
        reference: "CNIL, délibération n° 2021-131 (référentiel « gestion des activités commerciales »), guide du recrutement, normes simplifiées n° 42, 51 et 57 ; Code de la sécurité intérieure, art. L252-5",
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

            Beyond commerce, for a treatment whose purpose says its kind (`purposes[].kind`; the data, with \
            their sources, dates and status, are in Sources/RopaKit/Reference/RetentionGuidanceBeyondCommerce.swift):

            - candidates not hired (`recruitment`), counted from the last contact: 2 years, with their agreement \
            (CNIL recruitment guide of 30 January 2023 [S: lexplicite.fr, ogletree.fr, lexing.be; the guide itself \
            was not read]);
            - video recordings (`video_surveillance`), counted from the recording: 1 month — the law for \
            vidéoprotection (Code de la sécurité intérieure, art. L252-5 [S: lexbase.fr reproduction]) and the \
            CNIL's recommendation for workplaces (23 July 2018 [S]);
            - badge readings (`access_control`; connection, location or other data): 3 months (the CNIL's model \
            notice and norme simplifiée n° 42 of 8 January 2002 [S]);
            - location of employees' vehicles (`vehicle_geolocation`): 2 months in the active base, 1 year archived \
            as proof of a service (délibération n° 2015-165 of 4 June 2015, art. 5 [S: verbatim reproduction of the \
            JORF text]);
            - recordings of telephone calls (`call_recording`): 6 months; their analyses (professional-life data): \
            1 year (délibération n° 2014-474 of 27 November 2014 [S]);
            - an association's members (`membership`, identification, personal or professional life counted from \
            the end of membership): not beyond their resignation or radiation (former dispense n° 8, JO 7 July 2010 \
            [S]); what the accounts need goes to the intermediate archive.

            Whistleblowing durations are not checked: the 2019 référentiel's two months [S] were replaced by \
            délibération n° 2023-064, whose durations were not read [U]. Every duration above rests on secondary \
            sources: the finding says so in a note, and stays a warning.

            "The same kind of data" is decided from the data category, the treatment's categories of persons, \
            the kinds of its purposes, the event the period runs from, and the phase (active base or intermediate \
            archive); other data are not compared. When several durations apply, the strictest one is reported. \
            The référentiels and former normes simplifiées are not binding: an organisation may depart from them \
            if it justifies its choice (fact sheet §3.1 [S]) — for instance with deferred-debit cards — by a \
            waiver with its reason. Minimum durations are checked by `retention-cnil-minimum`.
            """,
        jurisdiction: "FR",
        controllerSide: true,
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
            RuleExample("""
                purposes:
                  - name: Constitution d'un vivier de candidats
                    kind: recruitment
                    legal_basis: consent
                    consent: { collection: case à cocher sur le formulaire de candidature, withdrawal: lien dans chaque courriel }
                data_subjects: [{ category: candidates }]
                data:
                  - category: professional_life
                    details: CV et lettre de motivation
                    retention: { duration: ↓3 years, from: last_contact }
                """),
            RuleExample("""
                purposes:
                  - name: Sécurité du magasin
                    kind: video_surveillance
                    legal_basis: legitimate_interests
                    legitimate_interest: prévenir les vols
                    balancing_test: note de mise en balance du 2025-03-01
                data:
                  - category: identification
                    details: images
                    retention: { duration: ↓45 days, from: collection }
                """),
            RuleExample("""
                purposes:
                  - name: Contrôle des accès aux locaux par badge
                    kind: access_control
                    legal_basis: legitimate_interests
                    legitimate_interest: protéger le stock
                    balancing_test: note de mise en balance du 2025-03-01
                data:
                  - category: connection
                    details: journaux des passages
                    retention: { duration: ↓6 months, from: collection }
                """),
            RuleExample("""
                purposes:
                  - name: Gestion des adhésions
                    kind: membership
                    legal_basis: contract
                data_subjects: [{ category: users, details: adhérents }]
                data:
                  - category: identification
                    retention: { duration: ↓1 year, from: end_of_relationship }
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
            RuleExample("""
                purposes:
                  - name: Sécurité du magasin
                    kind: video_surveillance
                    legal_basis: legitimate_interests
                    legitimate_interest: prévenir les vols
                    balancing_test: note de mise en balance du 2025-03-01
                data:
                  - category: identification
                    details: images
                    retention: { duration: 30 days, from: collection }
                """),
            RuleExample("""
                purposes:
                  - name: Preuve des interventions auprès des clients
                    kind: vehicle_geolocation
                    legal_basis: legitimate_interests
                    legitimate_interest: justifier les interventions facturées
                    balancing_test: note de mise en balance du 2025-03-01
                data_subjects: [{ category: employees, details: techniciens itinérants }]
                data:
                  - category: location
                    retention:
                      duration: 2 months
                      from: collection
                      then: archive
                      archive: { duration: 1 year, from: collection, purpose: preuve des prestations }
                dpia:
                  status: not_required
                  justification: trois véhicules, positions pendant le temps de travail seulement ; avis du référent du 2025-03-01
                """),
            RuleExample("""
                purposes:
                  - name: Gestion des adhésions
                    kind: membership
                    legal_basis: contract
                data_subjects: [{ category: users, details: adhérents }]
                data:
                  - category: identification
                    retention:
                      until: end_of_relationship
                      then: archive
                      archive: { duration: 10 years, from: transaction, purpose: obligations comptables }
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        let subjects = treatment.dataSubjects.map(\.category)
        let prospection = treatment.purposes.contains { $0.prospection != nil }
        let kinds = Set(treatment.purposes.compactMap(\.kind))
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
                // The strictest duration that applies and is exceeded: badge logs are access data
                // (3 months) before they are logs (1 year).
                guard let guideline = RetentionGuidance.maxima.filter({
                    $0.applies(to: data.category, subjects: subjects, start: start, phase: phase, prospection: prospection, kinds: kinds)
                        && duration > $0.limit
                }).min(by: { $0.limit < $1.limit }) else { return nil }
                let kept = phase == .archive ? "archived" : "kept"
                let message = guideline.limit.amount == 0
                    ? "\(guideline.subject) are \(kept) \(duration) after \(start.label.en), where they should not be kept beyond it (\(guideline.wording))"
                    : "\(guideline.subject) are \(kept) \(duration) from \(start.label.en), longer than \(guideline.limit) (\(guideline.wording))"
                return Self.diagnostic(
                    message,
                    at: location,
                    help: guideline.limit.amount == 0
                        ? "delete the data when the event occurs, or archive only what a legal obligation needs ('then: archive'); or set this rule aside with a waiver that justifies the longer period"
                        : "shorten the period to \(guideline.limit) at most, or set this rule aside with a waiver that justifies the longer period",
                    notes: guideline.caveat.map { [.init($0)] } ?? [],
                    reference: guideline.citation)
            }
        }
    }
}
