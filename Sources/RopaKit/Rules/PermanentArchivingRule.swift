/// Permanent archiving is the end of a public body's retention, with the Art. 89 safeguards stated.
public struct PermanentArchivingRule: TreatmentRule {
    public init() {}

    /// The examples' public body: the shared organisation, marked public.
    static let commune = """
        jurisdiction: FR
        organisation:
          name: Commune d'Exemple
          email: mairie@exemple.fr
          public_body: true
        services:
          - id: sales
            name: Service commercial
          - id: accounting
            name: Comptabilité
        """

    public static let description = RuleDescription(
        id: "permanent-archiving",
        severity: .warning,
        title: "Permanent archiving is done by a public body, in public archives, with its Art. 89 safeguards stated",
        reference: "RGPD art. 5(1)(e) et 89(1)",
        rationale: """
            The CNIL and the Service interministériel des archives de France describe three phases of retention: \
            the active base, intermediate archiving, and, for some data "en raison de leur « valeur » et intérêt", \
            permanent archiving; for public archives the "sort final" at the end of the intermediate phase is \
            conservation définitive, tri or élimination, under the archives administration's control (fact sheet \
            §3.5b [S]). The GDPR allows data to be kept longer for archiving purposes in the public interest, under \
            the safeguards of Art. 89(1) (Art. 5(1)(e) [S]). So `then: permanent_archive` or `selection` — at the \
            end of the active period, or as the archive's own `then:` — is a lawful end of the life cycle, not an \
            indefinite retention, when: the organisation is a public body (`public_body: true` in \
            organisation.yaml: public archives are theirs); the archives service and its decision are named \
            (`archives_reference:`, e.g. the tableau de gestion and the archives director's visa); and the \
            Art. 89(1) safeguards are stated (`archiving_safeguards:`). Each that is missing is a warning: a \
            private body may archive in the public interest too, which the referent can justify with a waiver.
            """,
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                data:
                  - category: identification
                    retention:
                      duration: 10 years
                      from: end_of_relationship
                      then: ↓permanent_archive
                      archives_reference: Archives départementales, tableau de gestion du 2020-03-01
                """),
            RuleExample("""
                data:
                  - category: identification
                    retention:
                      duration: 2 years
                      from: end_of_relationship
                      then: archive
                      archive:
                        duration: 10 years
                        from: end_of_relationship
                        then: ↓selection
                """, organisation: commune),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                data:
                  - category: identification
                    retention:
                      duration: 2 years
                      from: end_of_relationship
                      then: archive
                      archive:
                        duration: 10 years
                        from: end_of_relationship
                        then: permanent_archive
                      archives_reference: Archives départementales, tableau de gestion du 2020-03-01
                      archiving_safeguards: accès restreint aux archivistes ; communicabilité selon le Code du patrimoine
                """, organisation: commune),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        let retentions = treatment.data.compactMap(\.retention) + treatment.sensitiveData.compactMap(\.retention)
        return retentions.compactMap { retention -> Diagnostic? in
            let final = retention.finalDisposition
            guard final == .permanentArchive || final == .selection else { return nil }
            var missing: [String] = []
            if !register.organisation.isPublicBody { missing.append("the organisation is not marked as a public body ('public_body: true')") }
            if !Proof.isGiven(retention.archivesReference) { missing.append("no archives service or decision is named ('archives_reference:')") }
            if !Proof.isGiven(retention.archivingSafeguards) { missing.append("no Art. 89(1) safeguards are stated ('archiving_safeguards:')") }
            guard !missing.isEmpty else { return nil }
            let placeholder = Proof.placeholder([("archives_reference", retention.archivesReference),
                                                 ("archiving_safeguards", retention.archivingSafeguards)], in: retention.source)
            if let placeholder { missing.append(placeholder.clause) }
            let at = placeholder?.location
                ?? (retention.then == .archive ? retention.archive?.source["then"] ?? retention.source.location : retention.source["then"])
            return Self.diagnostic(
                "\(final == .permanentArchive ? "permanent archiving" : "selection for permanent archiving") is stated, but \(missing.joined(separator: "; "))",
                at: at,
                help: "permanent archiving belongs to public archives: state the archives service's decision and the Art. 89(1) safeguards; a private body archiving in the public interest justifies it with a waiver")
        }
    }
}
