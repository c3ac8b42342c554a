import Foundation

/// The day a document is dated or a register is checked for: `--date`, else `SOURCE_DATE_EPOCH`
/// (the reproducible-builds convention), else today in UTC. Never the machine's time zone.
public enum ReferenceDate {
    /// A `--date` or `SOURCE_DATE_EPOCH` that is not a date; its description says which and why.
    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    public static func resolve(_ option: String?, environment: [String: String], now: Date) throws -> ISODate {
        if let option {
            guard let date = ISODate(parsing: option) else {
                throw Invalid(description: "'\(option)' is not a date: write --date YYYY-MM-DD")
            }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw Invalid(description: "SOURCE_DATE_EPOCH='\(epoch)' is not a number of seconds")
            }
            // The same last day as --date; 1970, where the count starts, is after the first.
            guard seconds / 86_400 <= ISODate.latest.daysSinceEpoch else {
                throw Invalid(description: "SOURCE_DATE_EPOCH='\(epoch)' is after \(ISODate.latest), the last date ropa accepts (as with --date)")
            }
            return ISODate(daysSinceEpoch: seconds / 86_400)
        }
        return ISODate(daysSinceEpoch: Int(now.timeIntervalSince1970.rounded(.down)) / 86_400)
    }
}
