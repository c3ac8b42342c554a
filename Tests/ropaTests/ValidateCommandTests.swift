// `ropa validate` end to end: the built binary on good and bad registers. Each run has a timeout
// (see RopaProcess.swift), so a hang fails the test instead of blocking CI.
import Foundation
import RopaKit
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The loader's checks. Counts are taken over these only, so that the rules added later (with
/// their own ids) do not change what these tests expect of the loader.
private let loaderRules = Set(DiagnosticID.catalogue.map(\.id))

/// `ropa validate .` in the register, output piped (so never coloured), NO_COLOR unset, on a fixed date.
private func validate(_ register: ScratchRegister, _ options: [String] = []) throws -> RopaResult {
    try runRopa(["validate", "."] + options, cwd: register.path, env: fixedSourceDate, unsetting: ["NO_COLOR"])
}

/// The errors of the loader in a run's output.
private func loaderErrors(_ result: RopaResult) -> [PrintedDiagnostic] {
    printedDiagnostics(result.stdout).filter { $0.severity == "error" && loaderRules.contains($0.rule) }
}

/// What every run must show: no crash, no terminal escape in piped output.
private func expectSane(_ result: RopaResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(result.didNotCrash, "\(result)", sourceLocation: sourceLocation)
    #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"),
            "piped output must have no escape character\n\(result)", sourceLocation: sourceLocation)
}

/// Line `number` (1-based) of a file of the register, as ropa quotes it: control characters
/// (which it must never print) shown as U+FFFD.
private func sourceLine(_ register: ScratchRegister, _ file: String, _ number: Int) throws -> String {
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: register.path(file))), as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = number <= lines.count ? lines[number - 1] : ""
    return String(String.UnicodeScalarView(line.unicodeScalars.map { $0.value < 0x20 && $0 != "\t" ? "\u{FFFD}" : $0 }))
}

/// Checks one printed diagnostic completely: position, severity, rule, quoted line, caret, help.
private func expectDiagnostic(
    _ result: RopaResult, at position: String, _ rule: String, in register: ScratchRegister,
    helpMentions help: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let printed = printedDiagnostics(result.stdout)
    let found = printed.first { $0.position == position && $0.rule == rule }
    guard let diagnostic = found else {
        Issue.record("no '\(position): error: … [\(rule)]' in the output:\n\(result)", sourceLocation: sourceLocation)
        return
    }
    #expect(diagnostic.severity == "error", "\(diagnostic)", sourceLocation: sourceLocation)
    #expect(result.stdout.contains("\(position): error: "), sourceLocation: sourceLocation)
    let line = try sourceLine(register, diagnostic.file, diagnostic.line)
    #expect(diagnostic.pointsAt(sourceLine: line), "quoted line and caret must show column \(diagnostic.column) of '\(line)':\n\(diagnostic)",
            sourceLocation: sourceLocation)
    #expect(diagnostic.help != nil, "a help line is expected:\n\(diagnostic)", sourceLocation: sourceLocation)
    if let help {
        #expect(diagnostic.help?.contains(help) == true, "help should mention \(help):\n\(diagnostic)", sourceLocation: sourceLocation)
    }
}

/// Validates the register and expects what one mistake must give: exit 1, exactly one loader
/// error (no cascade), at `position`, fully printed (see `expectDiagnostic`).
@discardableResult
private func expectSingleError(
    _ register: ScratchRegister, at position: String, _ rule: String, helpMentions help: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> RopaResult {
    let result = try validate(register)
    expectSane(result, sourceLocation: sourceLocation)
    #expect(result.status == 1, "\(result)", sourceLocation: sourceLocation)
    #expect(loaderErrors(result).count == 1, "one mistake, one error:\n\(result)", sourceLocation: sourceLocation)
    try expectDiagnostic(result, at: position, rule, in: register, helpMentions: help, sourceLocation: sourceLocation)
    return result
}

// MARK: - Good registers

@Test func minimalRegisterHasNoError() throws {
    let register = try ScratchRegister(copying: "minimal")
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout == "0 errors, 0 warnings in 3 files\n", "\(result)")
    #expect(result.stderr.isEmpty)
}

