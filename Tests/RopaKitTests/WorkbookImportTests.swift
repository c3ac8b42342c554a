import Foundation
import Testing
@testable import RopaKit

/// `ropa import`: the CNIL's own workbook and a messy one go in, every cell accounted for.
@Suite struct WorkbookImportTests {
    static let root = RenderingSupport.packageRoot + "/Tests/Fixtures/"

    static func importing(_ path: String, includeExample: Bool = false) throws -> WorkbookImport {
        switch SpreadsheetReader.read(contentsOf: root + path) {
        case .success(let workbook): return WorkbookImport.run(workbook, file: path, options: .init(includeExample: includeExample))
        case .failure(let failure): throw RenderingSupport.Problem(description: failure.description)
        }
    }

    /// Writes the imported files and loads them as a register, with the rules of 2026-11-30.
    static func check(_ result: WorkbookImport) throws -> (LoadedRegister, [Diagnostic]) {
        let directory = try RenderingSupport.temporaryDirectory()
        try FileManager.default.removeItem(atPath: directory)
        if case .failure(let failure) = RegisterDirectory.write(result.files, to: directory, replacing: false) {
            throw RenderingSupport.Problem(description: failure.description)
        }
        let day = ISODate(year: 2026, month: 11, day: 30) ?? ISODate(daysSinceEpoch: 0)
        let check = RegisterCheck().run(directory: directory, context: RuleContext(date: day))
        try? FileManager.default.removeItem(atPath: directory)
        return (check.loaded, check.diagnostics)
    }

    static func file(_ result: WorkbookImport, _ path: String) -> String {
        result.files.first { $0.path == path }?.contents ?? ""
    }

