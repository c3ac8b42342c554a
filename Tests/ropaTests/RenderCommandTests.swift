import Foundation
import Testing

/// `ropa render` as a user runs it: the built binary, its stdout, stderr, exit status and files.
@Suite struct RenderCommandTests {
    let injection = PackagePaths.fixture("injection").path

    @Test func rendersHTMLToStandardOutput() throws {
        let result = try runRopa(["render", injection, "--date", "2026-12-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(result.stdout.contains("1er décembre 2026"))
        #expect(!result.stdout.contains("<script"))
    }

    @Test(arguments: [("markdown", "# Registre des activités de traitement"), ("json", "{\n  \"document\""),
                      ("csv", "\u{FEFF}N° / RÉF,"), ("html", "<!DOCTYPE html>")])
    func writesEachFormatToAFile(format: String, start: String) throws {
        let scratch = try ScratchRegister()
        let directory = scratch.path
        let output = directory + "/document.\(format)"
        let result = try runRopa(["render", injection, "--format", format, "--output", output, "--date", "2026-12-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        // Decoded by hand: Foundation's String(contentsOfFile:) would drop the CSV's byte-order mark.
        let written = String(decoding: try #require(FileManager.default.contents(atPath: output)), as: UTF8.self)
        #expect(written.hasPrefix(start))
        // No temporary file is left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["document.\(format)"])
    }

    /// A file gives no other sign it was written: one line on stderr says where and what; -q
    /// silences it, and standard output never gets it.
    @Test func aWrittenFileIsReportedInOneLineUnlessQuiet() throws {
        let scratch = try ScratchRegister()
        let output = scratch.path + "/registre.md"
        let date = ["--date", "2026-12-01"]
        let told = try runRopa(["render", injection, "--format", "markdown", "-o", output] + date)
        #expect(told.status == 0 && told.stdout.isEmpty)
        let line = try #require(told.stderr.split(separator: "\n").last.map(String.init))
        #expect(line.hasPrefix("wrote \(output): the register of processing activities in markdown, "), "\(told.stderr)")
        #expect(line.range(of: #"\d+ warnings?"#, options: .regularExpression) != nil, "\(line)")
        let quiet = try runRopa(["render", injection, "--format", "markdown", "-o", output, "-q"] + date)
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("wrote "), "\(quiet.stderr)")
        let schedule = try runRopa(["retention", injection, "-o", scratch.path + "/calendrier.csv"] + date)
        #expect(schedule.stderr.contains("wrote \(scratch.path)/calendrier.csv: the retention schedule in csv"), "\(schedule.stderr)")
    }

    @Test func sameRegisterSameBytesAndDateFromSourceDateEpoch() throws {
        let first = try runRopa(["render", injection, "--format", "markdown"], env: ["SOURCE_DATE_EPOCH": "1796119200"])
        let second = try runRopa(["render", injection, "--format", "markdown"], env: ["SOURCE_DATE_EPOCH": "1796119200"])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("1er décembre 2026"))
        let bad = try runRopa(["render", injection], env: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("SOURCE_DATE_EPOCH"))
    }

    @Test func refusesARegisterWithErrorsUnlessDraft() throws {
        let scratch = try ScratchRegister(copying: "injection")
        let register = scratch.path
        let elsewhere = try ScratchRegister()
        let broken = register + "/treatments/hosting-service.yaml"
        let text = try String(contentsOfFile: broken, encoding: .utf8)
        try text.replacingOccurrences(of: "legal_basis: contract", with: "legal_basis: contrat").write(toFile: broken, atomically: true, encoding: .utf8)
        let output = elsewhere.path + "/out.html"
        try "previous edition".write(toFile: output, atomically: true, encoding: .utf8)

        let refused = try runRopa(["render", register, "--output", output, "--date", "2026-12-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("hosting-service.yaml:"))
        #expect(refused.stderr.contains("error:"))
        #expect(refused.stderr.contains("--draft"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous edition")

        let validate = try runRopa(["validate", register, "--date", "2026-12-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        // The same diagnostics as `ropa validate` for the same date, on stderr.
        #expect(validate.status == 1)
        #expect(refused.stderr.hasPrefix(validate.stdout))

        let draft = try runRopa(["render", register, "--draft", "--date", "2026-12-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(draft.status == 0)
        #expect(draft.stdout.contains("Document incomplet — version de travail"))
        #expect(draft.stderr.contains("error:"))
    }

    /// The GDPR/CNIL rules run too, for the edition date: a fiche updated after it is an error.
    @Test func refusesWhatTheRulesRefuse() throws {
        let result = try runRopa(["render", injection, "--date", "2019-01-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("[future-date]"))
    }

    @Test func unknownTreatmentSuggestsAndExitsWithTwo() throws {
        let result = try runRopa(["render", injection, "--treatment", "evl"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no treatment with the id 'evl'"))
        #expect(result.stderr.contains("did you mean 'evil'?"))
    }

    @Test func treatmentOptionRendersAnExtract() throws {
        let result = try runRopa(["render", injection, "--treatment", "evil", "--format", "csv", "--date", "2026-12-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 2)
    }

    /// `--delimiter ';'` for a French Excel: the same rows, the fields separated by `;`, in the
    /// register and in the retention schedule; for another format it is a usage error.
    @Test func semicolonDelimitedCSV() throws {
        let example = PackagePaths.example
        let date = ["--date", "2026-12-01"]
        let comma = try runRopa(["render", example, "--format", "csv"] + date)
        let semicolon = try runRopa(["render", example, "--format", "csv", "--delimiter", ";"] + date)
        #expect(comma.status == 0 && semicolon.status == 0, "\(semicolon)")
        #expect(semicolon.stdout.hasPrefix("\u{FEFF}") && semicolon.stdout.contains(";N° / RÉF;Nom du traitement;"), "\(semicolon.stdout.prefix(80))")
        #expect(semicolon.stdout.components(separatedBy: "\r\n").count == comma.stdout.components(separatedBy: "\r\n").count)
        let schedule = try runRopa(["retention", example, "--delimiter", "semicolon"] + date)
        #expect(schedule.status == 0)
        #expect(schedule.stdout.hasPrefix("\u{FEFF}N° / RÉF;Traitement;"))
        let html = try runRopa(["render", example, "--delimiter", ";"] + date)
        #expect(html.status == 2 && html.stdout.isEmpty)
        #expect(html.stderr.contains("--delimiter applies to --format csv only"), "\(html)")
    }

    @Test func englishDocument() throws {
        let result = try runRopa(["render", injection, "--lang", "en", "--format", "markdown", "--date", "2026-12-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Record of processing activities"))
        #expect(result.stdout.contains("1 December 2026"))
    }

    @Test func unwritableOutputExitsWithTwoAndWritesNothing() throws {
        let scratch = try ScratchRegister()
        let directory = scratch.path
        let missing = directory + "/no/such/dir/out.html"
        let result = try runRopa(["render", injection, "--output", missing, "--date", "2026-12-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot write"))
        #expect(!FileManager.default.fileExists(atPath: missing))

        // A directory in the way is refused, and left as it was.
        let inTheWay = directory + "/taken"
        try FileManager.default.createDirectory(atPath: inTheWay, withIntermediateDirectories: false)
        let refused = try runRopa(["render", injection, "--output", inTheWay, "--date", "2026-12-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(refused.status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: inTheWay).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["taken"])
    }

    @Test func brokenTemplateExitsWithTwoAtFileLineColumnAndKeepsTheOutput() throws {
        let scratch = try ScratchRegister()
        let directory = scratch.path
        let templates = directory + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try "<ul>\n{{#fiches}}<li>{{name}}</li>{{/fiche}}\n</ul>\n".write(toFile: templates + "/html.mustache", atomically: true, encoding: .utf8)
        let output = directory + "/out.html"
        try "previous edition".write(toFile: output, atomically: true, encoding: .utf8)
        let result = try runRopa(["render", injection, "--templates", templates, "--output", output], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(templates + "/html.mustache:2:"))
        #expect(result.stderr.contains("error:"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous edition")
    }

    @Test func templateOverrideChangesTheDocument() throws {
        let scratch = try ScratchRegister()
        let directory = scratch.path
        try "{{% CONTENT_TYPE: MARKDOWN}}\n# {{organisationName}} — {{editionDate}}\n{{#fiches}}\n* {{reference}} {{name}}\n{{/fiches}}\n"
            .write(toFile: directory + "/markdown.mustache", atomically: true, encoding: .utf8)
        let result = try runRopa(["render", injection, "--format", "markdown", "--templates", directory, "--date", "2026-12-01"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(result.status == 0)
        #expect(result.stdout == "# Evil &lt;script&gt;alert('org')&lt;/script&gt; &amp; Co \"quoted\" \\| pipe — 1er décembre 2026\n* T-&lt;b&gt;1&lt;/b&gt; Fiche &lt;script&gt;alert('name')&lt;/script&gt; \\| \\`tick\\` \\# hash\n")
    }

    @Test func badOptionsAreUsageErrors() throws {
        #expect(try runRopa(["render", injection, "--format", "docx"], unsetting: ["SOURCE_DATE_EPOCH"]).status == 2)
        #expect(try runRopa(["render", injection, "--lang", "de"], unsetting: ["SOURCE_DATE_EPOCH"]).status == 2)
        #expect(try runRopa(["render", injection, "--date", "2026-13-01"], unsetting: ["SOURCE_DATE_EPOCH"]).status == 2)
        let missing = try runRopa(["render", "/nonexistent/register"], unsetting: ["SOURCE_DATE_EPOCH"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/register"))
    }

    /// The binary alone, copied elsewhere and run from there, renders with its embedded templates.
    @Test func aCopiedBinaryNeedsNothingBesideIt() throws {
        let scratch = try ScratchRegister()
        let directory = scratch.path
        let copy = directory + "/ropa"
        try FileManager.default.copyItem(atPath: PackagePaths.ropaBinary.path, toPath: copy)
        let result = try run(URL(fileURLWithPath: copy), ["render", injection, "--format", "markdown", "--date", "2026-12-01"],
                             cwd: directory, env: [:], unsetting: ["SOURCE_DATE_EPOCH"], timeout: 20)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Registre des activités de traitement"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["ropa"])
    }
}