/// The example register is well formed, and its only errors are the rules that find a
/// placeholder where they need a fact (`reference: à compléter` is no Art. 28 contract): the
/// policy it is modelled on does not give those facts, and the register says so.
@Test func exampleRegisterHasNoErrorButItsPlaceholders() throws {
    let workspace = try ScratchRegister()
    try FileManager.default.copyItem(at: PackagePaths.root.appendingPathComponent("register"),
                                     to: workspace.url.appendingPathComponent("register"))
    // As a user runs it: today's date (its fiches are dated up to the day they were written).
    let result = try runRopa(["validate"], cwd: workspace.path, unsetting: ["SOURCE_DATE_EPOCH"])
    expectSane(result)
    #expect(loaderErrors(result).isEmpty, "the example register is well formed:\n\(result)")
    let errors = printedDiagnostics(result.stdout).filter { $0.severity == "error" }
    #expect(errors.allSatisfy { $0.message.contains("is a placeholder") }, "\(result)")
    #expect(result.status == (errors.isEmpty ? 0 : 1), "\(result)")
}

@Test func defaultDirectoryIsRegister() throws {
    let workspace = try ScratchRegister()
    try workspace.copy(fixture: "minimal", to: "register")
    let found = try runRopa(["validate"], cwd: workspace.path, env: fixedSourceDate)
    expectSane(found)
    #expect(found.status == 0, "\(found)")

    try workspace.remove("register")
    let missing = try runRopa(["validate"], cwd: workspace.path, env: fixedSourceDate)
    expectSane(missing)
    #expect(missing.status == 2, "\(missing)")
    #expect(missing.stdout.contains("register:1:1: error: ") && missing.stdout.contains("[register-not-found]"), "\(missing)")
}

/// `ropa` without a command is a usage error: a CI step that lost its command must not pass.
@Test func noCommandIsAUsageError() throws {
    let result = try runRopa([])
    #expect(result.status == 2, "\(result)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("USAGE: ropa <subcommand>") && result.stderr.contains("validate"), "\(result)")
    let help = try runRopa(["--help"])
    #expect(help.status == 0 && help.stdout.contains("SUBCOMMANDS:"), "\(help)")
}

/// The loader's limits matter for untrusted input, not for a daily run: every command that
/// reads a register lists its own options first, the limits after them.
@Test(arguments: ["validate", "render", "notice", "retention", "subject"])
func theLimitsComeAfterTheCommandsOwnOptions(command: String) throws {
    let help = try runRopa([command, "--help"])
    #expect(help.status == 0, "\(help)")
    let format = try #require(help.stdout.range(of: "--format"))
    let limit = try #require(help.stdout.range(of: "--max-file-size"))
    #expect(format.lowerBound < limit.lowerBound, "\(help.stdout)")
}

@Test func warningsAloneExitZero() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.write("organisations.yaml", "organisation:\n  name: X\n")
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 0, "\(result)")
    let warning = try #require(printedDiagnostics(result.stdout).first)
    #expect(warning.header == "organisations.yaml:1:1: warning: 'organisations.yaml' is not part of the register and is not read [unexpected-file]")
    #expect(warning.help?.contains("did you mean 'organisation.yaml'?") == true)
    #expect(result.stdout.hasSuffix("0 errors, 1 warning in 3 files\n"))
}

@Test func quietPrintsErrorsOnly() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.write("organisations.yaml", "organisation:\n  name: X\n")
    let clean = try validate(register, ["--quiet"])
    expectSane(clean)
    #expect(clean.status == 0)
    #expect(clean.stdout.isEmpty, "--quiet prints neither warnings nor the summary:\n\(clean)")

    try register.copy(fixture: "bad/february-30.yaml", to: "treatments/february-30.yaml")
    let failing = try validate(register, ["-q"])
    expectSane(failing)
    #expect(failing.status == 1)
    let printed = printedDiagnostics(failing.stdout)
    #expect(printed.map(\.position) == ["treatments/february-30.yaml:5:10"], "\(failing)")
    #expect(!failing.stdout.contains("warning") && !failing.stdout.contains("1 error,"), "\(failing)")
}

// MARK: - One bad file at a time