    @Test(arguments: ["cnil-model/registre-traitement-simplifie.ods", "cnil-model/registre-traitement-simplifie-resaved-2024.ods",
                      "spreadsheets/libreoffice/registre-traitement-simplifie.xlsx"])
    func theCNILModelImportsToNothingButItsExampleWhenAsked(path: String) throws {
        let plain = try Self.importing(path)
        #expect(plain.summary.treatments == 0)
        #expect(plain.summary.skippedSheets == ["3_-_Modèle_de_fiche_de_registre", "4_-_Exemple_de_fiche"])

        let example = try Self.importing(path, includeExample: true)
        #expect(example.summary.treatments == 1)
        let (loaded, diagnostics) = try Self.check(example)
        // The only findings: what the CNIL model has no field for.
        let errors = diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors.count == 5, "\(errors)")
        #expect(errors.filter { $0.contains("'legal_basis'") }.count == 4)
        #expect(errors.contains { $0.contains("'sources'") })
        let treatment = try #require(loaded.register?.treatments.first)
        #expect(treatment.name == "Gestion de la paie" && treatment.reference == "1 - Exemple")
        #expect(treatment.created == ISODate(year: 2018, month: 5, day: 26) && treatment.updated == ISODate(year: 2019, month: 5, day: 13))
        #expect(treatment.data.map(\.category) == [.identification, .economicFinancial, .nir])
        #expect(treatment.data.first?.retention.map { RetentionWords.summary($0, in: .fr) } == "5 ans à compter du versement de la paie")
        #expect(treatment.sensitiveData.isEmpty && treatment.source.has("sensitive_data"), "'Données sensibles ? Non' in sheet 2")
        #expect(treatment.recipients.map(\.kind) == [.service, .partner, .thirdCountry])
        #expect(treatment.transfers.first?.country == "AD" && treatment.transfers.first?.signed == ISODate(year: 2018, month: 1, day: 23))
        // The 2024 copy has "Autres mesures (à préciser)" in the third cell (cnil-register-facts.md §1.1.6).
        #expect(treatment.security.map(\.kind) == [.softwareProtection, .backup, path.contains("2024") ? .other : .accessControl])
        let organisation = try #require(loaded.register?.organisation)
        #expect(organisation.controller.name == "Louise DUPONT" && organisation.dataProtectionContact?.role == .dpo)
        #expect(Self.file(example, "treatments/gestion-de-la-paie.yaml").contains("# '4_-_Exemple_de_fiche'!E31"), "values name their cells")
    }

    /// Every cell of the messy workbook is accounted for, in both formats, the same way.
    @Test(arguments: ["import/messy.ods", "import/messy.xlsx"])
    func aMessyWorkbookImportsWithEveryCellAccountedFor(path: String) throws {
        let result = try Self.importing(path)
        let summary = result.summary
        #expect(summary.cells == summary.modelCells + summary.mapped + summary.keptAsNotes, "\(summary)")
        #expect(summary.treatments == 3)
        let messages = result.notes.map(\.message)
        #expect(messages.contains { $0.contains("'Vidéosurveillance', which has no fiche") })
        #expect(messages.contains { $0.contains("'Cookies' is not in the list of treatments") })
        // "Sous-traitant" is ropa's own label of the type: read as it, with no note.
        #expect(!messages.contains { $0.contains("'Sous-traitant'") })
        #expect(messages.contains { $0.contains("'Atlantide' is not a country") })

        let paie = Self.file(result, "treatments/paie-et-rh.yaml")
        #expect(paie.contains("name: \"Déclarations sociales\"") && paie.contains("name: \"Virement des salaires\""), "two values in one cell")
        #expect(paie.contains("updated: 2025-06-01"), "a date typed as 01/06/25")
        #expect(paie.contains("duration: 5 years\n      from: end_of_relationship"), "durée du contrat + 5 ans")
        #expect(paie.contains("revoir avec la DRH"), "a cell outside the model is kept in the notes")
        #expect(paie.contains("- type: processor  # 'Paie et RH (fiche é)'!B49 Sous-traitant"))
        // Read as ropa prints it: "jusqu'à" and the event's own words.
        #expect(paie.contains("until: event\n      event: \"la fin de la carrière du salarié\""), "\(paie)")
        #expect(!paie.contains(CNILModel.placeholder), "the placeholder is nothing chosen")
        let organisation = Self.file(result, "organisation.yaml")
        #expect(organisation.contains("postal_code: \"04000\""), "a postal code stored as a number keeps its zero")
        #expect(organisation.contains("role: external_dpo") && organisation.contains("company: \"DPO Conseil SARL\""))

        let (loaded, diagnostics) = try Self.check(result)
        #expect(loaded.register?.treatments.count == 3)
        #expect(!diagnostics.contains { $0.id == DiagnosticID.yamlSyntax || $0.id == DiagnosticID.unknownKey }, "the files are well formed")
    }

    @Test func yamlValuesAreQuotedSoThatNoTextChangesTheirMeaning() {
        #expect(YAMLWriter.quoted("yes") == "\"yes\"")
        #expect(YAMLWriter.quoted("a \"b\" \\ c\nd") == "\"a \\\"b\\\" \\\\ c\\nd\"")
        #expect(YAMLWriter.quoted("- item: #x") == "\"- item: #x\"")
        #expect(YAMLWriter.quoted("\u{7}") == "\"\\u0007\"")
    }

    @Test(arguments: [
        ("5 ans à compter du versement de la paie", "5 years", RetentionStart.event, "le versement de la paie"),
        ("3 ans à compter du dernier contact", "3 years", .lastContact, nil),
        ("13 mois à compter de la collecte", "13 months", .collection, nil),
        ("durée du contrat + 3 ans", "3 years", .endOfRelationship, nil),
        ("1 an après la fin du contrat", "1 year", .endOfRelationship, nil),
    ] as [(String, String, RetentionStart, String?)])
    func retentionInWords(text: String, duration: String, from: RetentionStart, event: String?) {
        let parsed = WorkbookText.retention(text)
        #expect(parsed?.duration.description == duration && parsed?.from == from && parsed?.event == event, "\(text)")
    }

    @Test func retentionsThatDoNotReadAreNotGuessed() {
        for text in ["Jusqu'à la fin de la carrière", "5 ans", "selon la réglementation", "durée du contrat"] {
            #expect(WorkbookText.retention(text) == nil, "\(text)")
        }
    }

    @Test func anExistingDirectoryIsReplacedOnlyWhenAskedAndThenWhole() throws {
        let directory = try RenderingSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let target = directory + "/register"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        try "old".write(toFile: target + "/organisation.yaml", atomically: true, encoding: .utf8)
        let files = [RegisterScaffold.File(path: "organisation.yaml", contents: "new"),
                     RegisterScaffold.File(path: "treatments/a.yaml", contents: "a")]
        guard case .failure = RegisterDirectory.write(files, to: target, replacing: false) else {
            Issue.record("an existing directory must be refused without --force")
            return
        }
        #expect(try String(contentsOfFile: target + "/organisation.yaml", encoding: .utf8) == "old")
        guard case .success = RegisterDirectory.write(files, to: target, replacing: true) else {
            Issue.record("--force replaces it")
            return
        }
        #expect(try String(contentsOfFile: target + "/organisation.yaml", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["register"], "nothing left beside it")
    }
}

