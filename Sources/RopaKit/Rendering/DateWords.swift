/// Dates in words ("25 mai 2018", "1er juin 2026", "25 May 2018") from the translation tables
/// (`date.pattern`, `date.month.N`, `date.first_day`), so that the output never depends on the
/// machine's locale or ICU data.
public enum DateWords {
    public static func format(_ date: ISODate, in language: Language) -> String {
        let wording = Wording(language)
        let month = min(max(date.month, 1), 12)
        // French writes the first day of a month as an ordinal: "1er mai".
        let day = date.day == 1 ? wording[.dateFirstDay] : String(date.day)
        return wording.format(.datePattern, ["day": day, "month": wording[Phrase("date.month.\(month)")], "year": String(date.year)])
    }
}
