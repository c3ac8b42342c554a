import Foundation
import Testing
@testable import RopaKit

/// Where a rule's diagnostic must point: the file (as a register-relative name) and the position.
struct ExpectedFinding: Hashable, Comparable, CustomStringConvertible {
    var rule: String
    var file: String
    var line: Int
    var column: Int

    static func < (a: Self, b: Self) -> Bool { (a.file, a.line, a.column, a.rule) < (b.file, b.line, b.column, b.rule) }
    var description: String { "\(rule) at \(file):\(line):\(column)" }
}

/// A register written to a temporary directory from rule examples, loaded with the real loader.
struct ExampleRegister {
    let directory: URL
    var expected: [ExpectedFinding] = []

    /// Writes the examples as one register: the organisation (the first override, or the default),
    /// the default processors followed by every example's own, and one treatment file per example.
    init(_ examples: [(rule: String, example: RuleExample)], keepDefaultProcessors: Bool) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("treatments"), withIntermediateDirectories: true)

        let organisation = examples.lazy.compactMap(\.example.organisation).first ?? RuleExample.defaultOrganisation
        try write(organisation, to: RegisterLoader.organisationFile, rule: examples.first?.rule ?? "")

        var processors = keepDefaultProcessors ? RuleExample.defaultProcessors + "\n" : "processors:\n"
        for (rule, example) in examples {
            guard let own = example.processors else { continue }
            let header = "processors:\n"
            precondition(own.hasPrefix(header), "a processors example starts with 'processors:'")
            let body = RuleExample.strippingMarkers(String(own.dropFirst(header.count)))
            let offset = processors.split(separator: "\n", omittingEmptySubsequences: false).count - 1
            expected += body.positions.map {
                ExpectedFinding(rule: rule, file: RegisterLoader.processorsFile, line: $0.line + offset, column: $0.column)
            }
            processors += body.text.hasSuffix("\n") ? body.text : body.text + "\n"
        }
        if keepDefaultProcessors || examples.contains(where: { $0.example.processors != nil }) {
            try write(processors, to: RegisterLoader.processorsFile, rule: "")
        }

        for (index, (rule, example)) in examples.enumerated() {
            let id = examples.count == 1 ? "example" : "\(rule)-\(index + 1)"
            try write(example.treatmentFile(id: id, reference: "T-\(index + 1)"), to: "treatments/\(id).yaml", rule: rule)
        }
    }

    private mutating func write(_ text: String, to name: String, rule: String) throws {
        let stripped = RuleExample.strippingMarkers(text)
        expected += stripped.positions.map { ExpectedFinding(rule: rule, file: name, line: $0.line, column: $0.column) }
        try Data(stripped.text.utf8).write(to: directory.appendingPathComponent(name))
    }

    func load() -> LoadedRegister { RegisterLoader().load(directory: directory.path) }

    /// The findings as register-relative positions, for comparison with the markers.
    func findings(_ diagnostics: [Diagnostic]) -> [ExpectedFinding] {
        let prefix = directory.path + "/"
        return diagnostics.map {
            let file = $0.location.file.hasPrefix(prefix) ? String($0.location.file.dropFirst(prefix.count)) : $0.location.file
            return ExpectedFinding(rule: $0.id, file: file, line: $0.location.line, column: $0.location.column)
        }.sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// One example of one rule, as a test argument.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
    var rule: String
    var example: RuleExample
    var triggers: Bool
    var number: Int

    var testDescription: String { "\(rule) \(triggers ? "triggering" : "non-triggering") example \(number)" }

    var date: ISODate { ISODate(parsing: example.date ?? RuleExample.defaultDate) ?? ISODate(daysSinceEpoch: 0) }

    static let all: [RuleExampleCase] = RuleCatalogue.descriptions.flatMap { rule in
        rule.triggeringExamples.enumerated().map { RuleExampleCase(rule: rule.id, example: $1, triggers: true, number: $0 + 1) }
            + rule.nonTriggeringExamples.enumerated().map { RuleExampleCase(rule: rule.id, example: $1, triggers: false, number: $0 + 1) }
    }
}
