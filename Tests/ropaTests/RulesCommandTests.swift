import Foundation
import Testing
import RopaKit

/// End to end: the built `ropa` binary, its output and its exit status.
struct RopaRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The `ropa` executable SwiftPM built next to the test bundle.
    static var executable: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("ropa") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
    }
}

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
        let run = try RopaRun(["rules"])
        #expect(run.status == 0)
        for rule in RuleCatalogue.descriptions {
            #expect(run.stdout.contains(rule.id) && run.stdout.contains(rule.title), "\(rule.id)")
        }
    }

    @Test func rulesMarkdownIsTheCatalogue() throws {
        let run = try RopaRun(["rules", "--markdown"])
        #expect(run.status == 0)
        #expect(run.stdout == RuleDocumentation.markdown())
    }

    @Test func explainPrintsRationaleReferenceAndExamples() throws {
        let run = try RopaRun(["explain", "retention-cnil-guidance"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Reference: CNIL, délibération n° 2021-131"))
        #expect(run.stdout.contains("duration: ↓5 years"))
        #expect(run.stdout.contains("Does not trigger"))
    }

    @Test func explainUnknownRuleSuggestsAndExits2() throws {
        let run = try RopaRun(["explain", "retention-cnil-guidanse"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("did you mean 'retention-cnil-guidance'?") || run.stderr.contains("Did you mean 'retention-cnil-guidance'?"))
        #expect(run.stdout.isEmpty)
    }

    @Test func validateRunsTheRulesOnTheGivenDate() throws {
        let register = try TemporaryRegister(treatment: "updated: 2025-03-01\n")
        defer { register.remove() }
        let run = try RopaRun(["validate", register.path, "--date", "2026-06-01"])
        #expect(run.status == 0, "a warning does not fail")
        #expect(run.stdout.contains("warning: the fiche was last updated on 2025-03-01, more than 12 months before 2026-06-01 [review-overdue]"))
        let strict = try RopaRun(["validate", register.path, "--date", "2026-06-01", "--strict"])
        #expect(strict.status == 1, "--strict fails on warnings")
        let longer = try RopaRun(["validate", register.path, "--date", "2026-06-01", "--review-months", "24"])
        #expect(longer.status == 0 && !longer.stdout.contains("review-overdue"))
        let earlier = try RopaRun(["validate", register.path, "--date", "2025-06-01"], environment: [:])
        #expect(!earlier.stdout.contains("review-overdue"))
    }

    @Test func validateTakesTheDateFromSourceDateEpoch() throws {
        let register = try TemporaryRegister(treatment: "updated: 2026-07-14\n")
        defer { register.remove() }
        // 2026-06-01T00:00:00Z
        let run = try RopaRun(["validate", register.path], environment: ["SOURCE_DATE_EPOCH": "1780272000"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("after the register's date 2026-06-01 [future-date]"))
    }

    @Test func validateRejectsABadDate() throws {
        let register = try TemporaryRegister(treatment: "updated: 2026-01-10\n")
        defer { register.remove() }
        #expect(try RopaRun(["validate", register.path, "--date", "2026-13-01"]).status == 2)
        #expect(try RopaRun(["validate", register.path], environment: ["SOURCE_DATE_EPOCH": "yesterday"]).status == 2)
    }

    @Test func aWaivedFindingIsANoteWithItsReason() throws {
        let register = try TemporaryRegister(treatment: """
            updated: 2025-03-01
            waivers:
              - rule: review-overdue
                reason: traitement gelé depuis la fermeture de la boutique, revu à sa réouverture
            """)
        defer { register.remove() }
        let run = try RopaRun(["validate", register.path, "--date", "2026-06-01", "--strict"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("note: the fiche was last updated on 2025-03-01"))
        #expect(run.stdout.contains("waived: traitement gelé depuis la fermeture de la boutique"))
    }

    @Test func sarifListsTheRules() throws {
        let register = try TemporaryRegister(treatment: "updated: 2026-01-10\n")
        defer { register.remove() }
        let run = try RopaRun(["validate", register.path, "--date", "2026-06-01", "--format", "sarif"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"retention-cnil-guidance\""))
    }
}
