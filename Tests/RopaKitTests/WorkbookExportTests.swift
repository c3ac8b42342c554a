import Foundation
import Testing
@testable import RopaKit

/// `ropa render --format ods`: the CNIL's workbook, written so that `ropa import` reads the
/// register back whole.
@Suite struct WorkbookExportTests {
    static func options(_ format: OutputFormat = .ods, document: DocumentKind = .register, draft: Bool = false) -> RenderOptions {
        RenderOptions(format: format, language: .fr, date: RenderingSupport.date, draft: draft, treatmentIDs: [], templatesDirectory: nil,
                      version: "v1", document: document, publicVersion: false, audience: nil)
    }

    static func workbook(_ register: Register, draft: Bool = false) throws -> [UInt8] {
        try DocumentRenderer(options: options(draft: draft)).document(register)
    }

    /// The workbook read back as cells.
    static func read(_ bytes: [UInt8]) throws -> Workbook {
        switch SpreadsheetReader.read(bytes: Data(bytes), file: "export.ods") {
        case .success(let workbook): return workbook
        case .failure(let failure): throw RenderingSupport.Problem(description: failure.description)
        }
    }

    /// A register loaded from files in memory, with its errors (a draft may have them).
    static func register(_ treatments: [String: String], organisation: String = TestRegister.organisation) throws -> Register {
        let loaded = RegisterLoader().load(organisation: RegisterFile(path: "organisation.yaml", bytes: Array(organisation.utf8)),
                                           processors: RegisterFile(path: "processors.yaml", bytes: Array(TestRegister.processors.utf8)),
                                           treatments: treatments.sorted { $0.key < $1.key }.map {
                                               RegisterFile(path: "treatments/\($0.key).yaml", bytes: Array($0.value.utf8))
                                           })
        return try #require(loaded.register)
    }

    static func texts(_ workbook: Workbook) -> [String] {
        workbook.sheets.flatMap { $0.cells.values.map(\.text) }
    }

    @Test func theArchiveIsAnOpenDocumentSpreadsheetWithItsMimetypeFirstAndStored() throws {
        let (register, _) = try RenderingSupport.load(RenderingSupport.example)
        let bytes = try Self.workbook(register)
        // A local file header: name at offset 30, compression method 0 (stored) at offset 8.
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0, "mimetype is stored, not deflated")
        let name = String(decoding: bytes[30..<38], as: UTF8.self)
        #expect(name == "mimetype")
        let media = String(decoding: bytes[38..<(38 + ODSWriter.mediaType.utf8.count)], as: UTF8.self)
        #expect(media == ODSWriter.mediaType)
        // The same register gives the same bytes.
        #expect(try Self.workbook(register) == bytes)

