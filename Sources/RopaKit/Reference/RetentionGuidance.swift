// CNIL retention durations for commercial activities, as reference data.
//
// Every fact below comes from `/work/shared/reference/cnil-register-facts.md` §3 (CNIL référentiel
// "gestion des activités commerciales" and retention doctrine), table §3.5 and §3.7. The final
// référentiel is délibération n° 2021-131 du 23 septembre 2021 (JO 10 avril 2022, texte n° 70);
// the sheet could not read its PDF: its durations come from quotes of the final text [S] and from
// the consultation draft [P: SRC-REF-DRAFT]. A référentiel is not binding: an organisation may depart
// from it if it justifies its choice (§3.1 [S]) — in ropa, with a waiver and its reason.
// Update `RetentionGuidance.asOf` whenever an entry changes.

/// One CNIL recommended maximum retention, and the data it is about.
///
/// "The same kind of data" is decided from what the register says: the data category, the
/// categories of data subjects of the treatment, the event the period runs from, and whether the
/// period is the active one or the intermediate archive.
public struct RetentionGuideline: Sendable, Hashable {
    /// Which retention phase the guideline limits.
    public enum Phase: Sendable, Hashable {
        /// The period in the active base (`retention.duration`).
        case active
        /// The intermediate archive (`retention.archive.duration`).
        case archive
    }

    /// Stable name, for tests and messages.
    public var id: String
    /// What the guideline is about, in words ("prospects' data").
    public var subject: String
    /// The CNIL's maximum, as a duration.
    public var limit: Duration
    /// The CNIL's own wording of the duration and its start ("3 ans à compter de …").
    public var wording: String
    /// The data categories it concerns.
    public var categories: Set<DataCategory>
    /// The treatment must concern one of these categories of persons; empty: any.
    public var dataSubjects: Set<DataSubjectCategory>
    /// The events the period runs from; empty: any.
    public var starts: Set<RetentionStart>
    public var phases: Set<Phase>
    /// The guideline limits data kept for prospection: it applies only to a treatment with a
    /// prospection purpose (`purposes[].prospection`). Clients' data kept as evidence for a
    /// limitation period (C. civ. art. 2224) are not prospection data.
    public var onlyForProspection = false
    /// The CNIL text that gives the duration, as a diagnostic cites it.
    public var citation: String
    /// Where the fact comes from in the fact sheet, with its tag; what is unconfirmed.
    public var source: String

    /// Whether a retention of this data category, in a treatment about these persons, counted from
    /// `start` in `phase`, is the kind of data this guideline is about.
    public func applies(to category: DataCategory, subjects: [DataSubjectCategory], start: RetentionStart,
                        phase: Phase, prospection: Bool = true) -> Bool {
        (prospection || !onlyForProspection) && categories.contains(category) && phases.contains(phase)
            && (starts.isEmpty || starts.contains(start))
            && (dataSubjects.isEmpty || subjects.contains(where: dataSubjects.contains))
    }
}

/// The CNIL durations the `retention-cnil-guidance` rule compares registers with.
public enum RetentionGuidance {
    /// The date of the data: the latest dated CNIL source behind them (the CNIL page on audience
    /// measurement tracers, 04/07/2025, fact sheet §3.5).
    public static let asOf: ISODate = isoDate("2025-07-04")

    static let commercialReferential = "CNIL, délibération n° 2021-131 du 23 septembre 2021, référentiel « gestion des activités commerciales »"

    /// Data about people that the référentiel limits for prospection: not financial, connection or tracer data.
    static let contactData: Set<DataCategory> = [.identification, .personalLife, .professionalLife]

    public static let all: [RetentionGuideline] = [
        RetentionGuideline(
            id: "prospects",
            subject: "prospects' data",
            limit: Duration(3, .years),
            wording: "3 ans à compter de leur collecte ou du dernier contact émanant du prospect",
            categories: contactData, dataSubjects: [.prospects], starts: [.collection, .lastContact], phases: [.active],
            citation: commercialReferential,
            source: "cnil-register-facts.md §3.5 [S] final text as quoted (find_string id 69431668761), olympe.legal; draft [P: SRC-REF-DRAFT]"),
        RetentionGuideline(
            id: "clients",
            subject: "clients' data kept for prospection after the contract",
            limit: Duration(3, .years),
            wording: "3 ans à compter de la fin de la relation commerciale (draft: du dernier contact)",
            categories: contactData, dataSubjects: [.clients], starts: [.endOfRelationship, .lastContact], phases: [.active],
            onlyForProspection: true,
            citation: commercialReferential,
            source: "cnil-register-facts.md §3.5 [S] final text as quoted (find_string ids 62524916335, 69431668761); draft [P: SRC-REF-DRAFT] \"3 ans à compter du dernier contact\""),
        RetentionGuideline(
            id: "bank-card",
            subject: "bank-card data kept as evidence after the debit",
            limit: Duration(13, .months),
            wording: "13 mois suivant la date de débit (15 mois pour les cartes à débit différé)",
            categories: [.economicFinancial], dataSubjects: [], starts: [.debit], phases: [.active, .archive],
            citation: "CNIL, délibération n° 2018-303 (cartes de paiement) §4.2 ; Code monétaire et financier art. L133-24",
            source: "cnil-register-facts.md §3.5 [S] Délib. 2018-303 §4.2 (legifrance excerpt, olympe.legal), Délib. 2013-358 art. 3; whether the 2021 référentiel restates 13/15 months is unconfirmed [U]"),
        RetentionGuideline(
            id: "tracers",
            subject: "cookies and other tracers",
            limit: Duration(13, .months),
            wording: "13 mois au maximum pour la durée de vie des traceurs",
            categories: [.internet], dataSubjects: [], starts: [.deposit], phases: [.active],
            citation: "CNIL, « Cookies : solutions pour les outils de mesure d'audience » (04/07/2025) ; délibérations n° 2020-091 et 2020-092",
            source: "cnil-register-facts.md §3.5 [S] CNIL page of 04/07/2025, dune.fr, quantic-avocats.com"),
        RetentionGuideline(
            id: "audience-data",
            subject: "data collected by audience-measurement tracers",
            limit: Duration(25, .months),
            wording: "25 mois au maximum pour les informations collectées par les traceurs",
            categories: [.internet], dataSubjects: [], starts: [.collection], phases: [.active],
            citation: "CNIL, « Cookies : solutions pour les outils de mesure d'audience » (04/07/2025)",
            source: "cnil-register-facts.md §3.5 [S] CNIL page of 04/07/2025"),
        RetentionGuideline(
            id: "logs",
            subject: "connection data and logs",
            limit: Duration(1, .years),
            wording: "entre six mois et un an (jusqu'à 3 ans pour un besoin de contrôle interne documenté)",
            categories: [.connection], dataSubjects: [], starts: [], phases: [.active],
            citation: "CNIL, délibération n° 2021-122 du 14 octobre 2021 (recommandation journalisation)",
            source: "cnil-register-facts.md §3.7 [S] nextinpact.com 2021-11, silicon.fr, commu-net.fr"),
    ]
}
