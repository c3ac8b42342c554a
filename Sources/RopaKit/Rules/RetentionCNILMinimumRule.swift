/// Data that the law or the CNIL says to keep for a least duration are not deleted sooner.
public struct RetentionCNILMinimumRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "retention-cnil-minimum",
        severity: .warning,
        title: "Retention is not shorter than the duration the law or the CNIL sets as a minimum",
        reference: "CNIL, délibération n° 2021-131 (liste d'opposition) ; Code du travail, art. L3243-4 (bulletins de paie)",
        rationale: """
            Storage limitation cuts both ways: some data must be kept at least for a time, and deleting them \
            sooner defeats the purpose they serve. The durations, with their sources, dates and status, are in \
            Sources/RopaKit/Reference/RetentionGuidanceBeyondCommerce.swift:

            - the opposition list (people who objected to prospection: identification, personal or professional \
            life counted from the objection): at least 3 years, so that they are not canvassed again (CNIL \
            référentiel « gestion des activités commerciales », délibération n° 2021-131, and the CNIL page on \
            opposition lists: fact sheet §3.5 [P draft, S final]);
            - the doubles of pay slips (`purposes[].kind: payroll`, economic and financial data): 5 years \
            (Code du travail, art. L3243-4 [S: virtua-legis.com, dune.fr, orsaylaw.com]; the CNIL's own example \
            fiche « Gestion de la paie » keeps them « 5 ans à compter du versement de la paie » [P]).

            The time kept is the active period plus the intermediate archive; a period that runs until an event \
            of unknown length is not judged, nor is an indefinite one. Both rest on secondary sources for the \
            final texts: the finding says so in a note and stays a warning. A longer legal minimum (accounting \
            documents, 10 years) is not implied: only these durations are checked.
            """,
        jurisdiction: "FR",
        controllerSide: true,
        triggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Tenue d'une liste d'opposition à la prospection
                    legal_basis: legal_obligation
                    legal_text: RGPD art. 21 ; CPCE art. L34-5
                data_subjects: [{ category: prospects }]
                data:
                  - category: identification
                    details: adresse électronique hachée
                    retention: { duration: ↓1 year, from: objection }
                """),
            RuleExample("""
                purposes:
                  - name: Calcul et versement des salaires
                    kind: payroll
                    legal_basis: contract
                data_subjects: [{ category: employees }]
                data:
                  - category: economic_financial
                    details: doubles des bulletins de paie
                    retention: { duration: ↓2 years, from: transaction }
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                purposes:
                  - name: Tenue d'une liste d'opposition à la prospection
                    legal_basis: legal_obligation
                    legal_text: RGPD art. 21 ; CPCE art. L34-5
                data_subjects: [{ category: prospects }]
                data:
                  - category: identification
                    details: adresse électronique hachée
                    retention: { duration: 3 years, from: objection }
                """),
            RuleExample("""
                purposes:
                  - name: Calcul et versement des salaires
                    kind: payroll
                    legal_basis: contract
                data_subjects: [{ category: employees }]
                data:
                  - category: economic_financial
                    details: doubles des bulletins de paie
                    retention:
                      duration: 1 year
                      from: transaction
                      then: archive
                      archive: { duration: 4 years, from: transaction, purpose: obligation de conservation des doubles }
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        let subjects = treatment.dataSubjects.map(\.category)
        let prospection = treatment.purposes.contains { $0.prospection != nil }
        let kinds = Set(treatment.purposes.compactMap(\.kind))
        return treatment.data.compactMap { data -> Diagnostic? in
            guard let retention = data.retention else { return nil }
            let found = RetentionGuidance.minima.compactMap { guideline -> (RetentionGuideline, Duration, SourceLocation)? in
                guard guideline.concerns(data.category, subjects: subjects, prospection: prospection, kinds: kinds),
                      let (kept, location) = Self.timeKept(retention, countedBy: guideline), kept < guideline.limit else { return nil }
                return (guideline, kept, location)
            }
            // The most demanding minimum that is missed.
            guard let (guideline, kept, location) = found.max(by: { $0.0.limit < $1.0.limit }) else { return nil }
            return Self.diagnostic(
                "\(guideline.subject) are kept \(kept) in all, shorter than the \(guideline.limit) they must be kept at least (\(guideline.wording))",
                at: location,
                help: "keep them \(guideline.limit) at least — in the intermediate archive if they are no longer used ('then: archive') — or set this rule aside with a waiver that says why",
                notes: guideline.caveat.map { [.init($0)] } ?? [],
                reference: guideline.citation)
        }
    }

    /// How long the data are kept in all, counted from an event the guideline measures: the active
    /// period plus the archive. Nil when it cannot be told (a period until an event, an indefinite
    /// one, or no period counted from such an event).
    static func timeKept(_ retention: Retention, countedBy guideline: RetentionGuideline) -> (Duration, SourceLocation)? {
        let archive = retention.archive
        switch retention.period {
        case .fixed(let duration, let start) where guideline.counts(from: start):
            let total = archive.map { Duration(Int(($0.duration.approximateDays + duration.approximateDays).rounded()), .days) } ?? duration
            // Said in the units the file uses when there is a single period.
            return (archive == nil ? duration : total.inLargestUnit, retention.source["duration"])
        case .until where archive.map { guideline.counts(from: $0.from) } == true:
            guard let archive else { return nil }
            return (archive.duration, archive.source["duration"])
        default:
            return nil
        }
    }
}

extension Duration {
    /// The same length in the largest unit that says it exactly enough for a message (days
    /// rounded to months or years when they are whole to the day).
    var inLargestUnit: Duration {
        guard unit == .days else { return self }
        let years = approximateDays / Unit.years.approximateDays
        if years.rounded() == years || abs(years - years.rounded()) * Unit.years.approximateDays < 1 { return Duration(Int(years.rounded()), .years) }
        let months = approximateDays / Unit.months.approximateDays
        if abs(months - months.rounded()) * Unit.months.approximateDays < 1 { return Duration(Int(months.rounded()), .months) }
        return self
    }
}
