// CNIL retention durations, as reference data: here those for commercial activities; those for
// the processing every organisation has (human resources, CCTV, badges, geolocation, calls,
// associations) are in RetentionGuidanceBeyondCommerce.swift.
//
// Every fact below comes from `/work/shared/reference/cnil-register-facts.md` §3 (CNIL référentiel
// "gestion des activités commerciales" and retention doctrine), table §3.5 and §3.7. The final
// référentiel is délibération n° 2021-131 du 23 septembre 2021 (JO 10 avril 2022, texte n° 70);
// the sheet could not read its PDF: its durations come from quotes of the final text [S] and from
// the consultation draft [P: SRC-REF-DRAFT]. A référentiel is not binding: an organisation may depart
// from it if it justifies its choice (§3.1 [S]) — in ropa, with a waiver and its reason.
// Update `RetentionGuidance.asOf` whenever an entry changes.

/// How far a source behind a fact was read (the fact sheet's tags).
public enum SourceStatus: String, Sendable, Hashable {
    /// [P] the official text itself was read.
    case primary = "P"
    /// [S] only third parties quoting or summarising it were read.
    case secondary = "S"
    /// [U] a single weak source, or from memory: verify before relying on it.
    case unconfirmed = "U"
}

/// One CNIL (or legal) retention duration — a maximum, or a minimum — and the data it is about.
///
/// "The same kind of data" is decided from what the register says: the data category, the
/// categories of data subjects of the treatment, the kind of its purposes, the event the period
/// runs from, and whether the period is the active one or the intermediate archive.
public struct RetentionGuideline: Sendable, Hashable {
    /// Whether the duration is a ceiling ("pas plus de") or a floor ("au moins").
    public enum Bound: Sendable, Hashable {
        case maximum
        case minimum
    }

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
    /// The duration: the most the data may be kept (`.maximum`) or the least (`.minimum`). A
    /// maximum of zero means "not beyond the event" (members' data after they leave).
    public var limit: Duration
    public var bound: Bound = .maximum
    /// The CNIL's own wording of the duration and its start ("3 ans à compter de …").
    public var wording: String
    /// The data categories it concerns.
    public var categories: Set<DataCategory>
    /// The treatment must concern one of these categories of persons; empty: any.
    public var dataSubjects: Set<DataSubjectCategory>
    /// The events the period runs from; empty: any.
    public var starts: Set<RetentionStart>
    public var phases: Set<Phase>
    /// The treatment must have a purpose of one of these kinds (`purposes[].kind`); empty: any.
    public var purposeKinds: Set<PurposeKind> = []
    /// The guideline limits data kept for prospection: it applies only to a treatment with a
    /// prospection purpose (`purposes[].prospection`). Clients' data kept as evidence for a
    /// limitation period (C. civ. art. 2224) are not prospection data.
    public var onlyForProspection = false
    /// The CNIL text that gives the duration, as a diagnostic cites it.
    public var citation: String
    /// Where the fact comes from in the fact sheet, with its tag; what is unconfirmed.
    public var source: String
    /// How far the source was read: a finding from secondary sources says so.
    public var status: SourceStatus
    /// The date of the text that gives the duration; nil when the fact sheet does not give it.
    public var dated: ISODate?

    /// Whether a retention of this data category, in a treatment about these persons, counted from
    /// `start` in `phase`, is the kind of data this guideline is about.
    public func applies(to category: DataCategory, subjects: [DataSubjectCategory], start: RetentionStart,
                        phase: Phase, prospection: Bool = true, kinds: Set<PurposeKind> = []) -> Bool {
        concerns(category, subjects: subjects, prospection: prospection, kinds: kinds) && phases.contains(phase) && counts(from: start)
    }

    /// Whether data of this category, in a treatment about these persons with purposes of these
    /// kinds, are the data the guideline is about, whatever their period.
    public func concerns(_ category: DataCategory, subjects: [DataSubjectCategory], prospection: Bool = true,
                         kinds: Set<PurposeKind> = []) -> Bool {
        (prospection || !onlyForProspection) && categories.contains(category)
            && (dataSubjects.isEmpty || subjects.contains(where: dataSubjects.contains))
            && (purposeKinds.isEmpty || !purposeKinds.isDisjoint(with: kinds))
    }

    /// Whether a period counted from `start` is one the guideline measures.
    public func counts(from start: RetentionStart) -> Bool { starts.isEmpty || starts.contains(start) }

    /// What a finding adds when the duration rests on secondary or unconfirmed sources.
    public var caveat: String? {
        switch status {
        case .primary: nil
        case .secondary: "this duration comes from secondary sources only (the text itself was not read): \(source)"
        case .unconfirmed: "this duration is unconfirmed (a single weak source): \(source)"
        }
    }
}

