// Dates and texts of French prospection law, as reference data.
//
// Every fact below comes from `/work/shared/reference/cnil-register-facts.md` §6.3 (Bloctel and
// loi n° 2025-594) and §6.4 (CPCE art. L34-5). Update `ProspectionLaw.asOf` when a fact changes.

/// The French law on commercial prospection that the rules apply (CPCE art. L34-5, loi n° 2025-594
/// du 30 juin 2025), with the dates it takes effect; sources in the comment above.
public enum ProspectionLaw {
    /// The date of the data: loi n° 2025-594 du 30 juin 2025.
    public static let asOf: ISODate = isoDate("2025-06-30")

    /// From this day, telephone canvassing of consumers needs their prior consent and the Bloctel
    /// regime ends: loi n° 2025-594 du 30 juin 2025, art. 13 (§6.3 [S] cms.law, ocso.fr,
    /// avencia-eca.fr, cnacim.immo, illiade.digitaloi.fr). The implementing decree is unconfirmed [U].
    public static let telephoneConsentFrom: ISODate = isoDate("2026-08-11")

    public static let telephoneConsentLaw = "Loi n° 2025-594 du 30 juin 2025, art. 13"

    /// Opposition list for telephone canvassing (§6.3 [S] lexology.com, lexing.law, inc-conso.fr).
    public static let bloctelLaw = "Code de la consommation art. L223-1 et s. (Bloctel)"

    /// Electronic prospection (§6.4 [S] doctrine.fr text in force since 1 July 2016).
    public static let electronicLaw = "CPCE art. L34-5"
}
