// European Commission adequacy decisions (GDPR Art. 45), as reference data.
//
// Every fact below comes from `/work/shared/reference/cnil-register-facts.md` §5.1
// "Commission adequacy decisions (state as of early 2026)"; each entry names the sources the sheet
// cites for it. Where the sheet tags a date [U] (unconfirmed, from memory or a single weak source)
// the date is NOT stored in `adopted` (which stays nil) and is kept, marked "unconfirmed", in `note`.
// Update `AdequacyDecisions.asOf` whenever an entry changes.

/// One Commission adequacy decision for one country: transfers there need no further safeguard
/// (GDPR Art. 45), within the decision's ``scope``.
///
/// Adequacy is not a yes/no property of a country: it has a scope (Canada: PIPEDA only; United
/// States: DPF-certified organisations only), a start, and sometimes an end (United Kingdom).
public struct AdequacyDecision: Sendable, Hashable {
    /// Which recipients in the country the decision covers.
    public enum Scope: Sendable, Hashable {
        /// The whole country.
        case full
        /// Canada: commercial organisations subject to PIPEDA.
        case commercialOrganisationsUnderPIPEDA
        /// Japan: the private sector, under the APPI.
        case privateSectorAPPI
        /// United States: only organisations certified under the EU-US Data Privacy Framework
        /// (Department of Commerce list).
        case dataPrivacyFrameworkCertifiedOnly
        /// Any other scope, in words.
        case other(String)
    }

    /// ISO 3166-1 alpha-2 code of the country or territory.
    public var country: String
    public var scope: Scope
    /// The decision's name or number, as the fact sheet gives it.
    public var decision: String
    /// The day the Commission adopted the decision; nil when the sheet has no confirmed day.
    public var adopted: ISODate?
    /// The last day the decision applies; nil when it has no end date.
    public var validUntil: ISODate?
    public var note: String?
    /// Where the facts come from: the fact-sheet section, its tag and the sources it cites.
    public var source: String

    public init(country: String, scope: Scope, decision: String, adopted: ISODate?, validUntil: ISODate?,
                note: String?, source: String) {
        self.country = country
        self.scope = scope
        self.decision = decision
        self.adopted = adopted
        self.validUntil = validUntil
        self.note = note
        self.source = source
    }

    /// True when the decision applies on `date`: from `adopted` to `validUntil`, both included.
    /// A decision whose adoption day is not confirmed (`adopted == nil`) is pre-2020 and is
    /// treated as applying from any date.
    public func isInForce(on date: ISODate) -> Bool {
        if let adopted, date < adopted { return false }
        if let validUntil, validUntil < date { return false }
        return true
    }
}

/// The Commission's adequacy decisions for countries and territories.
///
/// Not listed, because it is an international organisation and has no ISO 3166-1 code: the
/// **European Patent Organisation**, the first international organisation found adequate
/// (draft 5 Mar 2025, EDPB opinion 5–6 May 2025, adopted 15 July 2025; fact sheet §5.1 [S]
/// globalpolicywatch.com 2025-07, epo.org).
///
/// Only the United Kingdom's decisions also cover law-enforcement transfers (LED Art. 36);
/// the others are GDPR-only (fact sheet §5.1 notes [S], Commission page).
public enum AdequacyDecisions {
    /// The date of the data: the latest dated source behind fact sheet §5.1
    /// (stevens-bolton.com, 2026-02-09, on the Brazil decision). Later decisions, reviews or
    /// judgments (e.g. the pending DPF appeal C-703/25 P) are not reflected.
    public static let asOf: ISODate = isoDate("2026-02-09")

    private static let review2024 =
        "Maintained by the Commission's first review of the pre-GDPR decisions, completed in 2024 "
        + "(the exact day, 15 Jan 2024, is unconfirmed)."

