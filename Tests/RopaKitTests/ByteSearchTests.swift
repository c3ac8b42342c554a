@testable import RopaKit
import Testing

/// The renderer's byte search agrees with the obvious search on every position, at both ends.
@Suite struct ByteSearchTests {
    @Test func findsTheFirstAndLastStartLikeTheObviousSearch() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in UInt8.random(in: 97...99, using: &generator) }
            let pattern = (0..<Int.random(in: 0...3, using: &generator)).map { _ in UInt8.random(in: 97...99, using: &generator) }
            let starts = pattern.isEmpty || pattern.count > text.count ? [] :
                (0...(text.count - pattern.count)).filter { Array(text[$0..<($0 + pattern.count)]) == pattern }
            #expect(text.firstStart(of: pattern) == starts.first, "\(text) \(pattern)")
            #expect(text.lastStart(of: pattern) == starts.last, "\(text) \(pattern)")
        }
    }

    @Test func searchesASliceByItsOwnIndices() {
        let bytes = Array("<title>a</title><title>".utf8)
        #expect(bytes[8...].firstStart(of: Array("<title>".utf8)) == 16)
        #expect(bytes[8...].lastStart(of: Array("</title>".utf8)) == 8)
        #expect(bytes[..<3].lastStart(of: Array("<title>".utf8)) == nil)
    }
}
