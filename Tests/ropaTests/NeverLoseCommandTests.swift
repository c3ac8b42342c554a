import Foundation
import Testing

/// "Never lose, never invert" on the built binary: blank required values are errors at their
/// place, a register with errors is refused unless --draft, and a draft shows what failed where it
/// belongs instead of stating an absence.
@Suite struct NeverLoseCommandTests {
    static let blankSpellings = ["\"\"", "\"   \"", ">-\n", "\"\u{200B}\"", "\"\u{2060}\u{FEFF}\"", "\"\u{3164}\""]

    @Test(arguments: blankSpellings)
    func aBlankRequiredValueIsAnErrorAtItsPlace(blank: String) throws {
        let register = try ScratchRegister(copying: "minimal")
        let original = try String(contentsOfFile: register.path("treatments/one.yaml"), encoding: .utf8)
        try register.write("treatments/one.yaml", original.replacingOccurrences(of: "name: Gestion des clients", with: "name: \(blank)"))
        let result = try runRopa(["validate", register.path], env: fixedSourceDate)
        #expect(result.status == 1, "\(result)")
        let error = try #require(printedDiagnostics(result.stdout).first { $0.rule == "missing-key" }, "\(result)")
        #expect(error.position.hasSuffix("treatments/one.yaml:2:7"), "\(result)")
        #expect(error.header.contains("needs 'name'") && error.header.contains("blank"), "\(result)")
    }

    @Test func aBlankOptionalValueIsAWarningAndIsNotPrinted() throws {
        let register = try ScratchRegister(copying: "minimal")
        let original = try String(contentsOfFile: register.path("organisation.yaml"), encoding: .utf8)
        try register.write("organisation.yaml", original.replacingOccurrences(of: "  registration: \"SIREN 000 000 000\"",
                                                                             with: "  registration: \"\u{200B} \""))
        let result = try runRopa(["validate", register.path], env: fixedSourceDate)
        #expect(result.status == 0, "\(result)")
        #expect(printedDiagnostics(result.stdout).contains { $0.rule == "blank-value" && $0.position.hasSuffix("organisation.yaml:10:17") },
                "\(result)")
        let document = try runRopa(["render", register.path, "--format", "markdown"], env: fixedSourceDate)
        #expect(document.status == 0, "\(document)")
        #expect(!document.stdout.contains("Immatriculation"), "a blank value prints no row")
    }

    /// The examples: a transfer with an invalid country, a DPO that failed, a purpose with
    /// an unknown legal basis, a treatment with a bad date. Refused; as a draft, each is shown.
    @Test func aDraftShowsWhatFailedAndStatesNoAbsence() throws {
        let register = try ScratchRegister(copying: "minimal")
        var treatment = try String(contentsOfFile: register.path("treatments/one.yaml"), encoding: .utf8)
        treatment = treatment
            .replacingOccurrences(of: "transfers: none", with: "transfers:\n  - recipient: Nuage Inc\n    country: XX\n    safeguard: standard_contractual_clauses")
            .replacingOccurrences(of: "legal_basis: contract", with: "legal_basis: contrat")
            .replacingOccurrences(of: "created: 2018-05-25", with: "created: 2018-02-30")
        try register.write("treatments/one.yaml", treatment)
        let organisation = try String(contentsOfFile: register.path("organisation.yaml"), encoding: .utf8)
        try register.write("organisation.yaml", organisation.replacingOccurrences(of: "  role: referent", with: "  role: referant"))

        let refused = try runRopa(["render", register.path, "--format", "markdown"], env: fixedSourceDate)
        #expect(refused.status == 1 && refused.stdout.isEmpty, "\(refused)")
        #expect(refused.stderr.contains("--draft"), "\(refused)")

        for format in ["markdown", "html", "csv", "json"] {
            let draft = try runRopa(["render", register.path, "--format", format, "--draft"], env: fixedSourceDate)
            #expect(draft.status == 0, "\(format): \(draft)")
            let text = draft.stdout
            for shown in ["Nuage Inc", "XX", "contrat", "2018-02-30", "referant"] {
                #expect(text.contains(shown), "\(format) shows '\(shown)'")
            }
            // (The data loaded: "Non collecté" for the NIR is a statement the file makes.)
            for absence in ["Aucun transfert", "Aucun délégué"] {
                #expect(!text.contains(absence), "\(format) states '\(absence)'")
            }
            #expect(text.contains(format == "json" ? "one.yaml\"" : "one.yaml:"), "\(format) names the file")
        }
        let notice = try runRopa(["notice", register.path, "--format", "markdown", "--draft"], env: fixedSourceDate)
        #expect(notice.status == 0 && notice.stdout.contains("Nuage Inc") && !notice.stdout.contains("Aucun transfert"), "\(notice)")
    }

    /// A blank organisation name made render and notice exit 1 with no message at all.
    @Test func aBlankOrganisationNameIsReportedAndADraftStillPrints() throws {
        let register = try ScratchRegister(copying: "minimal")
        let organisation = try String(contentsOfFile: register.path("organisation.yaml"), encoding: .utf8)
        try register.write("organisation.yaml", organisation.replacingOccurrences(of: "  name: Julien Martin EI", with: "  name: \"  \""))
        for command in ["render", "notice"] {
            let refused = try runRopa([command, register.path, "--format", "markdown"], env: fixedSourceDate)
            #expect(refused.status == 1, "\(refused)")
            #expect(refused.stderr.contains("organisation.yaml:3:9") && refused.stderr.contains("needs 'name'"), "\(command): \(refused)")
            let draft = try runRopa([command, register.path, "--format", "markdown", "--draft"], env: fixedSourceDate)
            #expect(draft.status == 0, "\(command): \(draft)")
            #expect(draft.stdout.contains("Non déterminé") && draft.stdout.contains("organisation.yaml:3"), "\(command): \(draft)")
        }
    }

    /// A file that does not parse is a fiche of the draft, named after its file.
    @Test func aTreatmentFileThatDoesNotParseIsAFicheOfTheDraft() throws {
        let register = try ScratchRegister(copying: "minimal")
        try register.write("treatments/broken.yaml", "id: broken\nname: [Recrutement\npurposes: []\n")
        let draft = try runRopa(["render", register.path, "--format", "markdown", "--draft"], env: fixedSourceDate)
        #expect(draft.status == 0, "\(draft)")
        #expect(draft.stdout.contains("Fichier illisible") && draft.stdout.contains("broken.yaml") && draft.stdout.contains("Recrutement"),
                "\(draft)")
        let listed = try runRopa(["render", register.path, "--format", "csv", "--draft"], env: fixedSourceDate)
        #expect(listed.stdout.split(separator: "\r\n").count == 3, "header, one.yaml, broken.yaml:\n\(listed)")
    }
}
