/// A calendar date written `YYYY-MM-DD`, with no time zone: registers speak in days.
///
/// Every value is a real day of the years 1900 to 2999 (what `--date` and the register files
/// accept): the properties are read-only, so the arithmetic below cannot overflow.
public struct ISODate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public private(set) var year: Int
    public private(set) var month: Int
    public private(set) var day: Int

    /// The years a date may have.
    public static let years = 1900...2999
    public static let earliest = ISODate(valid: years.lowerBound, 1, 1)
    public static let latest = ISODate(valid: years.upperBound, 12, 31)

    /// Nil when the numbers are not a real calendar day (2026-02-30) of `years`.
    public init?(year: Int, month: Int, day: Int) {
        guard ISODate.years.contains(year), (1...12).contains(month),
              (1...ISODate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(valid: year, month, day)
    }

    private init(valid year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01, stopping at `earliest` and `latest` (any Int is safe).
    public init(daysSinceEpoch days: Int) {
        let z = min(max(days, ISODate.earliest.daysSinceEpoch), ISODate.latest.daysSinceEpoch) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// The same day `months` months later (earlier when negative), clamped to the month's last
    /// day, and stopping at `earliest` or `latest`: any Int is safe, and a due date past 2999
    /// compares as later than every date, never as the date itself.
    public func addingMonths(_ months: Int) -> ISODate {
        let current = year * 12 + (month - 1)
        // Compared before adding, so that no value of `months` overflows.
        if months > ISODate.latest.year * 12 + 11 - current { return .latest }
        if months < ISODate.earliest.year * 12 - current { return .earliest }
        let total = current + months
        let (newYear, newMonth) = (total / 12, total % 12 + 1)
        return ISODate(valid: newYear, newMonth, min(day, ISODate.daysIn(month: newMonth, year: newYear)))
    }

    public static func < (lhs: ISODate, rhs: ISODate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
