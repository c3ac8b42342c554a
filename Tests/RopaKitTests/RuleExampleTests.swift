import Foundation
import Testing
@testable import RopaKit

/// Every rule's examples, through the real loader and the rule engine: a triggering example must
/// report exactly where its `↓` markers stand, a non-triggering one must not report at all.
@Test(arguments: RuleExampleCase.all)
func ruleExample(_ test: RuleExampleCase) throws {
    let register = try ExampleRegister([(test.rule, test.example)], keepDefaultProcessors: test.example.processors == nil)
    defer { register.remove() }
    let loaded = register.load()
    // A placeholder is loaded with its `incomplete-value` warning: the examples that show a rule
    // refusing one as proof have it.
    #expect(loaded.diagnostics.filter { $0.id != DiagnosticID.incompleteValue }.isEmpty, "the example does not load cleanly:\n\(loaded.diagnostics.map { "\($0.location): \($0.message)" }.joined(separator: "\n"))")
    let model = try #require(loaded.register)
    let diagnostics = RuleEngine().check(model, context: RuleContext(date: test.date))
    let found = register.findings(diagnostics.filter { $0.id == test.rule })
    if test.triggers {
        #expect(!register.expected.isEmpty, "a triggering example marks where the rule reports, with \(RuleExample.marker)")
    } else {
        #expect(register.expected.isEmpty, "a non-triggering example has no \(RuleExample.marker) marker")
    }
    #expect(found == register.expected.sorted())
    for diagnostic in diagnostics where diagnostic.id == test.rule {
        #expect(!diagnostic.message.isEmpty && diagnostic.help?.isEmpty == false && diagnostic.reference?.isEmpty == false)
    }
}

/// All examples of all rules together, one register per register date and organisation (a
/// public body's, a foreign club's): exactly the marked diagnostics, no more. This is what catches
/// an example that trips another rule.
@Test func registerOfAllExamplesYieldsExactlyTheMarkedDiagnostics() throws {
    struct Group: Hashable { var date: ISODate; var organisation: String? }
    let groups = Dictionary(grouping: RuleExampleCase.all) { Group(date: $0.date, organisation: $0.example.organisation) }
    for (group, cases) in groups.sorted(by: { ($0.key.date, $0.key.organisation ?? "") < ($1.key.date, $1.key.organisation ?? "") }) {
        let date = group.date
        let register = try ExampleRegister(cases.map { ($0.rule, $0.example) },
                                           keepDefaultProcessors: date == ISODate(parsing: RuleExample.defaultDate) && group.organisation == nil)
        defer { register.remove() }
        let loaded = register.load()
        #expect(loaded.diagnostics.filter { $0.id != DiagnosticID.incompleteValue }.isEmpty, "on \(date): \(loaded.diagnostics.map { "\($0.location): \($0.message)" })")
        let model = try #require(loaded.register)
        let reported = RuleEngine().check(model, context: RuleContext(date: date)).filter { $0.severity != .note }
        let found = register.findings(reported)
        let expected = register.expected.sorted()
        #expect(found == expected, """
            on \(date):
            unexpected: \(found.filter { !expected.contains($0) })
            missing: \(expected.filter { !found.contains($0) })
            """)
    }
}

@Test func everyRuleIsDescribedAndProvedByExamples() {
    let descriptions = RuleCatalogue.descriptions
    #expect(Set(descriptions.map(\.id)).count == descriptions.count, "rule ids are unique")
    let structural = Set(DiagnosticID.catalogue.map(\.id))
    for rule in descriptions {
        #expect(rule.id.isIdentifier && !rule.id.contains("_"), "\(rule.id) is kebab-case")
        #expect(!structural.contains(rule.id), "\(rule.id) is also a structural check")
        #expect(!rule.title.isEmpty && !rule.reference.isEmpty && rule.rationale.count > 80, "\(rule.id)")
        #expect(!rule.triggeringExamples.isEmpty && !rule.nonTriggeringExamples.isEmpty, "\(rule.id) has both kinds of example")
        for example in rule.triggeringExamples + rule.nonTriggeringExamples {
            #expect(example.date.map { ISODate(parsing: $0) != nil } ?? true, "\(rule.id): example date")
        }
    }
}

@Test func docsRulesMarkdownIsUpToDate() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent(RuleDocumentation.markdownPath)
    let committed = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
    #expect(committed == RuleDocumentation.markdown(),
            "\(RuleDocumentation.markdownPath) is stale: regenerate it with `\(RuleDocumentation.regenerateCommand)`")
}