/// A file of `Tests/Fixtures/bad/`, put into a copy of the minimal register, and the one error
/// it must give.
struct BadFile: Sendable, CustomTestStringConvertible {
    var fixture: String
    /// Where the file goes in the register.
    var installedAs: String
    /// `file:line:col` of the expected error.
    var position: String
    var rule: String
    /// Words the help line must hold.
    var help: String

    init(_ fixture: String, as installedAs: String? = nil, at position: String, _ rule: String, help: String) {
        self.fixture = fixture
        self.installedAs = installedAs ?? "treatments/\(fixture).yaml"
        self.position = position.first == ":" ? self.installedAs + position : position
        self.rule = rule
        self.help = help
    }

    var testDescription: String { fixture }
}

private let badFiles: [BadFile] = [
    // Broken YAML
    BadFile("unclosed-quote", at: ":3:7", "yaml-syntax", help: "close the quotation mark"),
    BadFile("bad-indentation", at: ":4:12", "yaml-syntax", help: "indentation"),
    BadFile("tab-indentation", at: ":11:1", "yaml-syntax", help: "indent with spaces"),
    BadFile("two-documents", at: ":26:1", "yaml-multiple-documents", help: "'---'"),
    BadFile("anchor-alias", at: ":3:7", "yaml-anchor-alias", help: "write the value out in full"),
    BadFile("yaml-tag", at: ":4:12", "yaml-tag", help: "remove the tag"),
    // Wrong shapes and types
    BadFile("top-level-list", at: ":2:1", "wrong-type", help: "'key: value' lines"),
    BadFile("top-level-scalar", at: ":2:1", "wrong-type", help: "'key: value' lines"),
    BadFile("empty", at: ":1:1", "file-empty", help: "describe the treatment"),
    BadFile("comment-only", at: ":1:1", "file-empty", help: "describe the treatment"),
    BadFile("list-for-text", at: ":3:7", "wrong-type", help: "one text"),
    BadFile("text-for-date", at: ":5:10", "invalid-date", help: "YYYY-MM-DD"),
    // Keys
    BadFile("unknown-key", at: ":5:1", "unknown-key", help: "did you mean 'description'?"),
    BadFile("duplicate-key", at: ":5:1", "duplicate-key", help: "keep one 'name'"),
    BadFile("transfers-missing", at: ":2:1", "missing-key", help: "add 'transfers:'"),
    BadFile("retention-conflict", at: ":18:14", "conflicting-keys", help: "'until'"),
    // Values
    BadFile("february-30", at: ":5:10", "invalid-date", help: "check the day exists"),
    BadFile("updated-before-created", at: ":6:10", "date-order", help: "cannot be before 'created'"),
    BadFile("lowercase-country", at: ":25:14", "invalid-country", help: "'US'"),
    BadFile("country-name-processors", as: "processors.yaml", at: ":6:14", "invalid-country", help: "'FR'"),
    BadFile("legal-basis-near-miss", at: ":9:18", "invalid-value", help: "did you mean 'contract'?"),
    BadFile("bad-duration", at: ":16:17", "invalid-duration", help: "'3 years'"),
    BadFile("invalid-identifier", at: ":2:5", "invalid-identifier", help: "'gestion-clients'"),
    // Across files
    BadFile("file-name-mismatch", at: ":2:5", "file-name-mismatch", help: "'another-name.yaml'"),
    BadFile("undefined-processor", at: ":22:16", "undefined-reference", help: "did you mean 'hebergeur'?"),
    BadFile("duplicate-reference", at: "treatments/one.yaml:3:12", "duplicate-reference", help: "must be unique"),
    BadFile("duplicate-id", as: "treatments/archive/one.yaml", at: "treatments/one.yaml:1:5", "duplicate-id", help: "must be unique"),
]

@Test("A bad file gives exactly one located error, exit 1", arguments: badFiles)
func badFile(_ bad: BadFile) throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.copy(fixture: "bad/\(bad.fixture).yaml", to: bad.installedAs)
    try expectSingleError(register, at: bad.position, bad.rule, helpMentions: bad.help)
}

