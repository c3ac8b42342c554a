// End-to-end tests of what CI and the referent's editor use: validate's machine formats, schema,
// init / new scaffolds and diff, through the built binary.
import Foundation
import Testing
import RopaKit

@Suite struct CIIntegrationTests {
    /// A register with one unknown key and one warning-free rest, for the format tests.
    func brokenRegister() throws -> ScratchRegister {
        let register = try ScratchRegister(copying: "minimal")
        let path = try #require(try FileManager.default.contentsOfDirectory(atPath: register.path("treatments")).first)
        let text = try String(contentsOfFile: register.path("treatments/\(path)"), encoding: .utf8)
        try register.write("treatments/\(path)", text.replacingOccurrences(of: "\nname:", with: "\nnmae: x\nname:"))
        return register
    }

    @Test func githubFormatPrintsExactWorkflowCommands() throws {
        let register = try brokenRegister()
        let result = try runRopa(["validate", register.path, "--format", "github"], env: fixedSourceDate)
        #expect(result.status == 1, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let line = try #require(lines.first { $0.contains("unknown-key") }, "\(result)")
        #expect(line.hasPrefix("::error file=\(register.path)/treatments/"))
        #expect(line.contains(",line=2,col=1,title=unknown-key%3A A key is not part of the register format::unknown key 'nmae' in a treatment file%0Ahelp: did you mean 'name'?"))
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    }

