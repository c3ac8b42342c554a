/// Searching bytes for a short ASCII pattern: what the renderer does for every value and every
/// piece of template, where Foundation's string search (`range(of:)`) costs more than the rest.
extension Collection where Element == UInt8, Index == Int {
    /// Where `pattern` first starts in these bytes.
    func firstStart(of pattern: [UInt8]) -> Int? {
        guard !pattern.isEmpty, pattern.count <= count else { return nil }
        return (startIndex...(endIndex - pattern.count)).first { start in
            self[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }

    /// Where `pattern` last starts in these bytes.
    func lastStart(of pattern: [UInt8]) -> Int? {
        guard !pattern.isEmpty, pattern.count <= count else { return nil }
        return (startIndex...(endIndex - pattern.count)).last { start in
            self[start..<(start + pattern.count)].elementsEqual(pattern)
        }
    }
}