/// The durations `retention-cnil-guidance` (maxima) and `retention-cnil-minimum` (minima) compare
/// registers with.
public enum RetentionGuidance {
    /// The date of the data: the latest dated CNIL source behind them (the CNIL page on audience
    /// measurement tracers, 04/07/2025, fact sheet §3.5).
    public static let asOf: ISODate = isoDate("2025-07-04")

    /// Every duration: commercial activities, then the processing every organisation has.
    public static var all: [RetentionGuideline] { commercial + beyondCommerce }

    public static var maxima: [RetentionGuideline] { all.filter { $0.bound == .maximum } }
    public static var minima: [RetentionGuideline] { all.filter { $0.bound == .minimum } }

    static let commercialReferential = "CNIL, délibération n° 2021-131 du 23 septembre 2021, référentiel « gestion des activités commerciales »"

    /// Data about people that the référentiel limits for prospection: not financial, connection or tracer data.
    static let contactData: Set<DataCategory> = [.identification, .personalLife, .professionalLife]

    /// The référentiel « gestion des activités commerciales » and its companions (fact sheet §3.5, §3.7).
    public static let commercial: [RetentionGuideline] = [
        RetentionGuideline(
            id: "prospects",
            subject: "prospects' data",
            limit: Duration(3, .years),
            wording: "3 ans à compter de leur collecte ou du dernier contact émanant du prospect",
            categories: contactData, dataSubjects: [.prospects], starts: [.collection, .lastContact], phases: [.active],
            citation: commercialReferential,
            source: "cnil-register-facts.md §3.5 [S] final text as quoted (find_string id 69431668761), olympe.legal; draft [P: SRC-REF-DRAFT]",
            status: .secondary, dated: isoDate("2021-09-23")),
        RetentionGuideline(
            id: "clients",
            subject: "clients' data kept for prospection after the contract",
            limit: Duration(3, .years),
            wording: "3 ans à compter de la fin de la relation commerciale (draft: du dernier contact)",
            categories: contactData, dataSubjects: [.clients], starts: [.endOfRelationship, .lastContact], phases: [.active],
            onlyForProspection: true,
            citation: commercialReferential,
            source: "cnil-register-facts.md §3.5 [S] final text as quoted (find_string ids 62524916335, 69431668761); draft [P: SRC-REF-DRAFT] \"3 ans à compter du dernier contact\"",
            status: .secondary, dated: isoDate("2021-09-23")),
        RetentionGuideline(
            id: "bank-card",
            subject: "bank-card data kept as evidence after the debit",
            limit: Duration(13, .months),
            wording: "13 mois suivant la date de débit (15 mois pour les cartes à débit différé)",
            categories: [.economicFinancial], dataSubjects: [], starts: [.debit], phases: [.active, .archive],
            citation: "CNIL, délibération n° 2018-303 (cartes de paiement) §4.2 ; Code monétaire et financier art. L133-24",
            source: "cnil-register-facts.md §3.5 [S] Délib. 2018-303 §4.2 (legifrance excerpt, olympe.legal), Délib. 2013-358 art. 3; whether the 2021 référentiel restates 13/15 months is unconfirmed [U]",
            status: .secondary, dated: nil),
        RetentionGuideline(
            id: "tracers",
            subject: "cookies and other tracers",
            limit: Duration(13, .months),
            wording: "13 mois au maximum pour la durée de vie des traceurs",
            categories: [.internet], dataSubjects: [], starts: [.deposit], phases: [.active],
            citation: "CNIL, « Cookies : solutions pour les outils de mesure d'audience » (04/07/2025) ; délibérations n° 2020-091 et 2020-092",
            source: "cnil-register-facts.md §3.5 [S] CNIL page of 04/07/2025, dune.fr, quantic-avocats.com",
            status: .secondary, dated: isoDate("2025-07-04")),
        RetentionGuideline(
            id: "audience-data",
            subject: "data collected by audience-measurement tracers",
            limit: Duration(25, .months),
            wording: "25 mois au maximum pour les informations collectées par les traceurs",
            categories: [.internet], dataSubjects: [], starts: [.collection], phases: [.active],
            citation: "CNIL, « Cookies : solutions pour les outils de mesure d'audience » (04/07/2025)",
            source: "cnil-register-facts.md §3.5 [S] CNIL page of 04/07/2025",
            status: .secondary, dated: isoDate("2025-07-04")),
        RetentionGuideline(
            id: "logs",
            subject: "connection data and logs",
            limit: Duration(1, .years),
            wording: "entre six mois et un an (jusqu'à 3 ans pour un besoin de contrôle interne documenté)",
            categories: [.connection], dataSubjects: [], starts: [], phases: [.active],
            citation: "CNIL, délibération n° 2021-122 du 14 octobre 2021 (recommandation journalisation)",
            source: "cnil-register-facts.md §3.7 [S] nextinpact.com 2021-11, silicon.fr, commu-net.fr",
            status: .secondary, dated: isoDate("2021-10-14")),
    ]
}