/// The Privacy Shield loads (a register of 2019 said it, and the CNIL's 2019 workbook offers it)
/// but is no ground on any date from the CJEU's judgment.
@Test func privacyShieldIsARuleErrorAfterSchremsII() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.copy(fixture: "bad/privacy-shield.yaml", to: "treatments/privacy-shield.yaml")
    let result = try validate(register)
    #expect(result.status == 1, "\(result)")
    #expect(loaderErrors(result).isEmpty, "\(result)")
    let error = try #require(printedDiagnostics(result.stdout).first { $0.rule == "transfer-ground" }, "\(result)")
    #expect(error.position.hasSuffix("privacy-shield.yaml:26:16") && error.header.contains("C-311/18"), "\(result)")
}

@Test func duplicateKeyNotesTheFirstOccurrence() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.copy(fixture: "bad/duplicate-key.yaml", to: "treatments/duplicate-key.yaml")
    let result = try validate(register)
    let diagnostic = try #require(loaderErrors(result).first)
    #expect(diagnostic.notes == ["first written here (treatments/duplicate-key.yaml:3:1)"], "\(diagnostic)")
}

@Test func unclosedQuoteNotesWhereTheFileEnds() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.copy(fixture: "bad/unclosed-quote.yaml", to: "treatments/unclosed-quote.yaml")
    let result = try validate(register)
    let diagnostic = try #require(loaderErrors(result).first)
    #expect(diagnostic.message == "YAML syntax error: this quoted text is never closed")
    #expect(diagnostic.notes == ["the file ends here, still inside the quotes (treatments/unclosed-quote.yaml:26:1)"], "\(diagnostic)")
}

// MARK: - All problems in one run

@Test func fiveProblemsGiveFiveErrors() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.copy(fixture: "bad/five-problems.yaml", to: "treatments/five-problems.yaml")
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 1)
    let expected = [
        ("5:10", "invalid-date", "YYYY-MM-DD"),
        ("9:18", "invalid-value", "did you mean 'contract'?"),
        ("16:17", "invalid-duration", "'3 years'"),
        ("22:16", "undefined-reference", "did you mean 'hebergeur'?"),
        ("25:14", "invalid-country", "alpha-2"),
    ]
    #expect(loaderErrors(result).map(\.position) == expected.map { "treatments/five-problems.yaml:\($0.0)" }, "\(result)")
    for (position, rule, help) in expected {
        try expectDiagnostic(result, at: "treatments/five-problems.yaml:\(position)", rule, in: register, helpMentions: help)
    }
    #expect(result.stdout.hasSuffix("5 errors, 0 warnings in 4 files\n"), "\(result)")
}

@Test func problemsOfEveryFileInOneRun() throws {
    let register = try ScratchRegister(copying: "minimal")
    for fixture in ["february-30", "unclosed-quote", "unknown-key", "lowercase-country"] {
        try register.copy(fixture: "bad/\(fixture).yaml", to: "treatments/\(fixture).yaml")
    }
    try register.copy(fixture: "bad/country-name-processors.yaml", to: "processors.yaml")
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 1)
    #expect(loaderErrors(result).map(\.position) == [
        "processors.yaml:6:14",
        "treatments/february-30.yaml:5:10",
        "treatments/lowercase-country.yaml:25:14",
        "treatments/unclosed-quote.yaml:3:7",
        "treatments/unknown-key.yaml:5:1",
    ], "all files, in path order:\n\(result)")
}

@Test func brokenOrganisationFileDoesNotMakeServicesUndefined() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.write("organisation.yaml", "organisation:\n  name: \"Julien\n")
    let result = try validate(register)
    expectSane(result)
    #expect(loaderErrors(result).map(\.rule) == ["yaml-syntax"], "the references to its services are not checked:\n\(result)")
}

@Test func outputIsTheSameOnEveryRun() throws {
    let register = try ScratchRegister(copying: "minimal")
    for fixture in ["five-problems", "duplicate-reference", "anchor-alias", "file-name-mismatch"] {
        try register.copy(fixture: "bad/\(fixture).yaml", to: "treatments/\(fixture).yaml")
    }
    let first = try validate(register)
    let second = try validate(register)
    #expect(first.status == 1)
    #expect(first.stdout == second.stdout)
}

// MARK: - Hostile files

