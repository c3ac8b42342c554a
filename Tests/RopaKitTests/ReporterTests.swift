import Foundation
import Testing
@testable import RopaKit

@Suite struct ReporterTests {
    let diagnostics = [
        Diagnostic(id: "unknown-key", message: "unknown key 'purpose' in a treatment file",
                   at: SourceLocation(file: "register/treatments/a b.yaml", line: 12, column: 3),
                   notes: [.init("first written here", at: SourceLocation(file: "register/treatments/a b.yaml", line: 3, column: 1))],
                   help: "did you mean 'purposes'?"),
        Diagnostic(id: "retention-cnil-guidance", severity: .warning, message: "longer than 3 years, 100% sure: no",
                   at: SourceLocation(file: "register/treatments/x.yaml", line: 1, column: 1), reference: "CNIL délib. 2021-131"),
    ]
    let context = ReportContext(toolVersion: "9.9.9", fileCount: 2, checks: DiagnosticID.catalogue)

    @Test func githubLinesAreWorkflowCommandsWithEscaping() {
        let lines = GitHubReporter().report(diagnostics, context: context).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "::error file=register/treatments/a b.yaml,line=12,col=3,title=unknown-key%3A A key is not part of the register format::unknown key 'purpose' in a treatment file%0Ahelp: did you mean 'purposes'?")
        #expect(lines[1] == "::warning file=register/treatments/x.yaml,line=1,col=1,title=retention-cnil-guidance::longer than 3 years, 100%25 sure: no%0Asee: CNIL délib. 2021-131")
    }

    /// A bidirectional control quoted by a message would reorder the annotation a reviewer reads.
    @Test func githubAnnotationsShowInvisibleCharacters() {
        let diagnostic = Diagnostic(id: "invalid-value", message: "'exe\u{202E}gnp.' is not a known legal basis",
                                    at: SourceLocation(file: "t\u{200B}.yaml", line: 1, column: 1))
        let line = GitHubReporter().report([diagnostic], context: context)
        #expect(line == "::error file=t<U+200B>.yaml,line=1,col=1,title=invalid-value%3A A value is not in its list of allowed values::'exe<U+202E>gnp.' is not a known legal basis\n")
    }

    @Test func sarifHasVersionRunsRulesAndLocatedResults() throws {
        let json = SARIFReporter().report(diagnostics, context: context)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "ropa")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "unknown-key" })
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == 2)
        let first = results[0]
        #expect(first["ruleId"] as? String == "unknown-key")
        #expect(first["level"] as? String == "error")
        let index = try #require(first["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "unknown-key")
        let region = try #require(((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 12)
        #expect(region["startColumn"] as? Int == 3)
        let uri = ((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]).flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String }
        #expect(uri == "register/treatments/a%20b.yaml")
        #expect(results[1]["level"] as? String == "warning")
        #expect(results[1]["ruleIndex"] == nil, "a rule outside the catalogue has no index")
    }

    /// What GitHub code scanning reads: every rule with a full description and help, every result
    /// with a fingerprint that does not move with the line, regions with an end, paths relative
    /// to `%SRCROOT%`.
    @Test func sarifHasWhatCodeScanningNeeds() throws {
        let base = "/work/repo"
        let located = [
            Diagnostic(id: "unknown-key", message: "unknown key 'nmae' in a treatment file",
                       at: SourceLocation(file: "/work/repo/register/treatments/paie.yaml", line: 2, column: 1)),
            Diagnostic(id: "unknown-key", message: "unknown key 'nmae' in a treatment file",
                       at: SourceLocation(file: "./register/treatments/paie.yaml", line: 9, column: 3)),
            Diagnostic(id: "missing-key", message: "missing 'name'", at: SourceLocation(file: "/elsewhere/t é.yaml", line: 1, column: 1)),
        ]
        let sources = ["/work/repo/register/treatments/paie.yaml": "id: paie\nnmae: Gestion de la paie\n"]
        let checks = RegisterCheck.catalogue
        let context = ReportContext(toolVersion: "9.9.9", fileCount: 2, checks: checks, baseDirectory: base,
                                    documentationURL: "https://example.org/docs/rules.md", sources: sources)
        let log = try sarifLog(SARIFReporter().report(located, context: context))
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
        #expect(bases == ["%SRCROOT%": ["uri": "file:///work/repo/"]])
        #expect(run["columnKind"] as? String == "unicodeCodePoints")

        let rules = try #require((run["tool"] as? [String: Any]).flatMap { ($0["driver"] as? [String: Any])?["rules"] as? [[String: Any]] })
        #expect(rules.count == checks.count)
        for rule in rules {
            let id = try #require(rule["id"] as? String)
            let full = try #require((rule["fullDescription"] as? [String: String])?["text"], "\(id)")
            let help = try #require(rule["help"] as? [String: String], "\(id)")
            #expect(!full.isEmpty && !(help["text"] ?? "").isEmpty && !(help["markdown"] ?? "").isEmpty, "\(id)")
            #expect((rule["helpUri"] as? String)?.hasPrefix("https://example.org/docs/rules.md#") == true, "\(id)")
        }
        let transfer = try #require(rules.first { $0["id"] as? String == "transfer-ground" })
        #expect((transfer["helpUri"] as? String) == "https://example.org/docs/rules.md#transfer-ground")
        #expect(((transfer["help"] as? [String: String])?["markdown"] ?? "").contains("```yaml"), "a rule's help shows its examples")
        #expect(((transfer["fullDescription"] as? [String: String])?["text"] ?? "").contains("Reference: "))

        let results = try #require(run["results"] as? [[String: Any]])
        let artifacts = try results.map { try #require(($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]) }
        let uris = artifacts.map { $0["artifactLocation"] as? [String: String] }
        #expect(uris[0] == ["uri": "register/treatments/paie.yaml", "uriBaseId": "%SRCROOT%"], "absolute under the base: relative")
        #expect(uris[1] == ["uri": "register/treatments/paie.yaml", "uriBaseId": "%SRCROOT%"], "./ dropped")
        #expect(uris[2] == ["uri": "file:///elsewhere/t%20%C3%A9.yaml"], "outside the base: an absolute file URI")
        let region = try #require(artifacts[0]["region"] as? [String: Int])
        #expect(region == ["startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 25], "to the end of 'nmae: Gestion de la paie'")
        #expect((artifacts[2]["region"] as? [String: Int])?["endColumn"] == 2, "without the text: one character")

        let prints = results.map { ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] }
        #expect(prints.allSatisfy { $0 != nil })
        #expect(prints[0] != prints[1], "the same finding twice in a file: two occurrences")
        #expect(prints[0]?.dropLast(2) == prints[1]?.dropLast(2), "same rule, file and message: same hash")

        // The same finding three lines lower keeps its fingerprint: the alert is not reopened.
        var moved = located
        moved[0].location.line = 5
        let again = try sarifLog(SARIFReporter().report(moved, context: context))
        let movedPrints = ((again["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?
            .map { ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] }
        #expect(movedPrints == prints)
    }

    private func sarifLog(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func jsonIsStableAndComplete() throws {
        let json = JSONReporter().report(diagnostics, context: context)
        #expect(json == JSONReporter().report(diagnostics, context: context))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["format_version"] as? Int == 1)
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["errors": 1, "warnings": 1, "files": 2])
        let entries = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(entries[0]["help"] as? String == "did you mean 'purposes'?")
        #expect((entries[0]["location"] as? [String: Any])?["line"] as? Int == 12)
        #expect(entries[0]["reference"] == nil)
        #expect(entries[1]["reference"] as? String == "CNIL délib. 2021-131")
    }

    @Test func textShowsLineCaretHelpAndSummary() {
        let reporter = TextReporter()
        let sources = ["register/treatments/a b.yaml": "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\n\tpurpose: x\n"]
        let output = reporter.report([diagnostics[0]], sources: sources)
        #expect(output == """
        register/treatments/a b.yaml:12:3: error: unknown key 'purpose' in a treatment file [unknown-key]
         12 |     purpose: x
            |      ^
          note: first written here (register/treatments/a b.yaml:3:1)
          help: did you mean 'purposes'?

        """)
        #expect(reporter.summary(diagnostics, fileCount: 14) == "1 error, 1 warning in 14 files\n")
        #expect(!TextReporter(errorsOnly: true).report(diagnostics, sources: [:]).contains("warning"))
        #expect(TextReporter(useColour: true).report(diagnostics, sources: [:]).contains("\u{1B}["))
        #expect(!reporter.report(diagnostics, sources: [:]).contains("\u{1B}"))
    }

    /// A file saved with Windows line ends is quoted line by line too, without the CR.
    @Test func textQuotesTheLineOfAFileWithCRLFLineEnds() {
        let sources = ["register/treatments/a b.yaml": String(repeating: "x: 1\r\n", count: 11) + "\tpurpose: x\r\nlast: 2\r\n"]
        let output = TextReporter().report([diagnostics[0]], sources: sources)
        #expect(output.contains(" 12 |     purpose: x\n    |      ^\n"))
        #expect(!output.contains("\r"))
    }
}
