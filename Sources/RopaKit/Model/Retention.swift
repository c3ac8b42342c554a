/// A length of time written in a register, such as `3 years` or `13 mois`.
public struct Duration: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The units a duration may be written in, in English or French.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        case days
        case weeks
        case months
        case years

        /// Rough length in days, only to compare durations written in different units.
        var approximateDays: Double {
            switch self {
            case .days: 1
            case .weeks: 7
            case .months: 30.4375
            case .years: 365.25
            }
        }
    }

    public var amount: Int
    public var unit: Unit

    public init(_ amount: Int, _ unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    public var approximateDays: Double { Double(amount) * unit.approximateDays }

    /// The canonical YAML spelling ("3 years", "1 month").
    public var description: String {
        let name = amount == 1 ? String(unit.rawValue.dropLast()) : unit.rawValue
        return "\(amount) \(name)"
    }

    public static func < (lhs: Duration, rhs: Duration) -> Bool { lhs.approximateDays < rhs.approximateDays }

    /// Spellings accepted for each unit, in English and French, singular and plural.
    static let unitSpellings: [String: Unit] = [
        "day": .days, "days": .days, "jour": .days, "jours": .days, "d": .days,
        "week": .weeks, "weeks": .weeks, "semaine": .weeks, "semaines": .weeks,
        "month": .months, "months": .months, "mois": .months,
        "year": .years, "years": .years, "an": .years, "ans": .years, "année": .years, "années": .years, "y": .years,
    ]

    /// Parses "3 years", "13 mois", "6 months"; nil when the text is not a duration.
    public init?(parsing text: String) {
        let parts = text.lowercased().split(whereSeparator: \.isWhitespace)
        guard parts.count == 2, let amount = Int(parts[0]), amount >= 0, amount <= 1000,
              let unit = Self.unitSpellings[String(parts[1])] else { return nil }
        self.init(amount, unit)
    }
}

/// How long one category of data is kept, and what happens then (GDPR Art. 30(1)(f)).
///
/// Either a duration counted from an event ("3 years from the last contact"), or "until" an
/// event with no fixed length ("until the transaction"). The end action may be an intermediate
/// archive with its own duration, as for bank-card data kept 13 months after the debit.
public struct Retention: Sendable, Hashable {
    /// How long the data are kept: a fixed length from an event, until an event, or what the
    /// register says in words.
    public enum Period: Sendable, Hashable {
        /// A fixed length counted from an event.
        case fixed(Duration, from: RetentionStart)
        /// Kept until an event happens, with no fixed length.
        case until(RetentionStart)
        /// Written as indefinite: never acceptable, reported by the rules.
        case indefinite
    }

    /// How an indefinite retention may be written: read so that the rules can refuse it precisely.
    public static let indefiniteSpellings = ["indefinite", "indéfinie", "illimitée", "unlimited"]

    public var period: Period
    /// Free words for the start event when `from: event` (e.g. "la fin de la garantie").
    public var eventDetails: String?
    public var then: RetentionEnd
    public var archive: Archive?
    /// For permanent archiving or selection: the archives service and its decision.
    public var archivesReference: String?
    /// For permanent archiving or selection: the Art. 89(1) safeguards.
    public var archivingSafeguards: String?
    /// Anything the structure cannot say; printed after the structured part.
    public var note: String?
    public var source: SourceMap

    public init(period: Period, eventDetails: String? = nil, then: RetentionEnd = .delete, archive: Archive? = nil,
                archivesReference: String? = nil, archivingSafeguards: String? = nil, note: String? = nil, source: SourceMap) {
        self.period = period
        self.eventDetails = eventDetails
        self.then = then
        self.archive = archive
        self.archivesReference = archivesReference
        self.archivingSafeguards = archivingSafeguards
        self.note = note
        self.source = source
    }

    /// The end of the whole life cycle: what `then` says, or after an intermediate archive, what
    /// the archive's own `then` says (deletion when it says nothing).
    public var finalDisposition: RetentionEnd {
        then == .archive ? archive?.then ?? .delete : then
    }

    /// The intermediate archive phase (archivage intermédiaire): kept apart, for a stated purpose.
    public struct Archive: Sendable, Hashable {
        public var duration: Duration
        public var from: RetentionStart
        public var purpose: String?
        /// The final disposition when the archive period ends; nil is deletion.
        public var then: RetentionEnd?
        public var source: SourceMap

        public init(duration: Duration, from: RetentionStart, purpose: String? = nil, then: RetentionEnd? = nil, source: SourceMap) {
            self.duration = duration
            self.from = from
            self.purpose = purpose
            self.then = then
            self.source = source
        }
    }
}