    /// Every decision, by country code; the United Kingdom has two (2021, renewed 2025).
    public static let all: [AdequacyDecision] = [
        // Pre-GDPR decisions: the sheet gives their years from memory ([U]), except Argentina and Uruguay.
        AdequacyDecision(
            country: "AD", scope: .full,
            decision: "Commission adequacy decision for Andorra (pre-GDPR)",
            adopted: nil, validUntil: nil,
            note: "Adopted in 2010 (year unconfirmed, [U]). " + review2024,
            source: "cnil-register-facts.md §5.1 [S] freeths.co.uk 2024; globalrelay"),
        AdequacyDecision(
            country: "AR", scope: .full,
            decision: "Commission adequacy decision for Argentina (pre-GDPR)",
            adopted: isoDate("2003-06-03"), validUntil: nil,
            note: "Adoption day per privacylaws.com. " + review2024,
            source: "cnil-register-facts.md §5.1 [S] privacylaws.com; freeths.co.uk 2024; globalrelay"),
        AdequacyDecision(
            country: "CA", scope: .commercialOrganisationsUnderPIPEDA,
            decision: "Commission adequacy decision for Canada (pre-GDPR), commercial organisations",
            adopted: nil, validUntil: nil,
            note: "Covers only recipients subject to PIPEDA. Adopted in 2001 (year unconfirmed, [U]). " + review2024,
            source: "cnil-register-facts.md §5.1 [S] commission.europa.eu adequacy page; cnpd.public.lu; freeths.co.uk 2024"),
        AdequacyDecision(
            country: "FO", scope: .full,
            decision: "Commission adequacy decision for the Faroe Islands (pre-GDPR)",
            adopted: nil, validUntil: nil,
            note: "Adopted in 2010 (year unconfirmed, [U]). " + review2024,
            source: "cnil-register-facts.md §5.1 [S] freeths.co.uk 2024; globalrelay"),
        AdequacyDecision(
            country: "GG", scope: .full,
            decision: "Commission adequacy decision for Guernsey (pre-GDPR)",
            adopted: nil, validUntil: nil,
            note: "Adopted in 2003 (year unconfirmed, [U]). " + review2024,
            source: "cnil-register-facts.md §5.1 [S] freeths.co.uk 2024; globalrelay"),
        AdequacyDecision(
            country: "IM", scope: .full,
            decision: "Commission adequacy decision for the Isle of Man (pre-GDPR)",
            adopted: nil, validUntil: nil,
            note: "Adopted in 2004 (year unconfirmed, [U]). " + review2024,
            source: "cnil-register-facts.md §5.1 [S] freeths.co.uk 2024; globalrelay"),
        AdequacyDecision(
            country: "IL", scope: .full,
            decision: "Commission adequacy decision for Israel (pre-GDPR)",
            adopted: nil, validUntil: nil,
            note: "Adopted in 2011 (year unconfirmed, [U]). " + review2024,
            source: "cnil-register-facts.md §5.1 [S] freeths.co.uk 2024; globalrelay"),
        AdequacyDecision(
            country: "JE", scope: .full,
            decision: "Commission adequacy decision for Jersey (pre-GDPR)",
            adopted: nil, validUntil: nil,
            note: "Adopted in 2008 (year unconfirmed, [U]). " + review2024,
            source: "cnil-register-facts.md §5.1 [S] freeths.co.uk 2024; globalrelay"),
        AdequacyDecision(
            country: "NZ", scope: .full,
            decision: "Commission adequacy decision for New Zealand (pre-GDPR)",
            adopted: nil, validUntil: nil,
            note: "Adopted in 2012 (year unconfirmed, [U]). " + review2024,
            source: "cnil-register-facts.md §5.1 [S] freeths.co.uk 2024; globalrelay"),
        AdequacyDecision(
            country: "CH", scope: .full,
            decision: "Commission adequacy decision for Switzerland (pre-GDPR)",
            adopted: nil, validUntil: nil,
            note: "Adopted in 2000 (year unconfirmed, [U]). " + review2024
                + " Switzerland is not in the EEA. (Swiss exporters: CH-US DPF in force 15 Sept 2024.)",
            source: "cnil-register-facts.md §5.1 [S] freeths.co.uk 2024; globalrelay; datenrecht.ch"),
        AdequacyDecision(
            country: "UY", scope: .full,
            decision: "Commission adequacy decision for Uruguay (pre-GDPR)",
            adopted: isoDate("2012-08-21"), validUntil: nil,
            note: "Adoption day per privacylaws.com. " + review2024,
            source: "cnil-register-facts.md §5.1 [S] privacylaws.com; freeths.co.uk 2024; globalrelay"),

        // Decisions under the GDPR.
        AdequacyDecision(
            country: "JP", scope: .privateSectorAPPI,
            decision: "Commission adequacy decision for Japan (APPI, private sector)",
            adopted: nil, validUntil: nil,
            note: "Decision dated 23 Jan 2019 (day unconfirmed, [U]). First review Oct 2021 (joint statement 26 Oct 2021).",
            source: "cnil-register-facts.md §5.1 [S] commission.europa.eu adequacy page (\"Latest\")"),
        AdequacyDecision(
            country: "KR", scope: .other("Personal Information Protection Act (PIPA)"),
            decision: "Commission adequacy decision for the Republic of Korea (PIPA)",
            adopted: isoDate("2021-12-17"), validUntil: nil,
            note: "Adoption day per the joint press statement.",
            source: "cnil-register-facts.md §5.1 [S] joint press statement; commission.europa.eu adequacy page"),
        AdequacyDecision(
            country: "GB", scope: .full,
            decision: "Commission adequacy decisions for the United Kingdom (GDPR and LED), 2021",
            adopted: isoDate("2021-06-28"), validUntil: isoDate("2025-12-27"),
            note: "Four-year sunset clause, then a technical extension to 27 Dec 2025. Superseded by the renewal of 19 Dec 2025.",
            source: "cnil-register-facts.md §5.1 [S] mondaq.com 2025-11-26; dpocentre.com; uea.ac.uk; itpro.com 2025-12-24"),
        AdequacyDecision(
            country: "GB", scope: .full,
            decision: "Renewal of the Commission adequacy decisions for the United Kingdom (GDPR and LED), 19 Dec 2025",
            adopted: isoDate("2025-12-19"), validUntil: isoDate("2031-12-27"),
            note: "The renewal also covers immigration-control data. EDPB opinions of 20 Oct 2025. "
                + "The UK is the only destination whose adequacy also covers law-enforcement (LED) transfers.",
            source: "cnil-register-facts.md §5.1 [S] mondaq.com 2025-11-26; dpocentre.com; uea.ac.uk; itpro.com 2025-12-24"),
        AdequacyDecision(
            country: "US", scope: .dataPrivacyFrameworkCertifiedOnly,
            decision: "Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework)",
            adopted: isoDate("2023-07-10"), validUntil: nil,
            note: "In force from 11 July 2023. Covers only organisations certified under the DPF "
                + "(Department of Commerce list). The General Court dismissed Latombe v Commission (T-553/23) "
                + "on 3 Sept 2025; the appeal C-703/25 P, lodged 31 Oct 2025 (OJ C/2025/6610), was pending "
                + "as of the sheet's latest sources (Dec 2025–Jan 2026). The Privacy Shield (invalidated by "
                + "the CJEU in Schrems II, C-311/18, 16 July 2020) is not an adequacy decision any more.",
            source: "cnil-register-facts.md §5.1 [S] gtlaw-dataprivacydish.com; kslaw.com; streamlex.eu; EUR-Lex 62025CN0703; Privacy Shield: §5.3 [P]"),
        AdequacyDecision(
            country: "BR", scope: .full,
            decision: "Commission adequacy decision for Brazil (LGPD), public and private sector",
            adopted: isoDate("2026-01-26"), validUntil: nil,
            note: "Draft 4–5 Sept 2025; adopted 26 Jan 2026, announced 27 Jan 2026. Mutual: ANPD Resolution "
                + "No. 32/2026 recognises the EU. Review after 4 years.",
            source: "cnil-register-facts.md §5.1 [S] cms.law; tozzinifreire.com.br; datenschutz-notizen.de; stevens-bolton.com 2026-02-09"),
    ]

