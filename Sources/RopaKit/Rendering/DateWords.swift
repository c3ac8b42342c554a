/// Dates in words ("25 mai 2018", "1er juin 2026", "25 May 2018"), written out by hand so that
/// the output never depends on the machine's locale or ICU data.
public enum DateWords {
    private static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin",
                                       "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June",
                                        "July", "August", "September", "October", "November", "December"]

    public static func format(_ date: ISODate, in language: Language) -> String {
        let index = min(max(date.month, 1), 12) - 1
        switch language {
        case .fr:
            // French writes the first day of a month as an ordinal: "1er mai".
            let day = date.day == 1 ? "1er" : String(date.day)
            return "\(day) \(frenchMonths[index]) \(date.year)"
        case .en:
            return "\(date.day) \(englishMonths[index]) \(date.year)"
        }
    }
}