/// The classic "billion laughs": nine levels of ten aliases each, 10⁹ "lol"s once expanded.
private func billionLaughs() -> String {
    var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
    let names = Array("abcdefghi").map(String.init)
    for level in 1..<names.count {
        let alias = "*\(names[level - 1])"
        lines.append("\(names[level]): &\(names[level]) [\(Array(repeating: alias, count: 10).joined(separator: ","))]")
    }
    return lines.joined(separator: "\n") + "\n"
}

@Test func billionLaughsIsRejectedAtOnce() throws {
    let register = try ScratchRegister(copying: "minimal")
    let bomb = billionLaughs()
    #expect(bomb.utf8.count < 600)
    try register.write("treatments/laughs.yaml", bomb)
    let result = try expectSingleError(register, at: "treatments/laughs.yaml:1:4", "yaml-anchor-alias", helpMentions: "in full")
    // Expanding it would take minutes and gigabytes; refusing it takes a few milliseconds. The
    // bound is loose so that a busy CI machine does not fail it; a hang is caught by the timeout.
    #expect(result.seconds < 5, "\(result)")
}

/// Deterministic "random" bytes (SplitMix64), so that a failure can be reproduced.
private func garbage(seed: UInt64, count: Int) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: z ^ (z >> 31))
    }
}

@Test("Random bytes give an encoding error", arguments: [1, 2, 3, 42] as [UInt64])
func randomBytes(seed: UInt64) throws {
    let register = try ScratchRegister(copying: "minimal")
    // Starts with bytes that are never UTF-8, so that the error is at 1:1 whatever follows.
    try register.write("treatments/garbage.yaml", bytes: [0xFF, 0xFE, 0x1B] + garbage(seed: seed, count: 8192))
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 1)
    #expect(loaderErrors(result).map(\.rule) == ["yaml-encoding"], "\(result)")
    let diagnostic = try #require(loaderErrors(result).first)
    #expect(diagnostic.position == "treatments/garbage.yaml:1:1")
    #expect(diagnostic.help?.contains("UTF-8") == true)
    #expect(diagnostic.caretOffset == 0, "\(diagnostic)")
}

@Test func nulByteIsLocated() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.write("treatments/nul.yaml", bytes: Array("id: nul\nname: Gestion".utf8) + [0] + Array(" clients\n".utf8))
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 1)
    let diagnostic = try #require(loaderErrors(result).first)
    #expect(diagnostic.header == "treatments/nul.yaml:2:14: error: the file is not valid UTF-8 text (control characters are not allowed) [yaml-encoding]")
    #expect(diagnostic.quotedLine == "name: Gestion\u{FFFD} clients", "the NUL is shown, not printed:\n\(diagnostic)")
    #expect(diagnostic.caretOffset == 13)
}

@Test func latin1FileIsLocated() throws {
    let register = try ScratchRegister(copying: "minimal")
    // "Données" in ISO-8859-1: é is the single byte 0xE9.
    try register.write("treatments/latin1.yaml", bytes: Array("id: latin1\nname: Donn".utf8) + [0xE9] + Array("es\n".utf8))
    try expectSingleError(register, at: "treatments/latin1.yaml:2:11", "yaml-encoding", helpMentions: "UTF-8")
}

@Test func escapeSequencesNeverReachTheTerminal() throws {
    let register = try ScratchRegister(copying: "minimal")
    // A raw ESC byte, refused by the YAML reader and quoted in the output...
    try register.write("treatments/raw.yaml", "id: raw\nname: \"\u{1B}[2J\"\n")
    // ...and "\e" escapes, which YAML turns into ESC inside a value or a key.
    let escaped = try String(contentsOfFile: register.path("treatments/one.yaml"), encoding: .utf8)
        .replacingOccurrences(of: "legal_basis: contract", with: #"legal_basis: "\e[31mcontract""#)
        + #""\e]0;title\a": x"# + "\n"
    try register.write("treatments/one.yaml", escaped)
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 1)
    try expectDiagnostic(result, at: "treatments/raw.yaml:2:8", "yaml-encoding", in: register, helpMentions: "UTF-8")
    try expectDiagnostic(result, at: "treatments/one.yaml:8:18", "yaml-encoding", in: register, helpMentions: "escape sequence")
    try expectDiagnostic(result, at: "treatments/one.yaml:26:1", "yaml-encoding", in: register, helpMentions: "escape sequence")
}

