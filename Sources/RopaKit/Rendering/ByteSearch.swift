/// Searching bytes for a short ASCII pattern: what the renderer does for every value and every
/// piece of template, where Foundation's string search (`range(of:)`) costs more than the rest.
/// The first byte is compared alone before the rest: most positions fail there.
extension Collection where Element == UInt8, Index == Int {
    /// Where `pattern` first starts in these bytes.
    func firstStart(of pattern: [UInt8]) -> Int? {
        candidateStarts(of: pattern).first { isStart(of: pattern, at: $0) }
    }

    /// Where `pattern` last starts in these bytes.
    func lastStart(of pattern: [UInt8]) -> Int? {
        candidateStarts(of: pattern).last { isStart(of: pattern, at: $0) }
    }

    private func candidateStarts(of pattern: [UInt8]) -> Range<Int> {
        pattern.isEmpty || pattern.count > count ? startIndex..<startIndex : startIndex..<(endIndex - pattern.count + 1)
    }

    private func isStart(of pattern: [UInt8], at start: Int) -> Bool {
        self[start] == pattern[0] && self[start..<(start + pattern.count)].elementsEqual(pattern)
    }
}
