/// The edition date of a document: `--date`, else `SOURCE_DATE_EPOCH` (the reproducible-builds
/// convention: seconds since 1970, read as a UTC day), else today in UTC.
public enum EditionDate {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case badOption(String)
        case badEpoch(String)

        public var description: String {
            switch self {
            case .badOption(let text): "'\(text)' is not a date written YYYY-MM-DD"
            case .badEpoch(let text): "SOURCE_DATE_EPOCH is '\(text)', not a number of seconds since 1970-01-01"
            }
        }
    }

    /// - Parameter now: seconds since 1970-01-01 UTC, used only when nothing else gives a date.
    public static func resolve(option: String?, environment: [String: String], now: Double) -> Result<ISODate, Failure> {
        if let option {
            guard let date = ISODate(parsing: option) else { return .failure(.badOption(option)) }
            return .success(date)
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            let trimmed = epoch.trimmingWhitespace
            guard let seconds = Int64(trimmed), seconds >= 0, seconds < 32_503_680_000 else { return .failure(.badEpoch(epoch)) }
            return .success(ISODate(daysSinceEpoch: Int(seconds / 86_400)))
        }
        return .success(ISODate(daysSinceEpoch: Int((now / 86_400).rounded(.down))))
    }
}