/// `WorkbookImport.run(contentsOf:)` recognises each sheet while the parser reads the next ones:
/// it must give exactly what reading the whole workbook, then importing it, gives.
@Suite struct PipelinedImportTests {
    @Test(arguments: ["cnil-model/registre-traitement-simplifie.ods", "spreadsheets/libreoffice/registre-traitement-simplifie.xlsx",
                      "import/messy.ods", "import/messy.xlsx"])
    func readingWhileRecognisingGivesTheSameImport(path: String) throws {
        for includeExample in [false, true] {
            let options = WorkbookImport.Options(includeExample: includeExample)
            let workbook = try SpreadsheetReader.read(contentsOf: WorkbookImportTests.root + path).get()
            let whole = WorkbookImport.run(workbook, file: WorkbookImportTests.root + path, options: options)
            let pipelined = try WorkbookImport.run(contentsOf: WorkbookImportTests.root + path, options: options).get()
            #expect(pipelined.files.map(\.path) == whole.files.map(\.path))
            #expect(pipelined.files.map(\.contents) == whole.files.map(\.contents))
            #expect(pipelined.summary == whole.summary)
            #expect(pipelined.notes == whole.notes)
            #expect(!pipelined.files.isEmpty && pipelined.summary.cells > 0)
        }
    }

    /// The sheets given one by one are the workbook's, in order, each complete.
    @Test func eachSheetIsGivenCompleteAndInOrder() throws {
        let path = WorkbookImportTests.root + "import/messy.ods"
        nonisolated(unsafe) var given: [Sheet] = []
        let workbook = try SpreadsheetReader.read(contentsOf: path, eachSheet: { given.append($0) }).get()
        #expect(given == workbook.sheets)
        #expect(given.count > 2)
    }

    @Test func aWorkbookThatFailsGivesItsFailure() throws {
        let path = WorkbookImportTests.root + "spreadsheets/hostile/billion-laughs.ods"
        let failure = try #require(WorkbookImport.run(contentsOf: path).failureValue)
        #expect(failure == SpreadsheetReader.read(contentsOf: path).failureValue)
    }
}

/// The treatments are written in runs, one per core: whatever the number of runs, the import is
/// the one a single run gives (ids, files, counts and notes, in order).
@Suite struct ParallelImportTests {
    @Test(arguments: ["import/messy.ods", "import/messy.xlsx", "cnil-model/registre-traitement-simplifie.ods"])
    func anyNumberOfRunsGivesTheSameImport(path: String) throws {
        let workbook = try SpreadsheetReader.read(contentsOf: WorkbookImportTests.root + path).get()
        func imported(cores: Int) -> WorkbookImport {
            var builder = WorkbookBuilder(file: path, workbook: ImportedWorkbook(workbook), options: .init(includeExample: true))
            builder.cores = cores
            return builder.build()
        }
        let single = imported(cores: 1)
        #expect(single.files.count > 1)
        for cores in [2, 3, 7] {
            let parallel = imported(cores: cores)
            #expect(parallel.files.map(\.path) == single.files.map(\.path), "\(cores) runs")
            #expect(parallel.files.map(\.contents) == single.files.map(\.contents), "\(cores) runs")
            #expect(parallel.summary == single.summary && parallel.notes == single.notes, "\(cores) runs")
        }
        #expect(WorkbookBuilder.runs(of: 5, cores: 2) == [0..<3, 3..<5])
        #expect(WorkbookBuilder.runs(of: 0, cores: 4).isEmpty && WorkbookBuilder.runs(of: 3, cores: 0) == [0..<3])
    }
}