        let workbook = try Self.read(bytes)
        let names = workbook.sheets.map(\.name)
        #expect(names.first == WorkbookExport.listSheet)
        #expect(names.suffix(2) == ["Organisme", "Sous-traitants"])
        #expect(names.count == register.treatments.count + 3, "\(names)")
        let texts = Self.texts(workbook)
        #expect(texts.contains("Base légale"))
        #expect(texts.contains("Informations complémentaires (hors modèle CNIL)"))
        #expect(texts.contains("Coordonnées du responsable de l'organisme\nÀ remplir si vous n'êtes pas déjà dans l'annuaire de la CNIL")
            || texts.contains { $0.hasPrefix("Coordonnées du responsable de l'organisme") })
    }

    @Test func aFormulaLikeValueIsAStringCellAndMarkupIsEscaped() throws {
        let hostile = "=HYPERLINK(\"http://x\";\"<b>clic</b> & co\")"
        let register = try Self.register(["prospection": TestRegister.treatment().replacingOccurrences(
            of: "details: habilitations par profil", with: "details: '\(hostile.replacingOccurrences(of: "'", with: "''"))'")])
        let workbook = try Self.read(try Self.workbook(register))
        let cell = try #require(workbook.sheets.flatMap { $0.cells.values }.first { $0.text == hostile })
        #expect(cell.kind == .text, "typed as a string: never evaluated")
        #expect(cell.formula == nil)
        #expect(ODSWriter.escape("<a href=\"x\">&</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;")
        #expect(ODSWriter.paragraph("  two  spaces ") == "<text:s text:c=\"2\"/>two <text:s text:c=\"1\"/>spaces<text:s text:c=\"1\"/>")
    }

    @Test func anEntryThatFailedToLoadStaysVisibleAndMarked() throws {
        let broken = TestRegister.treatment().replacingOccurrences(of: "  - category: prospects", with: "  - category: [prospects")
        let register = try Self.register(["prospection": broken])
        let invalid = register.treatments.flatMap(\.invalidEntries)
        #expect(!invalid.isEmpty)
        let texts = Self.texts(try Self.read(try Self.workbook(register, draft: true)))
        #expect(texts.contains(Wording(.fr)[.invalidEntry]))
        #expect(texts.contains { $0.contains("[prospects") }, "the file's own words are kept")
    }

    @Test func onlyTheRegisterIsMadeAsAWorkbook() throws {
        let (register, _) = try RenderingSupport.load(RenderingSupport.example)
        #expect(throws: RenderError.self) { try DocumentRenderer(options: Self.options(document: .notice)).document(register) }
        // `render` returns text: the workbook is asked of `document`.
        #expect(throws: RenderError.binaryFormat(.ods)) { try DocumentRenderer(options: Self.options()).render(register) }
    }

    @Test func sheetNamesAreWhatSpreadsheetsAccept() {
        var names = SheetNames(reserved: ["Organisme"])
        #expect(names.unique("T-01 Prospection : clients/prospects [B2C]") == "T-01 Prospection clients prospe")
        #expect(names.unique("organisme") == "organisme (2)")
        #expect(names.unique("'''") == "Fiche")
        #expect(names.unique(String(repeating: "a", count: 40)).count == SheetNames.maxLength)
    }

    /// `import(export(register))` gives the register back: the JSON document of the original and
    /// of the round-tripped register hold the same strings and values, but for the differences
    /// below, each with its reason. The example register, and the fixtures that have what it has
    /// not: joint controllers, a processor's fiches, public bodies, sensitive data, transfers with
    /// their assessments, DPIAs, waivers, hostile text. (Registers with errors go as drafts.)
    ///
    /// Not here: a register with entries that failed to load (`real-registers/cnil-paie`). The
    /// workbook shows each, marked, with its file's text; the import keeps that text in the
    /// treatment's notes, not as the broken entry it was (docs/import.md).
    @Test(arguments: ["register", "Tests/Fixtures/breadth/association", "Tests/Fixtures/breadth/commune", "Tests/Fixtures/breadth/employer",
                      "Tests/Fixtures/breadth/processor", "Tests/Fixtures/real-registers/be-ville", "Tests/Fixtures/real-registers/es-consorcio",
                      "Tests/Fixtures/minimal", "Tests/Fixtures/injection"])
    func aRegisterComesBackWhole(directory: String) throws {
        let source = RenderingSupport.packageRoot + "/" + directory
        let register = try #require(RegisterLoader().load(directory: source).register)
        let imported = WorkbookImport.run(try Self.read(try Self.workbook(register, draft: true)), file: "export.ods")
        #expect(imported.notes.filter { $0.severity != .note }.isEmpty, "\(imported.notes.map(\.message))")
        let summary = imported.summary
        #expect(summary.keptAsNotes == 0 && summary.needAttention == 0, "\(summary)")
        #expect(summary.cells == summary.modelCells + summary.mapped + summary.keptAsNotes, "every cell accounted for: \(summary)")

        let directory = try RenderingSupport.temporaryDirectory()
        try FileManager.default.removeItem(atPath: directory)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        if case .failure(let failure) = RegisterDirectory.write(imported.files, to: directory, replacing: false) {
            throw RenderingSupport.Problem(description: failure.description)
        }
        let original = try Self.json(source)
        let roundTripped = try Self.json(directory)
        var differences: [String] = []
        Self.compare(original, roundTripped, path: "", into: &differences)
        // Documented differences, each justified (docs/import.md, "Back to the CNIL's format"):
        // - the order of the data categories: the fiche lists them by the CNIL's category rows
        //   (compared here as a set, see `json`);
        // - the register's fingerprint (`register_version`): the imported files are other files,
        //   their comments naming the workbook's cells, though they say the same. Both documents
        //   here are rendered with the same version ("v1"), so it is not compared.
        // Nothing else may differ.
        let allowed: [(path: String, reason: String)] = []
        let unexplained = differences.filter { difference in !allowed.contains { difference.hasPrefix($0.path + " ") } }
        #expect(unexplained.isEmpty, "\(unexplained.joined(separator: "\n"))")
    }

    /// The register's JSON export, its data categories in a stable order: the CNIL's fiche lists
    /// the data by the model's category rows, not in the file's order (a documented difference of
    /// order, not of content: each treatment's categories are compared as a set).
    static func json(_ directory: String) throws -> Any {
        let register = try #require(RegisterLoader().load(directory: directory).register)
        let text = try DocumentRenderer(options: options(.json, draft: true)).render(register)
        var value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        guard var object = value as? [String: Any], let treatments = object["treatments"] as? [[String: Any]] else { return value }
        object["treatments"] = treatments.map { treatment in
            var treatment = treatment
            for key in ["data", "sensitive_data"] {
                if let items = treatment[key] as? [Any] { treatment[key] = items.sorted { canonical($0) < canonical($1) } }
            }
            return treatment
        }
        value = object
        return value
    }

    static func canonical(_ value: Any) -> String {
        (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// Every string and value that differs, by its path: `.treatments[2].purposes[0].legal_basis old | new`.
    static func compare(_ left: Any, _ right: Any, path: String, into differences: inout [String]) {
        switch (left, right) {
        case (let left as [String: Any], let right as [String: Any]):
            for key in Set(left.keys).union(right.keys).sorted() {
                guard let leftValue = left[key], let rightValue = right[key] else {
                    differences.append("\(path).\(key) present in one only")
                    continue
                }
                compare(leftValue, rightValue, path: path + "." + key, into: &differences)
            }
        case (let left as [Any], let right as [Any]):
            if left.count != right.count { differences.append("\(path) \(left.count) items | \(right.count) items") }
            for (index, (leftItem, rightItem)) in zip(left, right).enumerated() {
                compare(leftItem, rightItem, path: "\(path)[\(index)]", into: &differences)
            }
        default:
            if canonical(left) != canonical(right) { differences.append("\(path) \(canonical(left)) | \(canonical(right))") }
        }
    }
}

/// A retention whose words a DPO rewrote in the workbook is no reading of ropa's: the columns
/// beside it (archives service, note) are still written under their keys, with their cells.
@Suite struct RewrittenRetentionTests {
    @Test func theColumnsBesideWordsThatDoNotReadAreKept() throws {
        let treatment = """
            id: one
            name: Gestion des clients
            reference: T-001
            created: 2018-05-25
            updated: 2026-01-10
            purposes:
              - name: Exécution des commandes
                legal_basis: contract
            data_subjects:
              - category: clients
            data:
              - category: identification
                retention:
                  duration: 3 years
                  from: end_of_relationship
                  archives_reference: SENTINEL-archives
                  note: SENTINEL-note
            sources:
              - kind: direct
            recipients:
              - service: direction
            transfers: none
            security:
              - measure: access_control
            """
        let register = try WorkbookExportTests.register(["one": treatment])
        var workbook = try WorkbookExportTests.read(try WorkbookExportTests.workbook(register, draft: true))
        let summary = "3 ans à compter de la fin de la relation contractuelle"
        var rewritten = false
        for (index, sheet) in workbook.sheets.enumerated() {
            for (position, cell) in sheet.cells where cell.text == summary {
                workbook.sheets[index].cells[position] = Cell(lines: ["Selon la politique interne de conservation"])
                rewritten = true
            }
        }
        try #require(rewritten, "the export writes the summary")
        let imported = WorkbookImport.run(workbook, file: "export.ods")
        let yaml = try #require(imported.files.first { $0.path.hasPrefix("treatments/") }?.contents)
        #expect(yaml.contains("event: \"Selon la politique interne de conservation\""))
        #expect(yaml.contains("archives_reference: \"SENTINEL-archives\""), "\(yaml)")
        #expect(yaml.contains("SENTINEL-note"), "\(yaml)")
        #expect(imported.summary.cells == imported.summary.modelCells + imported.summary.mapped + imported.summary.keptAsNotes)
    }
}
