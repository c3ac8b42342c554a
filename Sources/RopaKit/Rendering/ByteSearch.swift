/// Searching bytes for a short ASCII pattern: what the renderer does for every value and every
/// piece of template, where Foundation's string search (`range(of:)`) costs more than the rest.
/// The first byte is compared alone before the rest: most positions fail there.
extension Collection where Element == UInt8, Index == Int {
    /// Where `pattern` first starts in these bytes.
    func firstStart<Pattern: Collection<UInt8>>(of pattern: Pattern) -> Int? where Pattern.Index == Int {
        candidateStarts(of: pattern).first { isStart(of: pattern, at: $0) }
    }

    /// Where `pattern` last starts in these bytes.
    func lastStart<Pattern: Collection<UInt8>>(of pattern: Pattern) -> Int? where Pattern.Index == Int {
        candidateStarts(of: pattern).last { isStart(of: pattern, at: $0) }
    }

    private func candidateStarts<Pattern: Collection<UInt8>>(of pattern: Pattern) -> Range<Int> {
        pattern.isEmpty || pattern.count > count ? startIndex..<startIndex : startIndex..<(endIndex - pattern.count + 1)
    }

    private func isStart<Pattern: Collection<UInt8>>(of pattern: Pattern, at start: Int) -> Bool where Pattern.Index == Int {
        self[start] == pattern[pattern.startIndex] && self[start..<(start + pattern.count)].elementsEqual(pattern)
    }
}

extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this text. A byte search: Foundation's `contains`
    /// goes through CFString and a locale, and took most of the loader's time when every text was
    /// searched for the incomplete-value markers. (Texts are compared as written: a marker typed in
    /// decomposed form, 'a' + U+0300 for 'à', is not found; editors write the composed form.)
    func containsBytes(of needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        var text = self, needle = needle
        return text.withUTF8 { text in needle.withUTF8 { text.firstStart(of: $0) != nil } }
    }
}