@Test func fileOverTheSizeLimit() throws {
    let register = try ScratchRegister(copying: "minimal")
    let line = "# " + String(repeating: "x", count: 97) + "\n"
    try register.write("treatments/huge.yaml", String(repeating: line, count: 30_000))  // 3 MB
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 1)
    let diagnostic = try #require(loaderErrors(result).first)
    #expect(diagnostic.header == "treatments/huge.yaml:1:1: error: this file is 3000000 bytes, more than the 2097152-byte limit for one register file [file-too-large]")
    #expect(diagnostic.help?.contains("--max-file-size") == true)

    let raised = try validate(register, ["--max-file-size", "4000000"])
    #expect(!raised.stdout.contains("file-too-large"), "\(raised)")
}

@Test func largeValidFileStillLoads() throws {
    let register = try ScratchRegister(copying: "minimal")
    var text = try String(contentsOfFile: register.path("treatments/one.yaml"), encoding: .utf8)
    text += "notes: |\n"
    for number in 0..<20_000 {
        text += "  Ligne \(number) : " + String(repeating: "é", count: 30) + " fin.\n"
    }
    #expect(text.utf8.count > 1_500_000 && text.utf8.count < 2 << 20)
    try register.write("treatments/one.yaml", text)
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 0, "\(result)")
}

@Test func deepFlowNestingIsRefused() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.write("treatments/deep.yaml", "id: deep\nname: " + String(repeating: "[", count: 10_000) + "\n")
    // libyaml notices at the second bracket, having scanned the first ones ahead.
    try expectSingleError(register, at: "treatments/deep.yaml:2:8", "yaml-limit", helpMentions: "nested this deep")
}

@Test func deepBlockNestingIsRefused() throws {
    let register = try ScratchRegister(copying: "minimal")
    var text = "id: deep\nnotes:\n"
    for level in 1...100 {
        text += String(repeating: "  ", count: level) + "level\(level):\n"
    }
    try register.write("treatments/deep.yaml", text)
    try expectSingleError(register, at: "treatments/deep.yaml:34:65", "yaml-limit", helpMentions: "nested this deep")
}

// MARK: - Directories, links and permissions

@Test func missingDirectoryExitsTwo() throws {
    let workspace = try ScratchRegister()
    let result = try runRopa(["validate", "nowhere"], cwd: workspace.path)
    expectSane(result)
    #expect(result.status == 2, "\(result)")
    let diagnostic = try #require(printedDiagnostics(result.stdout).first)
    #expect(diagnostic.header == "nowhere:1:1: error: the register directory 'nowhere' does not exist [register-not-found]")
    #expect(diagnostic.help != nil)
}

@Test func emptyDirectoryHasTwoErrors() throws {
    let register = try ScratchRegister()
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 1, "\(result)")
    let printed = printedDiagnostics(result.stdout)
    #expect(printed.map(\.header) == [
        ".:1:1: error: the register has no organisation.yaml: the controller's identity and contact details are missing [missing-organisation]",
        "treatments:1:1: error: the register lists no treatment [no-treatments]",
    ], "\(result)")
    #expect(printed.allSatisfy { $0.help != nil })
}

@Test func symlinkToItself() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.symlink("treatments/self.yaml", to: "self.yaml")
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 1)
    let diagnostic = try #require(loaderErrors(result).first)
    #expect(loaderErrors(result).count == 1)
    #expect(diagnostic.header == "treatments/self.yaml:1:1: error: 'treatments/self.yaml' is a symbolic link that loops back on itself [file-symlink-loop]")
    #expect(diagnostic.help != nil)
}