    @Test func sarifIsStructurallyValid() throws {
        let register = try brokenRegister()
        let result = try runRopa(["validate", register.path, "--format", "sarif"], env: fixedSourceDate)
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = Set(rules.compactMap { $0["id"] as? String })
        #expect(ruleIDs.contains("unknown-key") && ruleIDs.contains("transfer-ground"), "loader checks and GDPR rules are both listed")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for item in results {
            let id = try #require(item["ruleId"] as? String)
            #expect(ruleIDs.contains(id), "\(id) is not in tool.driver.rules")
            let index = try #require(item["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == id)
            let location = try #require((item["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let region = try #require(location["region"] as? [String: Int])
            #expect((region["startLine"] ?? 0) >= 1 && (region["startColumn"] ?? 0) >= 1)
        }
    }

    /// Every SARIF log ropa writes passes the official SARIF 2.1.0 schema (the OASIS file, committed
    /// under Tests/Fixtures/sarif with its provenance), checked by Python's jsonschema: for a clean
    /// register, for the example register with `--docs-url`, and for a register with unknown keys,
    /// an entry that does not parse and a file that is not text. A log broken on purpose must fail,
    /// so that the check is known to check.
    @Test func sarifPassesTheOfficialSchema() throws {
        let clean = try runRopa(["validate", PackagePaths.fixture("minimal").path, "--format", "sarif"], env: fixedSourceDate)
        let example = try runRopa(["validate", PackagePaths.example, "--format", "sarif", "--docs-url", "https://example.org/rules.md"],
                                  env: fixedSourceDate)
        let register = try brokenRegister()
        try register.write("treatments/unclosed.yaml", "id: unclosed\nname: [Paie\n")
        try register.write("treatments/latin1.yaml", bytes: [0x69, 0x64, 0x3A, 0x20, 0xE9, 0x0A])
        let broken = try runRopa(["validate", register.path, "--format", "sarif"], env: fixedSourceDate)
        #expect(broken.status == 1 && broken.stdout.contains("treatments/unclosed.yaml") && broken.stdout.contains("treatments/latin1.yaml"), "\(broken)")
        var logs: [String] = []
        for (name, result) in [("clean", clean), ("example", example), ("broken", broken)] {
            #expect(result.stdout.hasPrefix("{"), "\(name): \(result)")
            try register.write("logs/\(name).sarif", result.stdout)
            logs.append(register.path("logs/\(name).sarif"))
        }
        let verdict = try checkSARIF(logs)
        #expect(verdict.status == 0, "\(verdict.output)")

        try register.write("logs/tampered.sarif", broken.stdout.replacingOccurrences(of: "\"startLine\" : ", with: "\"startLine\" : -"))
        let tampered = try checkSARIF([register.path("logs/tampered.sarif")])
        #expect(tampered.status == 1 && tampered.output.contains("startLine"), "\(tampered.output)")
        try register.write("logs/bad-uri.sarif", broken.stdout.replacingOccurrences(of: "\"uri\" : \"file:///", with: "\"uri\" : \"not a uri :: "))
        let badURI = try checkSARIF([register.path("logs/bad-uri.sarif")])
        #expect(badURI.status == 1 && badURI.output.contains("uri"), "URIs are checked: \(badURI.output)")
    }

    /// Runs Tests/Support/sarif_check.py on `logs`; fails (never skips) when Python or jsonschema is missing.
    private func checkSARIF(_ logs: [String]) throws -> (status: Int32, output: String) {
        let root = PackagePaths.root.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root + "/Tests/Support/sarif_check.py", root + "/Tests/Fixtures/sarif/sarif-schema-2.1.0.json"] + logs
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus != 2 && !text.contains("ModuleNotFoundError"),
                     "sarif_check.py could not run (python3 with jsonschema; .ci/run installs it): \(text)")
        return (process.terminationStatus, text)
    }

    /// Run from the register's parent, as a CI job runs from the repository's top: the file URIs
    /// are relative to `%SRCROOT%`, whatever path the machine gave the checkout.
    @Test func sarifPathsAreRelativeToTheWorkingDirectory() throws {
        let register = try brokenRegister()
        let parent = URL(fileURLWithPath: register.path).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: register.path).lastPathComponent
        let result = try runRopa(["validate", register.path, "--format", "sarif", "--docs-url", "https://example.org/rules.md"],
                                 cwd: parent, env: fixedSourceDate)
        #expect(result.status == 1, "\(result)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let base = try #require((run["originalUriBaseIds"] as? [String: [String: String]])?["%SRCROOT%"]?["uri"])
        #expect(base.hasPrefix("file:///") && base.hasSuffix("/"))
        let results = try #require(run["results"] as? [[String: Any]])
        let finding = try #require(results.first { $0["ruleId"] as? String == "unknown-key" })
        let physical = try #require((finding["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: String])
        #expect(artifact["uriBaseId"] == "%SRCROOT%")
        #expect(artifact["uri"]?.hasPrefix(name + "/treatments/") == true, "\(artifact)")
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region["endLine"] == 2 && (region["endColumn"] ?? 0) > (region["startColumn"] ?? 0))
        #expect((finding["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] != nil)
    }

    @Test func jsonFormatAndTextSummary() throws {
        let register = try brokenRegister()
        let json = try runRopa(["validate", register.path, "--format", "json"], env: fixedSourceDate)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["errors"] == 1)
        let text = try runRopa(["validate", register.path], env: fixedSourceDate)
        #expect(text.stdout.hasSuffix("1 error, \(summary["warnings"] ?? -1) warning\((summary["warnings"] ?? 0) == 1 ? "" : "s") in \(summary["files"] ?? -1) files\n"), "\(text)")
    }

    @Test func unknownFormatIsAUsageError() throws {
        let result = try runRopa(["validate", "--format", "xml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'xml' is invalid for '--format"))
    }

    @Test func schemaCommandPrintsAndWrites() throws {
        let printed = try runRopa(["schema", "treatment"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""))
        let directory = try ScratchRegister()
        let written = try runRopa(["schema", "--output-dir", directory.path("schema")])
        #expect(written.status == 0)
        let committed = try String(contentsOf: PackagePaths.root.appendingPathComponent("register/schema/treatment.schema.json"), encoding: .utf8)
        #expect(try String(contentsOfFile: directory.path("schema/treatment.schema.json"), encoding: .utf8) == committed)
        #expect(try runRopa(["schema"]).status == 2)
    }

    @Test func initCreatesARegisterWithOnlyPlaceholdersAndRefusesNonEmpty() throws {
        let scratch = try ScratchRegister()
        let target = scratch.path("new-register")
        let created = try runRopa(["init", target, "--date", "2026-06-01"])
        #expect(created.status == 0, "\(created)")
        for file in ["organisation.yaml", "processors.yaml", "treatments/example.yaml", "schema/treatment.schema.json", ".gitignore", "ci/github-actions.yml"] {
            #expect(FileManager.default.fileExists(atPath: "\(target)/\(file)"), "\(file) missing")
        }
        let validated = try runRopa(["validate", target, "--format", "json"], env: fixedSourceDate)
        #expect(validated.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(validated.stdout.utf8)) as? [String: Any])
        let ids = Set((document["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
        #expect(ids == ["placeholder"], "a fresh register has only 'fill this in' problems: \(ids)")

        let again = try runRopa(["init", target])
        #expect(again.status == 2)
        #expect(again.stderr == "error: '\(target)' is not empty; ropa init only creates a new register (choose another directory)\n")
    }

    @Test func newTreatmentWritesOnceAndCopiesFromAnother() throws {
        let register = try ScratchRegister(copying: "minimal")
        let fresh = try runRopa(["new", "treatment", "recrutement", "--register", register.path, "--date", "2026-06-01"])
        #expect(fresh.status == 0, "\(fresh)")
        let text = try String(contentsOfFile: register.path("treatments/recrutement.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../schema/treatment.schema.json\n"))
        #expect(text.contains("id: recrutement\n") && text.contains("updated: 2026-06-01\n"))
        let overwrite = try runRopa(["new", "treatment", "recrutement", "--register", register.path])
        #expect(overwrite.status == 2)
        #expect(overwrite.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: register.path("treatments/recrutement.yaml"), encoding: .utf8) == text, "the file was not touched")

        let source = try #require(try FileManager.default.contentsOfDirectory(atPath: register.path("treatments")).first { $0 != "recrutement.yaml" })
        let copied = try runRopa(["new", "treatment", "copie", "--from", String(source.dropLast(5)), "--register", register.path])
        #expect(copied.status == 0, "\(copied)")
        #expect(try runRopa(["new", "treatment", "Bad Id", "--register", register.path]).status == 2)
        #expect(try runRopa(["new", "treatment", "x", "--from", "nothing", "--register", register.path]).status == 2)
    }

    @Test func diffOfTwoDirectoriesInEveryFormat() throws {
        let old = try ScratchRegister(copying: "minimal")
        let new = try ScratchRegister(copying: "minimal")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: new.path("treatments")).first)
        let text = try String(contentsOfFile: new.path("treatments/\(file)"), encoding: .utf8)
        let changed = text.replacingOccurrences(of: "transfers: none", with: "transfers: none\nnotes: changed")
        #expect(changed != text)
        try new.write("treatments/\(file)", changed.replacingOccurrences(of: "\nname: ", with: "\nname: Nouveau "))
        let result = try runRopa(["diff", old.path, new.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("~ changed treatment"))
        #expect(result.stdout.contains("    - name: “"))
        let markdown = try runRopa(["diff", old.path, new.path, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("### Register changes\n"))
        let json = try runRopa(["diff", old.path, new.path, "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((document["changed"] as? [Any])?.count == 1)
        let same = try runRopa(["diff", old.path, old.path])
        #expect(same.stdout.hasPrefix("No change to the register"))
    }

    @Test func diffSinceARevisionWarnsWhenUpdatedDidNotMove() throws {
        let repository = try ScratchRegister()
        try FileManager.default.copyItem(atPath: PackagePaths.fixture("minimal").path, toPath: repository.path("register"))
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", repository.path, "-c", "user.name=t", "-c", "user.email=t@example.org"] + arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "git \(arguments)")
        }
        try git("init", "-q")
        try git("add", "-A")
        try git("commit", "-qm", "register")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: repository.path("register/treatments")).first)
        let text = try String(contentsOfFile: repository.path("register/treatments/\(file)"), encoding: .utf8)
        try repository.write("register/treatments/\(file)", text.replacingOccurrences(of: "\nname: ", with: "\nname: Autre "))

        let result = try runRopa(["diff", "--since", "HEAD", "register"], cwd: repository.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("~ changed treatment"))
        #expect(result.stderr.contains("warning: this treatment changed since HEAD but its 'updated' date is still"))
        #expect(result.stderr.contains("[updated-not-moved]"))

        let unknown = try runRopa(["diff", "--since", "no-such-revision", "register"], cwd: repository.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: 'no-such-revision' is not a known git revision in this repository\n")
        let outside = try ScratchRegister(copying: "minimal")
        let notGit = try runRopa(["diff", "--since", "HEAD", outside.path])
        #expect(notGit.status == 2)
        #expect(notGit.stderr.contains("is not inside a git repository"))
        let notRegister = try runRopa(["diff", outside.path, repository.path])
        #expect(notRegister.status == 2)
        #expect(notRegister.stderr.contains("is not a register"))
    }
}
