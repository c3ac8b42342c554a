// End-to-end tests of issue 11 on the built binary: `validate` and `diff` run on pull requests
// from strangers, so every file of a register is read or reported, no link leads ropa out of the
// register, a register that does not load is never summarised as a change, and nothing a
// register holds can forge a line of the log.
import Foundation
import Testing

@Suite struct UntrustedInputTests {
    // MARK: - Helpers

    private func validate(_ register: ScratchRegister, _ options: [String] = []) throws -> RopaResult {
        try runRopa(["validate", "."] + options, cwd: register.path, env: fixedSourceDate)
    }

    /// The minimal fixture's treatment, as another treatment with `id` and `reference`.
    private func treatment(id: String, reference: String) throws -> String {
        let text = try String(contentsOf: PackagePaths.fixture("minimal/treatments/one.yaml"), encoding: .utf8)
        return text.replacingOccurrences(of: "id: one\n", with: "id: \(id)\n")
            .replacingOccurrences(of: "reference: T-001\n", with: "reference: \(reference)\n")
    }

    private func headers(_ result: RopaResult, rule: String) -> [String] {
        printedDiagnostics(result.stdout).filter { $0.rule == rule }.map(\.header)
    }

    // MARK: - 1. Every file is read or reported

    /// `ropa new treatment --from X` copies a treatment: never one reached by a link out of the
    /// register, nor a path dressed as an id.
    @Test func newFromATreatmentReadsOnlyTheRegister() throws {
        let register = try ScratchRegister(copying: "minimal")
        try register.symlink("treatments/leak.yaml", to: "/etc/hostname")
        for from in ["leak", "../../etc/passwd"] {
            let result = try runRopa(["new", "treatment", "copy", "--register", register.path, "--from", from], env: fixedSourceDate)
            #expect(result.status == 2, "\(from): \(result)")
            #expect(!FileManager.default.fileExists(atPath: register.path("treatments/copy.yaml")), "\(from): nothing written")
        }
        let copied = try runRopa(["new", "treatment", "copy", "--register", register.path, "--from", "one"], env: fixedSourceDate)
        #expect(copied.status == 0, "\(copied)")
    }