@Test func directorySymlinkCycles() throws {
    let register = try ScratchRegister(copying: "minimal")
    try FileManager.default.createDirectory(atPath: register.path("treatments/sub"), withIntermediateDirectories: true)
    try register.symlink("treatments/sub/parent", to: "..")       // back to treatments/
    try register.symlink("treatments/sub/itself", to: "../sub")   // back to sub/
    try register.symlink("treatments/sub/register", to: "../..")  // to the folder that holds treatments/
    try register.symlink("treatments/alias", to: "sub")           // a second way to sub/
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 1, "\(result)")
    #expect(loaderErrors(result).map(\.header) == [
        "treatments/alias:1:1: error: 'treatments/alias' is a symbolic link back into the treatments' folders, or to a folder already read; it is not followed [file-symlink-loop]",
        "treatments/sub/itself:1:1: error: 'treatments/sub/itself' is a symbolic link back into the treatments' folders, or to a folder already read; it is not followed [file-symlink-loop]",
        "treatments/sub/parent:1:1: error: 'treatments/sub/parent' is a symbolic link back into the treatments' folders, or to a folder already read; it is not followed [file-symlink-loop]",
        "treatments/sub/register:1:1: error: 'treatments/sub/register' is a symbolic link back into the treatments' folders, or to a folder already read; it is not followed [file-symlink-loop]",
    ], "each link once, and one.yaml read once (no duplicate id):\n\(result)")
}

@Test(.enabled(if: getuid() != 0, "root reads a file whatever its mode: see organisationFileThatIsADirectory for a case that also fails as root"))
func unreadableFileExitsTwo() throws {
    let register = try ScratchRegister(copying: "minimal")
    #expect(chmod(register.path("treatments/one.yaml"), 0) == 0)
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 2, "\(result)")
    let diagnostic = try #require(loaderErrors(result).first)
    #expect(diagnostic.position == "treatments/one.yaml:1:1" && diagnostic.rule == "file-unreadable", "\(diagnostic)")
}

@Test func organisationFileThatIsADirectory() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.remove("organisation.yaml")
    try FileManager.default.createDirectory(atPath: register.path("organisation.yaml"), withIntermediateDirectories: false)
    let result = try validate(register)
    expectSane(result)
    #expect(result.status == 2, "an unreadable file is an input failure:\n\(result)")
    let diagnostic = try #require(loaderErrors(result).first)
    #expect(diagnostic.header == "organisation.yaml:1:1: error: this file cannot be read (it is a directory) [file-unreadable]")
    #expect(loaderErrors(result).count == 1, "the services of the unread file are not reported undefined:\n\(result)")
}

@Test func namedPipesDoNotHang() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.remove("organisation.yaml")
    #expect(mkfifo(register.path("organisation.yaml"), 0o644) == 0)
    #expect(mkfifo(register.path("treatments/pipe.yaml"), 0o644) == 0)
    let result = try validate(register)  // opening a pipe for reading would wait for a writer forever
    expectSane(result)
    #expect(result.status == 2, "\(result)")
    #expect(loaderErrors(result).map(\.header) == [
        "organisation.yaml:1:1: error: this file cannot be read (not a regular file) [file-unreadable]",
        "treatments/pipe.yaml:1:1: error: this file cannot be read (not a regular file) [file-unreadable]",
    ], "\(result)")
}

@Test func windowsLineEndings() throws {
    let register = try ScratchRegister(copying: "minimal")
    let text = try String(contentsOfFile: register.path("treatments/one.yaml"), encoding: .utf8)
        .replacingOccurrences(of: "created: 2018-05-25", with: "created: 2018-02-30")
        .replacingOccurrences(of: "\n", with: "\r\n")
    try register.write("treatments/one.yaml", text)
    let result = try validate(register)
    expectSane(result)
    let diagnostic = try #require(loaderErrors(result).first)
    #expect(diagnostic.position == "treatments/one.yaml:4:10")
    #expect(diagnostic.quotedLine == "created: 2018-02-30", "the line, without the rest of the file or a CR:\n\(diagnostic)")
    #expect(diagnostic.caretOffset == 9)
}

