/// The day a register is checked or printed for, so that the same register gives the same
/// output on any day: `--date` when given, else `SOURCE_DATE_EPOCH` (reproducible builds), else today (UTC).
public enum RegisterDate {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// `--date` is not `YYYY-MM-DD`.
        case invalidDate(String)
        /// `SOURCE_DATE_EPOCH` is not a number of seconds since 1970-01-01.
        case invalidEpoch(String)

        public var description: String {
            switch self {
            case .invalidDate(let text): "'\(text)' is not a date: write YYYY-MM-DD, e.g. 2026-03-31"
            case .invalidEpoch(let text): "SOURCE_DATE_EPOCH is '\(text)', not a number of seconds since 1970-01-01"
            }
        }
    }

    /// - Parameters:
    ///   - explicit: the `--date` option, when given.
    ///   - environment: the process environment (only `SOURCE_DATE_EPOCH` is read).
    ///   - now: seconds since 1970-01-01 UTC, for "today".
    public static func resolve(explicit: String?, environment: [String: String], now: Double) -> Result<ISODate, Failure> {
        if let explicit {
            return ISODate(parsing: explicit).map { .success($0) } ?? .failure(.invalidDate(explicit))
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), seconds >= 0 else { return .failure(.invalidEpoch(epoch)) }
            return .success(ISODate(daysSinceEpoch: seconds / 86_400))
        }
        return .success(ISODate(daysSinceEpoch: Int((now / 86_400).rounded(.down))))
    }
}
