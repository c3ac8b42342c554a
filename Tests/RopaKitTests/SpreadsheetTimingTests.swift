import Foundation
import Testing
@testable import RopaKit

/// Reading time of a large workbook, run by hand, never in CI (timings on a shared machine are
/// no test). Make the files, then time them in release mode:
///
///     python3 Tests/Fixtures/spreadsheets/make-fixtures.py --perf /tmp/ropa-perf
///     ROPA_WORKBOOK_TIMING="/tmp/ropa-perf/perf-1000-fiches.ods /tmp/ropa-perf/perf-1000-fiches.xlsx" \
///         swift test -c release --filter SpreadsheetTimingTests
///
/// Measured on this project's 2-core machine: see docs/import.md, "Reading workbooks".
@Suite struct SpreadsheetTimingTests {
    static let paths = ProcessInfo.processInfo.environment["ROPA_WORKBOOK_TIMING"]?.split(separator: " ").map(String.init) ?? []

    @Test(.enabled(if: !paths.isEmpty)) func readTime() throws {
        for path in Self.paths {
            var best = Double.infinity
            var cells = 0
            for _ in 0..<3 {
                let start = Date()
                let workbook = try SpreadsheetReader.read(contentsOf: path).get()
                best = min(best, Date().timeIntervalSince(start))
                cells = workbook.sheets.map { $0.cells.count }.reduce(0, +)
            }
            print("\(path): best of 3 \(String(format: "%.3f", best)) s, \(cells) cells")
        }
    }
}