    /// The decision in force for `country` (ISO 3166-1 alpha-2) on `date`, or nil when none is.
    /// When two overlap (the UK's 2021 decision and its renewal), the most recently adopted wins.
    ///
    /// Day-level caveats: a decision applies from its adoption day (the US decision entered into
    /// force the day after, 11 July 2023), and decisions with an unconfirmed adoption day apply
    /// on any date (see ``AdequacyDecision/isInForce(on:)``).
    public static func decision(for country: String, on date: ISODate) -> AdequacyDecision? {
        all.filter { $0.country == country && $0.isInForce(on: date) }
            .max { ($0.adopted?.daysSinceEpoch ?? .min) < ($1.adopted?.daysSinceEpoch ?? .min) }
    }
}

/// A date literal of the reference data (this file, DPIALists, RetentionGuidance, ProspectionLaw). `ISODate(parsing:)` is failable because it checks the calendar;
/// every literal here is a real `YYYY-MM-DD` day, so the fallback (1970-01-01, the epoch, through
/// the non-failable `ISODate(daysSinceEpoch:)`) is unreachable. The tests check that no stored date
/// is 1970-01-01, so a typo cannot pass silently, and the file needs no force unwrap.
func isoDate(_ text: String) -> ISODate {
    ISODate(parsing: text) ?? ISODate(daysSinceEpoch: 0)
}
