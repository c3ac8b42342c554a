// Reads back what `ropa` prints in its text format, so that end-to-end tests can check each
// diagnostic's position, rule id, quoted line, caret and help.
import Foundation

/// One diagnostic as printed: `path:line:col: severity: message [rule-id]` and the lines under it.
struct PrintedDiagnostic: Sendable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int
    var severity: String
    var message: String
    var rule: String
    /// The lines printed under the header: quoted source, caret, notes, help, see.
    var body: [String]

    /// `file:line:col`, as printed.
    var position: String { "\(file):\(line):\(column)" }
    var description: String { ([header] + body).joined(separator: "\n") }
    var header: String { "\(position): \(severity): \(message) [\(rule)]" }

    /// The text after `help:`, when there is a help line.
    var help: String? { body.first { $0.hasPrefix("  help: ") }.map { String($0.dropFirst(8)) } }
    /// The notes, as `message (file:line:col)`.
    var notes: [String] { body.filter { $0.hasPrefix("  note: ") }.map { String($0.dropFirst(8)) } }

    /// The quoted source line (` 12 | text`), without its gutter.
    var quotedLine: String? {
        guard let first = body.first, let bar = first.range(of: " | "), first.hasPrefix(" \(line) |") else { return nil }
        return String(first[bar.upperBound...])
    }

    /// How many characters precede the caret in the line under the quoted source.
    var caretOffset: Int? {
        guard body.count > 1, let bar = body[1].range(of: " | "), let caret = body[1].firstIndex(of: "^"), caret >= bar.upperBound else {
            return nil
        }
        return body[1].distance(from: bar.upperBound, to: caret)
    }

    /// True when the quoted line is `sourceLine` and the caret stands under column `column` of it
    /// (tabs shown as four spaces, lines past 200 characters cut, as the reporter prints them).
    func pointsAt(sourceLine: String) -> Bool {
        let visiblePrefix = String(sourceLine.prefix(column - 1)).replacingOccurrences(of: "\t", with: "    ")
        let shown = sourceLine.count > 200 ? String(sourceLine.prefix(200)) + "…" : sourceLine
        let visibleLine = shown.replacingOccurrences(of: "\t", with: "    ")
        return quotedLine == visibleLine && caretOffset == visiblePrefix.count
    }
}

/// The diagnostics in `ropa validate`'s text output, in the order printed.
func printedDiagnostics(_ output: String) -> [PrintedDiagnostic] {
    var result: [PrintedDiagnostic] = []
    for line in output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
        if let diagnostic = parseHeader(line) {
            result.append(diagnostic)
        } else if !result.isEmpty, line.hasPrefix(" ") {
            result[result.count - 1].body.append(line)
        }
    }
    return result
}

/// `path:12:5: error: message [rule-id]`; the path may itself hold colons.
private func parseHeader(_ line: String) -> PrintedDiagnostic? {
    guard line.hasSuffix("]"), let open = line.range(of: " [", options: .backwards) else { return nil }
    let rule = String(line[open.upperBound..<line.index(before: line.endIndex)])
    guard !rule.isEmpty, rule.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else { return nil }
    for severity in ["error", "warning", "note"] {
        guard let marker = line.range(of: ": \(severity): ") else { continue }
        let place = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
        guard place.count >= 3, let lineNumber = Int(place[place.count - 2]), let column = Int(place[place.count - 1]) else { continue }
        return PrintedDiagnostic(
            file: place.dropLast(2).joined(separator: ":"), line: lineNumber, column: column, severity: severity,
            message: String(line[marker.upperBound..<open.lowerBound]), rule: rule, body: [])
    }
    return nil
}