    @Test func yamlFilesAreReadWhateverTheLetterCaseOfTheirExtension() throws {
        let register = try ScratchRegister(copying: "minimal")
        try register.write("treatments/upper.YAML", try treatment(id: "upper", reference: "T-002"))
        try register.write("treatments/mixed.Yml", try treatment(id: "mixed", reference: "T-003"))
        try register.write("treatments/broken.YAML", "id: broken\nname: [\n")
        let result = try validate(register)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.hasSuffix("in 6 files\n"), "organisation, processors and four treatments:\n\(result)")
        let errors = printedDiagnostics(result.stdout).filter { $0.severity == "error" }
        #expect(errors.map(\.position) == ["treatments/broken.YAML:3:1"], "read like any treatment; the id matches the name without its extension:\n\(result)")
        #expect(errors.first?.rule == "yaml-syntax")
    }

    @Test func everyOtherFileInTreatmentsIsReportedButHiddenOnesAreIgnored() throws {
        let register = try ScratchRegister(copying: "minimal")
        try register.write("treatments/notes.txt", "à relire\n")
        try register.write("treatments/one.yaml.bak", try treatment(id: "one", reference: "T-001"))
        try register.write("treatments/README.md", "# Treatments\n")
        try register.write("treatments/marketing/draft.json", "{}\n")
        try register.write("treatments/.gitkeep", "")
        try register.write("treatments/.one.yaml.swp", "binary")
        try register.write("treatments/.drafts/draft.yaml", "id: [\n")
        let result = try validate(register)
        #expect(result.status == 0, "warnings only:\n\(result)")
        let warnings = printedDiagnostics(result.stdout).filter { $0.rule == "unexpected-file" }
        #expect(warnings.map(\.header) == [
            "treatments/README.md:1:1: warning: 'treatments/README.md' is not a YAML file, so it is not read as a treatment [unexpected-file]",
            "treatments/marketing/draft.json:1:1: warning: 'treatments/marketing/draft.json' is not a YAML file, so it is not read as a treatment [unexpected-file]",
            "treatments/notes.txt:1:1: warning: 'treatments/notes.txt' is not a YAML file, so it is not read as a treatment [unexpected-file]",
            "treatments/one.yaml.bak:1:1: warning: 'treatments/one.yaml.bak' is not a YAML file, so it is not read as a treatment [unexpected-file]",
        ], "\(result)")
        #expect(warnings.last?.help?.contains("looks like a copy of a treatment file") == true)
        #expect(!result.stdout.contains(".gitkeep") && !result.stdout.contains(".drafts") && !result.stdout.contains(".swp"))
    }

    @Test func topLevelNamesInTheWrongCaseAreReportedWithADidYouMean() throws {
        let register = try ScratchRegister(copying: "minimal")
        try FileManager.default.moveItem(atPath: register.path("organisation.yaml"), toPath: register.path("Organisation.YAML"))
        try FileManager.default.createDirectory(atPath: register.path("Treatments"), withIntermediateDirectories: false)
        try register.write("README.md", "not a register file\n")
        let result = try validate(register)
        #expect(result.status == 1, "\(result)")
        let warnings = printedDiagnostics(result.stdout).filter { $0.rule == "unexpected-file" }
        #expect(warnings.map(\.position) == ["Organisation.YAML:1:1", "Treatments:1:1"], "a README beside the register is not reported:\n\(result)")
        #expect(warnings.first?.help?.hasPrefix("did you mean 'organisation.yaml'? Names are case-sensitive") == true, "\(result)")
        #expect(warnings.last?.help?.hasPrefix("did you mean 'treatments'?") == true, "\(result)")
        #expect(headers(result, rule: "missing-organisation").count == 1)
    }

    // MARK: - 2. Links out of the register

    @Test func linksOutOfTheRegisterAreErrorsAndTheirTargetsAreNeverRead() throws {
        let workspace = try ScratchRegister()
        try workspace.copy(fixture: "minimal", to: "register")
        let secret = "ghp_0123456789abcdefSECRET"
        try workspace.write(".env", "API_TOKEN: \(secret)\n")
        try workspace.write("elsewhere/organisation.yaml", "organisation:\n  name: x\nAPI_TOKEN: \(secret)\n")
        try workspace.write("elsewhere/treatments/stolen.yaml", "id: stolen\nAPI_TOKEN: \(secret)\n")
        try workspace.remove("register/organisation.yaml")
        try workspace.symlink("register/organisation.yaml", to: "../elsewhere/organisation.yaml")
        try workspace.remove("register/processors.yaml")
        try workspace.symlink("register/processors.yaml", to: workspace.path(".env"))
        try workspace.symlink("register/treatments/env.yaml", to: "../../.env")
        try workspace.symlink("register/treatments/passwd.yaml", to: "/etc/passwd")
        try workspace.symlink("register/treatments/elsewhere", to: "../../elsewhere/treatments")
        for format in ["text", "json", "github", "sarif"] {
            let result = try runRopa(["validate", "register", "--format", format], cwd: workspace.path, env: fixedSourceDate)
            #expect(result.status == 1, "\(result)")
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret), "\(format):\n\(result)")
            #expect(!result.stdout.contains("root:") && !result.stdout.contains("/bin/"), "\(format):\n\(result)")
        }
        let result = try runRopa(["validate", "register"], cwd: workspace.path, env: fixedSourceDate)
        let refused = printedDiagnostics(result.stdout).filter { $0.rule == "file-outside-register" }
        #expect(refused.map(\.header) == [
            "register/organisation.yaml:1:1: error: 'register/organisation.yaml' is a symbolic link to a file outside the register; ropa does not follow it, so that checking a register never reads the files of the machine it runs on [file-outside-register]",
            "register/processors.yaml:1:1: error: 'register/processors.yaml' is a symbolic link to a file outside the register; ropa does not follow it, so that checking a register never reads the files of the machine it runs on [file-outside-register]",
            "register/treatments/elsewhere:1:1: error: 'register/treatments/elsewhere' is a symbolic link to a folder outside the register; ropa does not follow it, so that checking a register never reads the files of the machine it runs on [file-outside-register]",
            "register/treatments/env.yaml:1:1: error: 'register/treatments/env.yaml' is a symbolic link to a file outside the register; ropa does not follow it, so that checking a register never reads the files of the machine it runs on [file-outside-register]",
            "register/treatments/passwd.yaml:1:1: error: 'register/treatments/passwd.yaml' is a symbolic link to a file outside the register; ropa does not follow it, so that checking a register never reads the files of the machine it runs on [file-outside-register]",
        ], "\(result)")
        #expect(refused.allSatisfy { $0.help != nil && $0.quotedLine == nil }, "nothing of the target is quoted:\n\(result)")
        #expect(headers(result, rule: "missing-organisation").isEmpty, "the organisation file exists, it is refused:\n\(result)")
        #expect(headers(result, rule: "undefined-reference").isEmpty, "services of a refused file are not all undefined:\n\(result)")
        #expect(result.stdout.hasSuffix("in 1 file\n"), "only one.yaml was read:\n\(result)")
    }

    @Test func linksToHiddenFilesOfTheRegisterAreRefused() throws {
        let register = try ScratchRegister(copying: "minimal")
        // What actions/checkout leaves in .git/config when the register is the repository's root.
        try register.write(".git/config", "[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n")
        try register.symlink("treatments/config.yaml", to: "../.git/config")
        let result = try validate(register)
        #expect(result.status == 1, "\(result)")
        #expect(!result.stdout.contains("c2VjcmV0"), "\(result)")
        let refused = try #require(printedDiagnostics(result.stdout).first { $0.rule == "file-outside-register" }, "\(result)")
        #expect(refused.header == "treatments/config.yaml:1:1: error: 'treatments/config.yaml' is a symbolic link to a hidden file (a name starting with '.'), which is not part of the register; ropa does not follow it, so that checking a register never reads the files of the machine it runs on [file-outside-register]")
    }

    @Test func linksThatStayInsideTheRegisterStillWorkEvenThroughLinkedParents() throws {
        let workspace = try ScratchRegister()
        try workspace.copy(fixture: "minimal", to: "real/register")
        try workspace.symlink("alias", to: "real")
        try workspace.write("real/register/shared/inside.yaml", try treatment(id: "inside", reference: "T-002"))
        try workspace.write("real/register/more/grouped.yaml", try treatment(id: "grouped", reference: "T-003"))
        try workspace.write("real/secret.yaml", "id: secret\nAPI_TOKEN: ghp_outside\n")
        // Absolute, through the linked parent: resolved, it is inside the register.
        try workspace.symlink("real/register/treatments/inside.yaml", to: workspace.path("alias/register/shared/inside.yaml"))
        try workspace.symlink("real/register/treatments/more", to: "../more")
        // Relative, one folder too high: in real/, beside the register, so outside it.
        try workspace.symlink("real/register/treatments/secret.yaml", to: "../../secret.yaml")
        let result = try runRopa(["validate", "alias/register"], cwd: workspace.path, env: fixedSourceDate)
        #expect(result.status == 1, "\(result)")
        let errors = printedDiagnostics(result.stdout).filter { $0.severity == "error" }
        #expect(errors.map(\.position) == ["alias/register/treatments/secret.yaml:1:1"], "\(result)")
        #expect(errors.first?.rule == "file-outside-register")
        #expect(!result.stdout.contains("ghp_outside"))
        #expect(result.stdout.hasSuffix("in 5 files\n"), "one, inside and grouped are read:\n\(result)")
    }

    @Test func danglingLinksKeepTheirDiagnostic() throws {
        let register = try ScratchRegister(copying: "minimal")
        try register.symlink("treatments/gone.yaml", to: "/nonexistent/ropa/secret.yaml")
        let result = try validate(register)
        #expect(result.status == 1, "\(result)")
        #expect(headers(result, rule: "file-symlink-loop") == [
            "treatments/gone.yaml:1:1: error: 'treatments/gone.yaml' is a symbolic link to nothing [file-symlink-loop]",
        ], "\(result)")
    }

    // MARK: - 3. diff of a register that does not load

    /// Two copies of the minimal register, the new one with `one.yaml` replaced by `broken`.
    private func diffPair(broken: String) throws -> (old: ScratchRegister, new: ScratchRegister) {
        let old = try ScratchRegister(copying: "minimal")
        let new = try ScratchRegister(copying: "minimal")
        try new.write("treatments/one.yaml", broken)
        return (old, new)
    }

    @Test(arguments: [
        ("a YAML syntax error", "id: one\nname: [\n", "yaml-syntax"),
        ("a required key missing", "id: one\nname: Gestion des clients\nreference: T-001\n", "missing-key"),
    ])
    func diffOfASideThatDoesNotLoadIsAnError(case: String, broken: String, rule: String) throws {
        let (old, new) = try diffPair(broken: broken)
        for format in ["text", "markdown", "json"] {
            for (first, second) in [(old, new), (new, old)] {
                let result = try runRopa(["diff", first.path, second.path, "--format", format])
                #expect(result.status == 1, "\(`case`), \(format):\n\(result)")
                #expect(result.stdout.isEmpty, "no summary in words of a register that did not load:\n\(result)")
                let printed = printedDiagnostics(result.stderr)
                #expect(printed.contains { $0.rule == rule && $0.file == new.path("treatments/one.yaml") }, "\(result)")
                #expect(result.stderr.hasSuffix("error: '\(new.path)' does not load (\(printed.count) error\(printed.count == 1 ? "" : "s")), so it is not compared\n"), "\(result)")
            }
        }
    }

    @Test func diffStillComparesRegistersWithWarningsOnly() throws {
        let (old, new) = try diffPair(broken: try treatment(id: "one", reference: "T-001").replacingOccurrences(of: "name: Gestion", with: "name: Suivi"))
        try new.write("treatments/notes.txt", "à relire\n")
        let result = try runRopa(["diff", old.path, new.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("~ changed treatment one"), "\(result)")
    }

    @Test func diffSinceARevisionThatDoesNotLoadIsAnError() throws {
        let repository = try ScratchRegister()
        try repository.copy(fixture: "minimal", to: "register")
        try git(repository, "init", "-q")
        try repository.write("register/treatments/one.yaml", "id: one\nname: [\n")
        try git(repository, "add", "-A")
        try git(repository, "commit", "-qm", "broken")
        let good = try String(contentsOf: PackagePaths.fixture("minimal/treatments/one.yaml"), encoding: .utf8)
        try repository.write("register/treatments/one.yaml", good)

        let fromBroken = try runRopa(["diff", "--since", "HEAD", "register", "--format", "markdown"], cwd: repository.path)
        #expect(fromBroken.status == 1, "\(fromBroken)")
        #expect(fromBroken.stdout.isEmpty, "\(fromBroken)")
        #expect(printedDiagnostics(fromBroken.stderr).map(\.position) == ["HEAD:register/treatments/one.yaml:3:1"],
                "the old side is named by revision, not by its temporary folder:\n\(fromBroken)")
        #expect(fromBroken.stderr.contains("error: 'register at HEAD' does not load (1 error), so it is not compared"))

        try git(repository, "add", "-A")
        try git(repository, "commit", "-qm", "fixed")
        try repository.write("register/treatments/one.yaml", "id: one\n")
        let toBroken = try runRopa(["diff", "--since", "HEAD", "register", "--format", "markdown"], cwd: repository.path)
        #expect(toBroken.status == 1, "\(toBroken)")
        #expect(toBroken.stdout.isEmpty, "\(toBroken)")
        #expect(printedDiagnostics(toBroken.stderr).allSatisfy { $0.file == "register/treatments/one.yaml" && $0.rule == "missing-key" }, "\(toBroken)")
    }

    private func git(_ repository: ScratchRegister, _ arguments: String...) throws {
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"),
                             ["git", "-C", repository.path, "-c", "user.name=t", "-c", "user.email=t@example.org"] + arguments,
                             cwd: nil, env: [:], unsetting: [], timeout: 20)
        try #require(result.status == 0, "git \(arguments): \(result)")
    }

    // MARK: - 6. No forged line in the log

    @Test func valuesKeysAndFileNamesCannotForgeLinesOrDriveTheTerminal() throws {
        let register = try ScratchRegister(copying: "minimal")
        let one = try String(contentsOf: PackagePaths.fixture("minimal/treatments/one.yaml"), encoding: .utf8)
        try register.write("treatments/one.yaml", one + "\"x\\n::warning file=a.yaml::forged\\u2028\u{202E}lmth.exe\": 1\n")
        try register.write("treatments/evil\n::error::forged\u{1B}[2J.yaml", "id: [\n")
        let result = try validate(register, ["--format", "text"])
        #expect(result.status == 1, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("::") }, "\(result)")
        #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{202E}" }, "\(result)")
        let printed = printedDiagnostics(result.stdout)
        let key = try #require(printed.first { $0.rule == "unknown-key" }, "\(result)")
        #expect(key.message == #"unknown key 'x\n::warning file=a.yaml::forged\u{2028}<U+202E>lmth.exe' in a treatment file"#)
        #expect(key.quotedLine == #""x\n::warning file=a.yaml::forged\u2028<U+202E>lmth.exe": 1"#, "the quoted line shows the character, not applies it")
        #expect(key.caretOffset == 0)
        let file = try #require(printed.first { $0.rule == "yaml-syntax" }, "\(result)")
        #expect(file.file == #"treatments/evil\n::error::forged\u{1B}[2J.yaml"#, "\(result)")
        #expect(file.notes.allSatisfy { $0.contains(#"evil\n::error::forged\u{1B}[2J.yaml"#) }, "\(result)")
    }
}