@Test func byteOrderMarkAsNotepadWritesIt() throws {
    let register = try ScratchRegister(copying: "minimal")
    let text = try String(contentsOfFile: register.path("treatments/one.yaml"), encoding: .utf8)
    try register.write("treatments/one.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
    let clean = try validate(register)
    expectSane(clean)
    #expect(clean.status == 0, "\(clean)")

    try register.write("treatments/one.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "id: one", with: "id: One").utf8))
    let result = try validate(register)
    let diagnostic = try #require(loaderErrors(result).first)
    #expect(diagnostic.position == "treatments/one.yaml:1:5")
    #expect(diagnostic.quotedLine == "id: One" && diagnostic.caretOffset == 4, "\(diagnostic)")
}

// MARK: - Command line and terminal

@Test("Usage errors exit 2", arguments: [
    ["validate", "--bogus"],
    ["validate", "one", "two"],
    ["validate", "--max-depth", "0", "."],
    ["validate", "--max-file-size", "lots", "."],
    ["frobnicate"],
])
func usageErrorsExitTwo(_ arguments: [String]) throws {
    let result = try runRopa(arguments)
    expectSane(result)
    #expect(result.status == 2, "\(result)")
    #expect(result.stderr.contains("Error:"), "\(result)")
    #expect(result.stdout.isEmpty)
}

@Test(.enabled(if: terminalRunner != nil, "needs util-linux 'script' to run ropa on a pseudo-terminal"))
func colourOnlyOnATerminal() throws {
    let register = try ScratchRegister(copying: "minimal")
    try register.copy(fixture: "bad/february-30.yaml", to: "treatments/february-30.yaml")

    let piped = try validate(register)
    #expect(piped.status == 1)
    #expect(!piped.stdout.contains("\u{1B}"))

    let colourTerminal = fixedSourceDate.merging(["TERM": "xterm-256color"]) { $1 }
    let terminal = try runRopaOnTerminal(["validate", "."], cwd: register.path, env: colourTerminal, unsetting: ["NO_COLOR"])
    #expect(terminal.status == 1, "\(terminal)")
    #expect(terminal.stdout.contains("\u{1B}[1;31merror:\u{1B}[0m"), "errors are red on a terminal:\n\(terminal)")

    let dumb = try runRopaOnTerminal(["validate", "."], cwd: register.path, env: fixedSourceDate.merging(["TERM": "dumb"]) { $1 },
                                     unsetting: ["NO_COLOR"])
    #expect(dumb.status == 1)
    #expect(dumb.stdout.contains("treatments/february-30.yaml:5:10: error: "), "\(dumb)")
    #expect(!dumb.stdout.contains("\u{1B}"), "TERM=dumb turns colour off:\n\(dumb)")

    let noColour = try runRopaOnTerminal(["validate", "."], cwd: register.path, env: fixedSourceDate.merging(["NO_COLOR": "1"]) { $1 })
    #expect(noColour.status == 1)
    #expect(noColour.stdout.contains("treatments/february-30.yaml:5:10: error: "), "\(noColour)")
    #expect(!noColour.stdout.contains("\u{1B}"), "NO_COLOR turns colour off:\n\(noColour)")
}

// MARK: - Shell manners

@Test func anUnknownHelpTopicIsAUsageError() throws {
    let unknown = try runRopa(["help", "nosuch"])
    #expect(unknown.status == 2, "\(unknown)")
    #expect(unknown.stdout.isEmpty)
    #expect(unknown.stderr.contains("no command 'nosuch'") && unknown.stderr.contains("validate, render"), "\(unknown)")
    let nested = try runRopa(["help", "render", "nosuch"])
    #expect(nested.status == 2, "\(nested)")
    let known = try runRopa(["help", "render"])
    #expect(known.status == 0, "\(known)")
    #expect(known.stdout.contains("USAGE: ropa render"))
}

/// Register arguments complete directories, file options complete files, in the three shells.
@Test(arguments: ["bash", "zsh", "fish"])
func completionCompletesPaths(shell: String) throws {
    let script = try runRopa(["--generate-completion-script", shell])
    #expect(script.status == 0, "\(script)")
    let text = script.stdout
    // What ArgumentParser writes for `completion: .directory` and `.file()`, in each shell.
    let (directory, file): (String, String) = switch shell {
    case "bash": ("__ropa_add_completions -d", "__ropa_add_completions -f")
    case "zsh": (":directory:_files -/", ":file:_files'")
    default: ("-n '__ropa_should_offer_completions_for_positional \"ropa validate\" -eq 1' -fa '(__ropa_complete_directories)'",
              "-l 'output' -d 'Write to this file")
    }
    #expect(text.contains(directory), "the register argument does not complete directories in \(shell)")
    #expect(text.contains(file), "--output does not complete files in \(shell)")
    if shell == "fish" {
        let output = try #require(text.split(separator: "\n").first { $0.contains("\"ropa render\" o output") })
        #expect(output.hasSuffix("-rF"), "\(output)")
    }
}
