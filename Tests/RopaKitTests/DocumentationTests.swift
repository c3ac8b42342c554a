import Foundation
import Testing
import RopaKit

/// The DocC articles' code (Sources/RopaKit/RopaKit.docc), compiled and run against the public API
/// only (no @testable): if an article's example stops compiling or stops doing what it says, this
/// fails.
@Suite struct DocumentationTests {
    static let example = RenderingSupport.packageRoot + "/register"

    /// "Getting started": load and check, read the treatments, render, write.
    @Test func gettingStartedRunsAsWritten() throws {
        let today = try #require(ISODate(year: 2026, month: 12, day: 1))
        let check = RegisterCheck().run(directory: Self.example, context: RuleContext(date: today))
        #expect(!check.diagnostics.contains { $0.isInputFailure })
        #expect(TextReporter().summary(check.diagnostics, fileCount: check.loaded.fileCount).contains("files"))

        let register = try #require(check.loaded.register)
        #expect(register.treatments.count > 5)
        for treatment in register.treatments {
            #expect(!treatment.reference.isEmpty && treatment.purposes.contains { $0.legalBasis != nil })
            #expect(treatment.source["name"].line >= 1)
        }

        let options = RenderOptions(format: .html, language: .fr, date: today, draft: check.diagnostics.hasErrors)
        let html = try DocumentRenderer(options: options).render(register)
        #expect(html.hasPrefix("<!DOCTYPE html>"))

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-docc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("register.html").path
        switch OutputFile.write(html, to: path) {
        case .success: #expect(try String(contentsOfFile: path, encoding: .utf8) == html)
        case .failure(let failure): Issue.record("cannot write: \(failure.description)")
        }
    }

    /// "Writing a rule": the house rule reports a fiche without a department, at its name, and
    /// only that; run beside ropa's rules with `RuleEngine`.
    @Test func writingARuleExampleReportsWhereItSays() throws {
        let today = try #require(ISODate(year: 2026, month: 12, day: 1))
        let context = RuleContext(date: today)
        let check = RegisterCheck().run(directory: Self.example, context: context)
        let register = try #require(check.loaded.register)
        let mine = RuleEngine(rules: [DepartmentStatedRule()]).check(register, context: context)
        let without = register.treatments.filter { $0.department == nil }
        #expect(mine.count == without.count)
        #expect(Set(mine.map(\.location)) == Set(without.map { $0.source["name"] }))
        #expect(mine.allSatisfy { $0.id == "department-stated" && $0.severity == .warning && $0.reference == "RGPD art. 30(1)" })
        let all = (check.diagnostics + mine).sortedByLocation()
        #expect(all.count == check.diagnostics.count + mine.count)
    }
}

/// The rule of "Writing a rule", as the article shows it.
public struct DepartmentStatedRule: TreatmentRule {
    public init() {}

    public static let description = RuleDescription(
        id: "department-stated",
        severity: .warning,
        title: "Every fiche names the department in charge",
        reference: "RGPD art. 30(1)",
        rationale: "Our house rule: the register says who runs each processing, so that a request reaches them.",
        triggeringExamples: [
            RuleExample("""
                name: ↓Gestion de la paie
                """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                name: Gestion de la paie
                department: Ressources humaines
                """),
        ])

    public func check(_ treatment: Treatment, in register: Register, context: RuleContext) -> [Diagnostic] {
        guard treatment.department == nil else { return [] }
        return [Self.diagnostic("the treatment '\(treatment.name)' does not say which department runs it",
                                at: treatment.source["name"],
                                help: "add 'department:' with the service in charge")]
    }
}
