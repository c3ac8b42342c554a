import Foundation
import Testing
@testable import RopaKit

private func day(_ text: String) -> ISODate { ISODate(parsing: text) ?? ISODate(daysSinceEpoch: 0) }

// MARK: - Reference data behind the rules

@Test func cnilDPIAListHasItsFourteenTypesInOrder() {
    #expect(CNILDPIAType.allCases.count == 14)
    #expect(CNILDPIAType.allCases.map(\.number) == Array(1...14))
    #expect(CNILDPIAType.profilingExternalData.number == 10)
    #expect(CNILDPIAType.largeScaleLocation.number == 14)
    for type in CNILDPIAType.allCases {
        #expect(type.criteria.count >= 2, "every type of the list meets at least two criteria (fact sheet §4.1)")
        #expect(!type.label.fr.isEmpty && !type.label.en.isEmpty)
    }
    #expect(DPIALists.criteriaThreshold == 2 && DPIALists.reviewPeriodYears == 3)
    #expect(DPIACriterion.allCases.count == 9)
}

@Test func retentionGuidanceHasItsSourcesAndDurations() {
    let byID = Dictionary(uniqueKeysWithValues: RetentionGuidance.all.map { ($0.id, $0) })
    #expect(byID.count == RetentionGuidance.all.count, "ids are unique")
    #expect(byID["prospects"]?.limit == Duration(3, .years))
    #expect(byID["clients"]?.limit == Duration(3, .years))
    #expect(byID["bank-card"]?.limit == Duration(13, .months))
    #expect(byID["tracers"]?.limit == Duration(13, .months))
    #expect(byID["audience-data"]?.limit == Duration(25, .months))
    #expect(byID["logs"]?.limit == Duration(1, .years))
    #expect(byID["candidates-not-hired"]?.limit == Duration(2, .years))
    #expect(byID["video"]?.limit == Duration(1, .months))
    #expect(byID["access-logs"]?.limit == Duration(3, .months))
    #expect(byID["vehicle-location"]?.limit == Duration(2, .months))
    #expect(byID["call-recordings"]?.limit == Duration(6, .months))
    #expect(byID["opposition-list"]?.bound == .minimum && byID["opposition-list"]?.limit == Duration(3, .years))
    #expect(byID["payslips"]?.bound == .minimum && byID["payslips"]?.limit == Duration(5, .years))
    for guideline in RetentionGuidance.commercial {
        #expect(guideline.source.hasPrefix("cnil-register-facts.md §3"), "\(guideline.id)")
    }
    for guideline in RetentionGuidance.all {
        // Each fact says how far its source was read, and a secondary one says so in its finding.
        #expect(guideline.source.contains("[P") || guideline.source.contains("[S") || guideline.source.contains("cnil-register-facts.md"), "\(guideline.id)")
        #expect((guideline.status == .primary) == (guideline.caveat == nil), "\(guideline.id)")
        #expect(guideline.dated.map { $0 != ISODate(daysSinceEpoch: 0) } ?? true, "\(guideline.id)")
        #expect(!guideline.citation.isEmpty && !guideline.wording.isEmpty && !guideline.categories.isEmpty)
    }
}

@Test func referenceDatesAreReal() {
    let epoch = ISODate(daysSinceEpoch: 0)
    for date in [RetentionGuidance.asOf, DPIALists.asOf, ProspectionLaw.asOf, ProspectionLaw.telephoneConsentFrom] {
        #expect(date != epoch)
    }
    #expect(ProspectionLaw.telephoneConsentFrom == day("2026-08-11"))
}

@Test func guidelinesMatchTheSameKindOfData() {
    let prospects = RetentionGuidance.all[0]
    #expect(prospects.applies(to: .identification, subjects: [.prospects], start: .lastContact, phase: .active))
    #expect(!prospects.applies(to: .identification, subjects: [.clients], start: .lastContact, phase: .active))
    #expect(!prospects.applies(to: .connection, subjects: [.prospects], start: .lastContact, phase: .active))
    #expect(!prospects.applies(to: .identification, subjects: [.prospects], start: .lastContact, phase: .archive))
}

// MARK: - Dates

@Test func addingMonthsClampsToTheMonthsLastDay() {
    #expect(day("2024-01-31").addingMonths(1) == day("2024-02-29"))
    #expect(day("2025-12-15").addingMonths(12) == day("2026-12-15"))
    #expect(day("2026-03-31").addingMonths(-1) == day("2026-02-28"))
    #expect(day("2026-01-10").addingMonths(-13) == day("2024-12-10"))
}

// MARK: - Waivers

private func check(_ treatment: String) throws -> [Diagnostic] {
    let register = try ExampleRegister([("", RuleExample(treatment))], keepDefaultProcessors: false)
    defer { register.remove() }
    let loaded = register.load()
    #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.message))")
    let model = try #require(loaded.register)
    return RuleEngine().check(model, context: RuleContext(date: day(RuleExample.defaultDate)))
}

