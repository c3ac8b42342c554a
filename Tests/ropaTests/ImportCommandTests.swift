import Foundation
import Testing

/// `ropa import` through the built binary: a workbook in, a register directory out — or, for a
/// workbook that cannot be read, one located diagnostic and nothing written.
@Suite struct ImportCommandTests {
    let date = ["--date", "2026-12-01"]
    let cnilModel = PackagePaths.fixture("cnil-model/registre-traitement-simplifie.ods").path

    /// The files of a directory, relative and sorted.
    func files(in directory: String) -> [String] {
        (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? [])
            .filter { !isDirectory(directory + "/" + $0) }.sorted()
    }

    func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    @Test func theCNILExampleFicheBecomesACheckedRegister() throws {
        let scratch = try ScratchRegister()
        let output = scratch.path + "/registre"
        let result = try runRopa(["import", cnilModel, "--output", output, "--include-example"] + date)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Imported 1 treatment from"), "\(result)")
        #expect(result.stdout.contains("Not imported: '3_-_Modèle_de_fiche_de_registre'"), "\(result)")
        // The import validates what it wrote: the CNIL model has no legal basis.
        #expect(result.stdout.contains("Validation of \(output)/"), "\(result)")
        // Exactly the expected findings: the model has no legal basis (four purposes) and no source of data.
        let findings = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
        #expect(findings.count == 5, "\(result)")
        #expect(findings.count { $0.contains("A purpose needs 'legal_basis'") } == 4, "\(result)")
        #expect(findings.count { $0.contains("needs 'sources'") } == 1, "\(result)")
        #expect(result.stdout.contains("5 errors, 0 warnings"), "\(result)")
        #expect(files(in: output) == ["organisation.yaml", "treatments/gestion-de-la-paie.yaml"])
        let fiche = try String(contentsOfFile: output + "/treatments/gestion-de-la-paie.yaml", encoding: .utf8)
        // Each value names its cell, so that the referent can check the import against the workbook.
        #expect(fiche.contains("# '4_-_Exemple_de_fiche'!"), "\(fiche)")
        #expect(fiche.contains("Gestion de la paie"))
        // The written register loads: validate reports its gaps as findings, not as unreadable files.
        let validate = try runRopa(["validate", output] + date)
        #expect(validate.status == 1, "\(validate)")
        #expect(validate.didNotCrash)
        #expect(!validate.stdout.contains("yaml-syntax"), "\(validate)")
    }

    @Test func theUntouchedModelGivesAnEmptyRegisterAndSaysWhy() throws {
        let scratch = try ScratchRegister()
        let output = scratch.path + "/registre"
        let result = try runRopa(["import", cnilModel, "-o", output, "--quiet"] + date)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Imported 0 treatments"), "\(result)")
        #expect(result.stdout.contains("the CNIL's example fiche (Gestion de la paie): not imported; use --include-example"), "\(result)")
        #expect(files(in: output) == ["organisation.yaml"])
    }

    @Test func aMessyWorkbookImportsWithEveryValueNamed() throws {
        for workbook in ["messy.ods", "messy.xlsx"] {
            let scratch = try ScratchRegister()
            let output = scratch.path + "/registre"
            let result = try runRopa(["import", PackagePaths.fixture("import/\(workbook)").path, "-o", output, "-q"] + date)
            #expect(result.status == 0, "\(result)")
            #expect(result.didNotCrash)
            // What needs attention is said, with the cell: a near-miss list value, a retention in words.
            #expect(result.stdout.contains("[import-attention]"), "\(result)")
            let written = files(in: output)
            #expect(written.contains("organisation.yaml"))
            #expect(written.filter { $0.hasPrefix("treatments/") }.count >= 2, "\(written)")
            let validate = try runRopa(["validate", output] + date)
            #expect(validate.didNotCrash, "\(validate)")
            #expect(!validate.stdout.contains("yaml-syntax"), "\(validate)")
        }
    }

    @Test(arguments: [
        ("billion-laughs.ods", "workbook-unsafe"), ("bomb-ratio.ods", "workbook-too-large"),
        ("bomb-lying-header.ods", "workbook-"), ("million-rows.ods", "workbook-too-large"),
        ("path-traversal.xlsx", "workbook-unsafe"), ("external-entity.xlsx", "workbook-unsafe"),
        ("truncated.ods", "workbook-damaged"), ("malformed-content.ods", "workbook-damaged"),
        ("password.ods", "workbook-password-protected"), ("password.xlsx", "workbook-password-protected"),
        ("legacy.xls", "workbook-not-spreadsheet"), ("word-document.xlsx", "workbook-not-spreadsheet"),
        ("empty.ods", "workbook-not-spreadsheet"),
    ])
    func aHostileWorkbookIsOneDiagnosticAndNothingWritten(file: String, id: String) throws {
        let scratch = try ScratchRegister()
        let workbook = PackagePaths.fixture("spreadsheets/hostile/\(file)").path
        let result = try runRopa(["import", workbook, "-o", scratch.path + "/registre"] + date)
        #expect(result.status == 2, "\(result)")
        #expect(result.didNotCrash, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.hasPrefix("\(workbook):1:1: error: "), "\(result)")
        #expect(result.stderr.contains("[\(id)"), "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test func anExistingRegisterIsReplacedOnlyWithForce() throws {
        let scratch = try ScratchRegister()
        let output = scratch.path + "/registre"
        try scratch.write("registre/organisation.yaml", "organisation:\n  name: Ancien registre\n")
        try scratch.write("registre/treatments/garder.yaml", "id: garder\n")
        let refused = try runRopa(["import", cnilModel, "-o", output, "--include-example"] + date)
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("already exists"), "\(refused)")
        #expect(refused.stderr.contains("--force"), "\(refused)")
        #expect(try String(contentsOfFile: output + "/organisation.yaml", encoding: .utf8).contains("Ancien registre"))
        #expect(files(in: output) == ["organisation.yaml", "treatments/garder.yaml"])

        let replaced = try runRopa(["import", cnilModel, "-o", output, "--include-example", "--force", "-q"] + date)
        #expect(replaced.status == 0, "\(replaced)")
        #expect(files(in: output) == ["organisation.yaml", "treatments/gestion-de-la-paie.yaml"])
        // Nothing is left beside it: the new register was written aside, then renamed into place.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["registre"])
    }

    @Test func aWorkbookThatCannotBeReadLeavesAnExistingRegisterAlone() throws {
        let scratch = try ScratchRegister()
        try scratch.write("registre/organisation.yaml", "organisation:\n  name: Ancien registre\n")
        let result = try runRopa(["import", PackagePaths.fixture("spreadsheets/hostile/truncated.ods").path,
                                  "-o", scratch.path + "/registre", "--force"] + date)
        #expect(result.status == 2, "\(result)")
        #expect(files(in: scratch.path + "/registre") == ["organisation.yaml"])
        let missing = try runRopa(["import", scratch.path + "/absent.ods", "-o", scratch.path + "/other"] + date)
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.stderr.contains("[workbook-unreadable]"), "\(missing)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/other"))
    }
}
