import Foundation
import Testing
@testable import RopaKit

/// Registers beyond commerce (issue 16): an employer, a commune, an association with children
/// and a processor, each checked on 2026-12-01 with exactly the findings a careful DPO expects.
/// The fixtures (Tests/Fixtures/breadth/) mark each deliberate gap with a `# expected:` comment
/// on the line before the finding; everything else in them is written to be compliant.
@Suite struct BreadthRegisterTests {
    static func directory(_ name: String) -> String { RenderingSupport.packageRoot + "/Tests/Fixtures/breadth/" + name }

    static let date = ISODate(parsing: "2026-12-01") ?? ISODate(daysSinceEpoch: 0)

    /// A finding: the rule, the treatment file (name only) and the line.
    struct Finding: Hashable, Comparable, CustomStringConvertible, Sendable {
        var rule: String
        var file: String
        var line: Int
        static func < (a: Self, b: Self) -> Bool { (a.file, a.line, a.rule) < (b.file, b.line, b.rule) }
        var description: String { "\(rule) at \(file):\(line)" }
    }

    static func finding(_ rule: String, _ file: String, _ line: Int) -> Finding { Finding(rule: rule, file: file, line: line) }

    /// What a careful DPO would report on each register, written before the rules.
    static let expected: [String: [Finding]] = [
        "employer": [
            // Candidates not hired: the CNIL's recruitment guide says 2 years from the last contact.
            finding("retention-cnil-guidance", "recrutement.yaml", 23),
            // Clauses with a US software vendor, and no transfer impact assessment.
            finding("transfer-impact-assessment", "recrutement.yaml", 39),
            // The double of each pay slip is kept 5 years (Code du travail, art. L3243-4): 3 is too short.
            finding("retention-cnil-minimum", "paie.yaml", 24),
            // CCTV of employees: systematic monitoring of vulnerable persons, and nothing said of a DPIA.
            finding("dpia-assessed", "videosurveillance.yaml", 3),
            // Badge logs kept 6 months; the CNIL says 3.
            finding("retention-cnil-guidance", "badges.yaml", 27),
            // Geolocation: location data, employees, monitoring — "not required", with no reason.
            finding("dpia-required", "geolocalisation.yaml", 37),
            // Whistleblowing is type 6 of the CNIL list: a DPIA, whatever the justification.
            finding("dpia-cnil-list", "alertes.yaml", 38),
        ],
        "commune": [
            // Street CCTV: one month at most (Code de la sécurité intérieure, art. L252-5).
            finding("retention-cnil-guidance", "videoprotection.yaml", 20),
            // A public authority cannot rely on legitimate interests for its tasks.
            finding("public-body-legitimate-interests", "lettre-information.yaml", 10),
            // Social housing applications: type 12 of the CNIL list, and no DPIA recorded.
            finding("dpia-cnil-list", "logement-social.yaml", 10),
            // A public task that does not name its text.
            finding("legal-text-stated", "jumelage.yaml", 10),
            // The Canadian decision covers commercial organisations: not a city.
            finding("adequacy-out-of-scope", "jumelage.yaml", 30),
        ],
        "association": [
            // Members' data kept 3 years after they leave.
            finding("retention-cnil-guidance", "adherents.yaml", 25),
            // Children under 15 consent to an online service: how do their parents consent with them?
            finding("parental-consent-under-15", "espace-membre.yaml", 11),
            // A joint tournament with the regional league, with no arrangement.
            finding("joint-arrangement", "tournoi.yaml", 9),
        ],
        "processor": [
            // A client named without its contact details (Art. 30(2)(a)).
            finding("processor-controllers-contact", "paie-clients.yaml", 12),
            // A processor's own transfer on clauses still needs its impact assessment.
            finding("transfer-impact-assessment", "support-logiciel.yaml", 30),
        ],
    ]

    @Test(arguments: ["employer", "commune", "association", "processor"])
    func aRegisterGetsExactlyTheExpectedFindings(_ name: String) throws {
        let result = RegisterCheck().run(directory: Self.directory(name), context: RuleContext(date: Self.date))
        let loading = result.loaded.diagnostics
        #expect(loading.isEmpty, "\(name) loads cleanly: \(loading.map { "\($0.location): \($0.message)" })")
        let found = result.diagnostics.filter { $0.severity != .note }.map {
            Finding(rule: $0.id, file: URL(fileURLWithPath: $0.location.file).lastPathComponent, line: $0.location.line)
        }.sorted()
        let expected = (Self.expected[name] ?? []).sorted()
        #expect(found == expected, """
            \(name):
            unexpected: \(found.filter { !expected.contains($0) })
            missing: \(expected.filter { !found.contains($0) })
            """)
        // The fixtures say the same: one `# expected:` comment right above each finding.
        for finding in expected {
            let path = Self.directory(name) + "/treatments/" + finding.file
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.indices.contains(finding.line - 2) && lines[finding.line - 2].contains("# expected: \(finding.rule)"),
                    "\(finding) is marked in the fixture")
        }
    }

    /// Each finding explains itself: the criteria read from the content, the référentiel, the scope.
    @Test func theMessagesSayWhy() throws {
        func messages(_ name: String, _ rule: String) -> [String] {
            RegisterCheck().run(directory: Self.directory(name), context: RuleContext(date: Self.date)).diagnostics
                .filter { $0.id == rule }.map(\.message)
        }
        let geolocation = try #require(messages("employer", "dpia-required").first)
        #expect(geolocation.contains("location data") && geolocation.contains("employees") && geolocation.contains("monitoring"))
        let whistleblowing = try #require(messages("employer", "dpia-cnil-list").first)
        #expect(whistleblowing.contains("n° 6"))
        let twinning = try #require(messages("commune", "adequacy-out-of-scope").first)
        #expect(twinning.contains("PIPEDA") || twinning.contains("commercial"))
        let badges = messages("employer", "retention-cnil-guidance").joined(separator: "\n")
        #expect(badges.contains("3 months"))
    }
}