@Test func aJustifiedWaiverTurnsItsRulesFindingIntoANote() throws {
    let diagnostics = try check("""
        updated: 2025-01-15
        waivers:
          - rule: review-overdue
            reason: boutique fermée, fiche revue à la réouverture
        """)
    let finding = try #require(diagnostics.first { $0.id == "review-overdue" })
    #expect(finding.severity == .note)
    #expect(finding.notes.last?.message == "waived: boutique fermée, fiche revue à la réouverture")
    #expect(!diagnostics.hasErrors && diagnostics.warningCount == 0)
}

@Test func anUnjustifiedWaiverSetsNothingAside() throws {
    let diagnostics = try check("""
        updated: 2025-01-15
        waivers:
          - rule: review-overdue
            reason: ok
        """)
    #expect(diagnostics.first { $0.id == "review-overdue" }?.severity == .warning)
    #expect(diagnostics.first { $0.id == "waiver-justified" }?.severity == .error)
}

@Test func waiverRulesCannotBeWaived() throws {
    let diagnostics = try check("""
        waivers:
          - rule: waiver-justified
            reason: nous ne voulons pas justifier nos dérogations
          - rule: review-overdue
            reason: court
        """)
    #expect(diagnostics.first { $0.id == "waiver-justified" }?.severity == .error)
    #expect(diagnostics.first { $0.id == "waiver-unknown-rule" }?.message.contains("cannot be waived") == true)
}

// MARK: - The example register

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
private let exampleRegister = packageRoot + "/register"

/// The example register passes the rules (warnings allowed), as of its most recent update, but
/// where a rule needs a fact that the register marks as still to complete ("à compléter").
@Test(.enabled(if: FileManager.default.fileExists(atPath: exampleRegister + "/organisation.yaml"), "the example register is not there yet"))
func exampleRegisterHasNoRuleErrorsButItsPlaceholders() throws {
    let loaded = RegisterLoader().load(directory: exampleRegister)
    let model = try #require(loaded.register)
    let date = try #require(model.treatments.compactMap(\.updated).max())
    let errors = RuleEngine().check(model, context: RuleContext(date: date))
        .filter { $0.severity == .error && !$0.message.contains("is a placeholder") }
    #expect(errors.isEmpty, "\(errors.map { "\($0.location): \($0.message) [\($0.id)]" }.joined(separator: "\n"))")
}

/// docs/format.md is written by hand: the vocabularies the rules added must stay listed there.
@Test func formatDocumentationListsTheRulesVocabularies() throws {
    let format = try String(contentsOfFile: packageRoot + "/docs/format.md", encoding: .utf8)
    for type in CNILDPIAType.allCases {
        #expect(format.contains("| `\(type.rawValue)` | \(type.number) | \(type.label.fr) |"), "\(type.rawValue)")
    }
    for channel in ProspectionChannel.allCases {
        #expect(format.contains("| `\(channel.rawValue)` | \(channel.label.fr) |"), "\(channel.rawValue)")
    }
    for kind in PurposeKind.allCases {
        #expect(format.contains("| `\(kind.rawValue)` | \(kind.label.fr) |"), "\(kind.rawValue)")
    }
    for age in AgeGroup.allCases {
        #expect(format.contains("| `\(age.rawValue)` | \(age.label.fr)"), "\(age.rawValue)")
    }
    for key in ["channels", "audience", "soft_opt_in", "bloctel", "cnil_list", "prospection", "kind", "age", "impact_assessment",
                "public_body", "arrangement_essence"] {
        #expect(format.contains("| `\(key)` |"), "\(key)")
    }
}

// MARK: - Rules and load errors

/// "No treatment uses this processor" is only true when every treatment loaded: a treatment file
/// with an error may be the one that uses it.
@Test func aProcessorIsNotCalledUnusedWhileATreatmentFailsToLoad() throws {
    let context = RuleContext(date: day("2026-06-01"))
    let broken = TestRegister.treatment().replacingOccurrences(of: "legal_basis: consent", with: "legal_basis: [consent")
    let failing = try TestRegister(treatments: ["prospection": broken])
    defer { failing.remove() }
    let (_, whileBroken) = RegisterCheck().run(directory: failing.directory, context: context)
    #expect(whileBroken.hasErrors)
    #expect(!whileBroken.contains { $0.id == "processor-unused" })

    // The same processor, unused by a register that loads: the rule speaks.
    let unused = TestRegister.treatment().replacingOccurrences(of: "  - processor: emailing", with: "")
    let loading = try TestRegister(treatments: ["prospection": unused])
    defer { loading.remove() }
    let (_, whenLoaded) = RegisterCheck().run(directory: loading.directory, context: context)
    #expect(!whenLoaded.hasErrors)
    #expect(whenLoaded.contains { $0.id == "processor-unused" })
}
