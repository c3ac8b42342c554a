import Foundation
import Testing
import RopaKit

/// A small register on disk for the CLI tests.
struct TemporaryRegister {
    let path: String

    init(treatment: String, processors: String? = nil) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("treatments"), withIntermediateDirectories: true)
        try Data(RuleExample.defaultOrganisation.utf8).write(to: directory.appendingPathComponent("organisation.yaml"))
        if let processors {
            try Data(processors.utf8).write(to: directory.appendingPathComponent("processors.yaml"))
        }
        try Data(RuleExample(treatment).treatmentFile().utf8).write(to: directory.appendingPathComponent("treatments/example.yaml"))
        path = directory.path
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

@Suite struct RulesCommandTests {
    @Test func rulesListsEveryRuleWithSeverityAndTitle() throws {
        let run = try runRopa(["rules"])
        #expect(run.status == 0)
        for rule in RuleCatalogue.descriptions {
            #expect(run.stdout.contains(rule.id) && run.stdout.contains(rule.title), "\(rule.id)")
        }
    }

    @Test func rulesMarkdownIsTheCatalogue() throws {
        let run = try runRopa(["rules", "--markdown"])
        #expect(run.status == 0)
        #expect(run.stdout == RuleDocumentation.markdown())
    }

    @Test func explainPrintsRationaleReferenceAndExamples() throws {
        let run = try runRopa(["explain", "retention-cnil-guidance"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Reference: CNIL, délibération n° 2021-131"))
        #expect(run.stdout.contains("duration: ↓5 years"))
        #expect(run.stdout.contains("Does not trigger"))
    }

    @Test func explainUnknownRuleSuggestsAndExits2() throws {
        let run = try runRopa(["explain", "retention-cnil-guidanse"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean 'retention-cnil-guidance'?") || run.stderr.contains("Did you mean 'retention-cnil-guidance'?"))
        #expect(run.stdout.isEmpty)
    }

    @Test func validateRunsTheRulesOnTheGivenDate() throws {
        let register = try TemporaryRegister(treatment: "updated: 2025-03-01\n")
        defer { register.remove() }
        let run = try runRopa(["validate", register.path, "--date", "2026-06-01"])
        #expect(run.status == 0, "a warning does not fail")
        #expect(run.stdout.contains("warning: the fiche was last updated on 2025-03-01, more than 12 months before 2026-06-01 [review-overdue]"))
        let strict = try runRopa(["validate", register.path, "--date", "2026-06-01", "--strict"])
        #expect(strict.status == 1, "--strict fails on warnings")
        let longer = try runRopa(["validate", register.path, "--date", "2026-06-01", "--review-months", "24"])
        #expect(longer.status == 0 && !longer.stdout.contains("review-overdue"))
        let earlier = try runRopa(["validate", register.path, "--date", "2025-06-01"], env: [:])
        #expect(!earlier.stdout.contains("review-overdue"))
    }

    @Test func validateTakesTheDateFromSourceDateEpoch() throws {
        let register = try TemporaryRegister(treatment: "updated: 2026-07-14\n")
        defer { register.remove() }
        // 2026-06-01T00:00:00Z
        let run = try runRopa(["validate", register.path], env: ["SOURCE_DATE_EPOCH": "1780272000"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("after the register's date 2026-06-01 [future-date]"))
    }

    @Test func validateRejectsABadDate() throws {
        let register = try TemporaryRegister(treatment: "updated: 2026-01-10\n")
        defer { register.remove() }
        #expect(try runRopa(["validate", register.path, "--date", "2026-13-01"]).status == 2)
        #expect(try runRopa(["validate", register.path], env: ["SOURCE_DATE_EPOCH": "yesterday"]).status == 2)
    }

    @Test func aWaivedFindingIsANoteWithItsReason() throws {
        let register = try TemporaryRegister(treatment: """
            updated: 2025-03-01
            waivers:
              - rule: review-overdue
                reason: traitement gelé depuis la fermeture de la boutique, revu à sa réouverture
            """)
        defer { register.remove() }
        let run = try runRopa(["validate", register.path, "--date", "2026-06-01", "--strict"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("note: the fiche was last updated on 2025-03-01"))
        #expect(run.stdout.contains("waived: traitement gelé depuis la fermeture de la boutique"))
    }

    @Test func sarifListsTheRules() throws {
        let register = try TemporaryRegister(treatment: "updated: 2026-01-10\n")
        defer { register.remove() }
        let run = try runRopa(["validate", register.path, "--date", "2026-06-01", "--format", "sarif"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"retention-cnil-guidance\""))
    }
}
