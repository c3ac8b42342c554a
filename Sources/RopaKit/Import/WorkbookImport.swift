import Foundation

/// A register written from a CNIL-model workbook (`ropa import`): `organisation.yaml` from sheet
/// 2's header and the fiches' actors, one `treatments/<id>.yaml` per fiche.
///
/// Nothing is lost and nothing is invented: every value lands under its key, or in the treatment's
/// notes with its label; every written value carries a comment naming its cell (`# 'Paie'!C14`);
/// what the model does not ask (a legal basis, the data's source) is left for `validate` to report,
/// unless the workbook is ropa's own (`render --format ods`), whose additions say it
/// (`RopaWorkbookLayout`, read in `RopaWorkbookImport.swift`);
/// what could not be read with certainty (a near-miss list value, a retention in words, an unknown
/// country) is written as found and listed in `notes`.
public struct WorkbookImport: Sendable {
    /// What the import may do beyond the default.
    public struct Options: Sendable {
        /// Import the CNIL's own example fiche too (skipped by default, with a note).
        public var includeExample: Bool
        public init(includeExample: Bool = false) {
            self.includeExample = includeExample
        }
    }

    /// What the import did with the workbook's cells.
    public struct Summary: Sendable, Hashable {
        /// Non-empty cells of the fiches and of the list sheet's values.
        public var cells = 0
        /// Of those, the model's own texts, labels and "Sélectionnez…" placeholders.
        public var modelCells = 0
        /// Values written under a key of the register.
        public var mapped = 0
        /// Values kept in a treatment's notes with their label (no key takes them), or in a comment
        /// beside a TODO (a country, a date, a safeguard that could not be read).
        public var keptAsNotes = 0
        /// Values written as found but to be checked (see `notes`).
        public var needAttention = 0
        public var treatments = 0
        public var skippedSheets: [String] = []

        /// Adds the counts of a part of the import (the fiches one core wrote).
        mutating func add(_ part: Summary) {
            cells += part.cells
            modelCells += part.modelCells
            mapped += part.mapped
            keptAsNotes += part.keptAsNotes
            needAttention += part.needAttention
            treatments += part.treatments
            skippedSheets += part.skippedSheets
        }
    }

    public var files: [RegisterScaffold.File]
    public var summary: Summary
    /// What the person importing must look at, each naming its cell.
    public var notes: [Diagnostic]

    public static func run(_ workbook: Workbook, file: String, options: Options = Options()) -> WorkbookImport {
        var builder = WorkbookBuilder(file: file, workbook: ImportedWorkbook(workbook), options: options)
        return builder.build()
    }

    /// Reads the workbook at `path` and imports it: `SpreadsheetReader.read` then `run`, but each
    /// sheet is recognised, and a fiche read, on a second thread while the parser reads the
    /// next sheets (for a large workbook the XML takes as long as all the rest).
    public static func run(contentsOf path: String, limits: SpreadsheetLimits = .default,
                           options: Options = Options()) -> Result<WorkbookImport, SpreadsheetFailure> {
        let recogniser = SheetRecogniser()
        let read = SpreadsheetReader.read(contentsOf: path, limits: limits, eachSheet: recogniser.recognise)
        let readings = recogniser.readings()
        return read.map { _ in
            var builder = WorkbookBuilder(file: path, workbook: ImportedWorkbook(readings: readings), options: options)
            return builder.build()
        }
    }
}

/// Recognises sheets one after the other on a queue of its own, in the order given.
private final class SheetRecogniser: @unchecked Sendable {
    private let queue = DispatchQueue(label: "ropa.import.sheets")
    /// Touched only on `queue`: no lock is needed.
    private var done: [ImportedWorkbook.SheetReading] = []

    func recognise(_ sheet: Sheet) {
        queue.async { self.done.append(ImportedWorkbook.SheetReading(sheet)) }
    }

    /// The readings of every sheet given, once the queue has done them all.
    func readings() -> [ImportedWorkbook.SheetReading] {
        queue.sync { done }
    }
}

struct WorkbookBuilder {
    typealias Value = ImportedWorkbook.Value
    let file: String
    let workbook: ImportedWorkbook
    let options: WorkbookImport.Options
    var summary = WorkbookImport.Summary()
    var notes: [Diagnostic] = []
    var usedIDs: Set<String> = []
    /// The retention sentences' fixed words, made once for every cell (workbooks are in French).
    let phrasebook = RetentionReading.Phrasebook(.fr)
    /// Retentions already read back, by their words and the columns beside them: a register
    /// repeats its retentions ("5 ans à compter de la fin de la relation contractuelle"), and
    /// each reading fills and compares dozens of sentences.
    var retentionReadings: [RetentionReadingKey: Retention?] = [:]

    struct RetentionReadingKey: Hashable {
        let text: String
        let extras: RetentionReading.Extras
    }
    /// The list of treatments by folded reference and by folded name: each fiche finds its row at
    /// once (matching every row against every fiche made a large workbook's import quadratic).
    let listIndex: ListIndex
    /// How many runs the treatments are written in (`build`); the tests set it to compare.
    var cores = ProcessInfo.processInfo.activeProcessorCount

    init(file: String, workbook: ImportedWorkbook, options: WorkbookImport.Options) {
        self.file = file
        self.workbook = workbook
        self.options = options
        listIndex = ListIndex(workbook.list.map { ListIdentity($0.values) })
    }

    /// A list row's or a fiche's reference and name, folded as labels are (`CNILModel.matchingKey`);
    /// nil when not written. A row and a fiche go together when either is the same.
    struct ListIdentity {
        let reference: String?
        let name: String?

        init(_ values: [String: Value]) {
            reference = values["reference"].map { CNILModel.matchingKey($0.text) }
            name = values["name"].map { CNILModel.matchingKey($0.text) }
        }
    }

    /// Where identities are, by reference and by name: the first position of each.
    struct ListIndex {
        private var byReference: [String?: Int] = [:]
        private var byName: [String?: Int] = [:]

        init(_ identities: [ListIdentity]) {
            for (position, identity) in identities.enumerated() {
                if byReference[identity.reference] == nil { byReference[identity.reference] = position }
                if byName[identity.name] == nil { byName[identity.name] = position }
            }
        }

        /// The first position whose reference or name is `identity`'s.
        func first(matching identity: ListIdentity) -> Int? {
            [byReference[identity.reference], byName[identity.name]].compactMap { $0 }.min()
        }
    }

    mutating func build() -> WorkbookImport {
        var files: [RegisterScaffold.File] = []
        var fiches: [ImportedWorkbook.Fiche] = []
        for fiche in workbook.fiches {
            summary.cells += fiche.structureCells + fiche.placeholderCells
            summary.modelCells += fiche.structureCells + fiche.placeholderCells
            if fiche.isEmptyModel {
                summary.skippedSheets.append(fiche.sheet)
                note("the sheet '\(fiche.sheet)' is the CNIL's model fiche, untouched: not imported", at: nil, severity: .note)
                continue
            }
            // A register whose treatment is the CNIL's example, written by ropa, is the register's own.
            if fiche.isCNILExample, !fiche.writtenByRopa, !options.includeExample {
                summary.skippedSheets.append(fiche.sheet)
                note("the sheet '\(fiche.sheet)' is the CNIL's example fiche (Gestion de la paie): not imported; use --include-example to import it",
                     at: nil, severity: .note)
                continue
            }
            fiches.append(fiche)
        }
        files.append(RegisterScaffold.File(path: RegisterLoader.organisationFile, contents: organisationFile(fiches)))
        if let processors = processorsFile() {
            files.append(RegisterScaffold.File(path: RegisterLoader.processorsFile, contents: processors))
        }
        checkList(against: fiches)
        // Ids first, in the sheets' order (a name met twice gets "-2"); then the fiches are
        // written on all cores, in runs of consecutive fiches, each run by a builder of its own
        // whose counts and notes are added in order: the result is the one a single run gives.
        var ids: [String] = []
        for fiche in fiches { ids.append(treatmentID(fiche)) }
        let runs = Self.runs(of: fiches.count, cores: cores)
        let written = runs.parallelMap { [builder = self, fiches, ids] run in
            var runBuilder = builder
            runBuilder.summary = WorkbookImport.Summary()
            runBuilder.notes = []
            let texts = run.map { runBuilder.treatmentFile(fiches[$0], id: ids[$0]) }
            return (texts: texts, summary: runBuilder.summary, notes: runBuilder.notes)
        }
        for (run, part) in zip(runs, written) {
            for (index, text) in zip(run, part.texts) {
                files.append(RegisterScaffold.File(path: "\(RegisterLoader.treatmentsDirectory)/\(ids[index]).yaml", contents: text))
            }
            summary.add(part.summary)
            notes += part.notes
        }
        summary.treatments += fiches.count
        return WorkbookImport(files: files, summary: summary, notes: notes)
    }

    /// The indices 0..<count cut into one run of consecutive fiches per core (at most), so that
    /// a run's builder reuses what it read before (a register repeats its retention wordings).
    static func runs(of count: Int, cores: Int) -> [Range<Int>] {
        let cores = max(1, cores)
        let length = max(1, (count + cores - 1) / cores)
        return stride(from: 0, to: count, by: length).map { $0..<min($0 + length, count) }
    }

    // MARK: Notes

    mutating func note(_ message: String, at value: Value?, severity: Diagnostic.Severity = .warning, help: String? = nil) {
        let location = value.map { SourceLocation(file: file, line: $0.address.position.row, column: $0.address.position.column) }
            ?? .start(of: file)
        let prefix = value.map { "\($0.address): " } ?? ""
        notes.append(Diagnostic(id: "import-attention", severity: severity, message: prefix + message, at: location, help: help))
        if severity == .warning { summary.needAttention += 1 }
    }

    mutating func mapped(_ value: Value?) -> String? {
        guard let value else { return nil }
        summary.cells += 1
        summary.mapped += 1
        return "\(value.address)"
    }

    // MARK: organisation.yaml

    mutating func organisationFile(_ fiches: [ImportedWorkbook.Fiche]) -> String {
        var yaml = YAMLWriter()
        yaml.comment("Imported from \(file) by ropa import. Each value names the cell it comes from; check them against the\nworkbook. The CNIL model is French: the register answers to French law.", indent: 0)
        let sheet = workbook.organisation
        let facts = sheet?.facts ?? [:]
        if let jurisdiction = facts[.jurisdiction] {
            country(jurisdiction, key: "jurisdiction", into: &yaml, indent: 0)
        } else if sheet == nil {
            // The CNIL model is French; ropa's own workbook says the jurisdiction when the register does.
            yaml.word("jurisdiction", "FR", indent: 0)
        }
        let header = workbook.header
        let controllerRow = fiches.lazy.compactMap { $0.actors[.controller] }.first { $0["name"] != nil }
        yaml.open("organisation", indent: 0)
        // ropa's "Organisme" sheet names the head, if any: sheet 2's "Nom :" is then the head or the organisation.
        let person = sheet == nil ? [header[.controller]?["first_name"], header[.controller]?["last_name"]].compactMap { $0 } : []
        if sheet != nil { countModel(header[.controller]?["last_name"]) }
        if let name = facts[.name] ?? controllerRow?["name"] {
            if facts[.name] != nil { countModel(controllerRow?["name"]) }
            yaml.scalar("name", name.text, indent: 1, source: mapped(name))
            if !person.isEmpty {
                // Sheet 2 asks for a person's name: the head of the organisation.
                yaml.scalar("head", person.map(\.text).joined(separator: " "), indent: 1, source: person.compactMap { mapped($0) }.joined(separator: ", "))
            }
        } else if !person.isEmpty {
            yaml.comment("The workbook has no organisation name: sheet 2 names a person. Write the organisation's name.", indent: 1)
            yaml.scalar("name", person.map(\.text).joined(separator: " "), indent: 1, source: person.compactMap { mapped($0) }.joined(separator: ", "))
        } else {
            yaml.word("name", RegisterSchema.placeholder, indent: 1)
        }
        textValue("company", facts[.company], into: &yaml, indent: 1)
        contactDetails(controllerRow ?? [:], header: header[.controller] ?? [:], into: &yaml, indent: 1)
        textValue("head", facts[.head], into: &yaml, indent: 1)
        textValue("registration", facts[.registration], into: &yaml, indent: 1)
        textValue("website", facts[.website], into: &yaml, indent: 1)
        if let publicBody = facts[.publicBody], Self.boolean(publicBody.text) == true {
            booleanValue("public_body", publicBody, into: &yaml, indent: 1)
        } else {
            countModel(facts[.publicBody])
        }

        let dpoHeader = header[.dpo] ?? [:]
        let dpoRow = fiches.lazy.compactMap { $0.actors[.dpo] }.first { $0["name"] != nil }
        let companyRow = fiches.lazy.compactMap { $0.actors[.dpoCompany]?["name"] }.first
        let dpoName = dpoRow?["name"] ?? Self.joined([dpoHeader["first_name"], dpoHeader["last_name"]])
        if let dpoName, RopaWorkbookLayout.statement(dpoName.text) == .nothing {
            yaml.word("data_protection_contact", RegisterSchema.none, indent: 0, source: "\(mapped(dpoName) ?? ""): \(dpoName.text)")
        } else if let dpoName, let role = facts[.contactRole] {
            // ropa's own workbook says the role, and which company is a statement ("Interne à l'organisme").
            yaml.open("data_protection_contact", indent: 0)
            vocabularyValue("role", role, as: ContactRole.self, into: &yaml, indent: 1)
            yaml.scalar("name", dpoName.text, indent: 1, source: mapped(dpoName))
            if let company = dpoHeader["company"] ?? companyRow {
                if RopaWorkbookLayout.statement(company.text) == nil { textValue("company", company, into: &yaml, indent: 1) } else { countModel(company) }
            }
            contactDetails(dpoRow ?? [:], header: dpoHeader, into: &yaml, indent: 1)
        } else if let dpoName {
            let company = dpoHeader["company"] ?? companyRow
            let isNA = company.map { ["n/a", "na", "sans objet", "neant", "-"].contains(CNILModel.matchingKey($0.text)) } ?? false
            yaml.open("data_protection_contact", indent: 0)
            if let company, isNA {
                yaml.word("role", "dpo", indent: 1, source: "\(mapped(company) ?? ""): \(company.text) — an internal DPO")
            } else {
                yaml.word("role", company == nil ? "dpo" : "external_dpo", indent: 1)
            }
            yaml.scalar("name", dpoName.text, indent: 1, source: mapped(dpoName))
            if let company, !isNA { yaml.scalar("company", company.text, indent: 1, source: mapped(company)) }
            contactDetails(dpoRow ?? [:], header: dpoHeader, into: &yaml, indent: 1)
        }
        let representativeName = fiches.lazy.compactMap({ $0.actors[.representative] }).first(where: { $0["name"] != nil })?["name"]
            ?? Self.joined([header[.representative]?["first_name"], header[.representative]?["last_name"]])
        if let representative = representativeName, RopaWorkbookLayout.statement(representative.text) == .nothing {
            // "Néant": none, as the register said or as follows for a controller in the EEA.
            countModel(representative)
        } else if let representative = representativeName {
            yaml.open("representative", indent: 0)
            yaml.scalar("name", representative.text, indent: 1, source: mapped(representative))
            textValue("company", facts[.representativeCompany], into: &yaml, indent: 1)
            contactDetails(fiches.lazy.compactMap { $0.actors[.representative] }.first ?? [:], header: header[.representative] ?? [:],
                           into: &yaml, indent: 1)
        }
        if let sheet {
            organisationSheetKeys(sheet, into: &yaml)
        }
        keepUnplaced(workbook.unplaced + (sheet?.unplaced ?? []), in: "organisation.yaml")
        return yaml.text
    }

    static func joined(_ values: [Value?]) -> Value? {
        let present = values.compactMap { $0 }
        guard let first = present.first else { return nil }
        return Value(text: present.map(\.text).joined(separator: " "), cell: first.cell, address: first.address)
    }

    /// Address, telephone and e-mail, from a fiche's actor row, else from sheet 2's header block.
    mutating func contactDetails(_ row: [String: Value], header: [String: Value], into yaml: inout YAMLWriter, indent: Int) {
        func pick(_ field: String) -> Value? { row[field] ?? header[field] }
        let address = ["street", "postal_code", "city", "country"].compactMap { field in pick(field).map { (field, $0) } }
        if !address.isEmpty {
            yaml.open("address", indent: indent)
            for (field, value) in address {
                if field == "country" {
                    country(value, key: "country", into: &yaml, indent: indent + 1)
                } else if field == "postal_code" {
                    yaml.scalar(field, Self.postalCode(value), indent: indent + 1, source: mapped(value))
                } else {
                    yaml.scalar(field, value.text, indent: indent + 1, source: mapped(value))
                }
            }
        }
        for field in ["phone", "email"] {
            if let value = pick(field) { yaml.scalar(field, value.text, indent: indent, source: mapped(value)) }
        }
    }

    /// A postal code stored as a number keeps its five digits (04000, not 4000).
    static func postalCode(_ value: Value) -> String {
        if case .number(let number) = value.cell.kind, number == number.rounded(), number >= 0, number < 100_000 {
            let digits = String(Int(number))
            return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
        }
        return value.text
    }

    mutating func country(_ value: Value, key: String, into yaml: inout YAMLWriter, indent: Int) {
        if let code = CNILModel.countryCode(named: value.text) ?? (Countries.isValid(value.text.uppercased()) ? value.text.uppercased() : nil) {
            yaml.word(key, code, indent: indent, source: "\(mapped(value) ?? "") \(value.text)")
        } else {
            summary.cells += 1
            summary.keptAsNotes += 1
            note("'\(value.text)' is not a country ropa knows", at: value, help: "write its ISO code in '\(key):'")
            yaml.word(key, RegisterSchema.placeholder, indent: indent, source: "\(value.address): \(value.text) — not recognised")
        }
    }

    // MARK: The list of treatments (sheet 2)

    mutating func checkList(against fiches: [ImportedWorkbook.Fiche]) {
        let examples = ListIndex(workbook.fiches.filter(\.isCNILExample).map { ListIdentity($0.description) })
        let imported = ListIndex(fiches.map { ListIdentity($0.description) })
        for row in workbook.list {
            summary.cells += row.values.count
            let identity = ListIdentity(row.values)
            // The list's own example row goes with the example fiche.
            if examples.first(matching: identity) != nil || identity.name?.contains("(exemple)") == true {
                summary.modelCells += row.values.count
                continue
            }
            if imported.first(matching: identity) != nil {
                summary.mapped += row.values.count
                continue
            }
            summary.keptAsNotes += row.values.count
            note("the list of treatments names '\(row.values["name"]?.text ?? row.values["reference"]?.text ?? "?")', which has no fiche in the workbook",
                 at: row.values["name"] ?? row.values["reference"], help: "add its fiche (a copy of sheet 3), or remove it from the list")
        }
        for fiche in fiches where listIndex.first(matching: ListIdentity(fiche.description)) == nil {
            note("the fiche of sheet '\(fiche.sheet)' is not in the list of treatments (sheet 2)", at: fiche.description["name"],
                 help: "add it to the list, so that the list and the fiches agree")
        }
    }

    /// The list row of a fiche: it says whether the treatment has sensitive data.
    func listRow(of fiche: ImportedWorkbook.Fiche) -> ImportedWorkbook.ListRow? {
        listIndex.first(matching: ListIdentity(fiche.description)).map { workbook.list[$0] }
    }

    // MARK: treatments/<id>.yaml

    /// The id of a fiche's treatment: ropa's own workbook says it; a CNIL workbook's is made
    /// from the name. One already given gets a number ("-2").
    mutating func treatmentID(_ fiche: ImportedWorkbook.Fiche) -> String {
        var id = (extra(fiche, .id)?.text ?? fiche.description["name"]?.text ?? fiche.sheet).suggestedIdentifier
        if usedIDs.contains(id) {
            var number = 2
            while usedIDs.contains("\(id)-\(number)") { number += 1 }
            id = "\(id)-\(number)"
        }
        usedIDs.insert(id)
        return id
    }

    mutating func treatmentFile(_ fiche: ImportedWorkbook.Fiche, id: String) -> String {
        var yaml = YAMLWriter()
        let name = fiche.description["name"]
        countStructure(of: fiche)
        if let writtenID = extra(fiche, .id) { _ = mapped(writtenID) }
        yaml.comment("Imported from \(file), sheet '\(fiche.sheet)', by ropa import. Each value names the cell it comes from.", indent: 0)
        yaml.word("id", id, indent: 0)
        if let name { yaml.scalar("name", name.text, indent: 0, source: mapped(name)) } else { yaml.word("name", RegisterSchema.placeholder, indent: 0) }
        if let reference = fiche.description["reference"] ?? listRow(of: fiche)?.values["reference"] {
            yaml.scalar("reference", reference.text, indent: 0, source: mapped(reference))
        } else {
            yaml.word("reference", RegisterSchema.placeholder, indent: 0)
        }
        for field in ["created", "updated"] {
            if let value = fiche.description[field] ?? listRow(of: fiche)?.values[field] {
                if let day = WorkbookText.date(value.cell) {
                    yaml.word(field, day.description, indent: 0, source: "\(mapped(value) ?? "") \(value.text)")
                } else {
                    summary.cells += 1
                    summary.keptAsNotes += 1
                    note("'\(value.text)' is not a date", at: value, help: "write it as YYYY-MM-DD in '\(field):'")
                    yaml.word(field, RegisterSchema.placeholder, indent: 0, source: "\(value.address): \(value.text)")
                }
            } else {
                yaml.word(field, RegisterSchema.placeholder, indent: 0)
            }
        }
        // A row that says there is none ("Néant", "Aucun client") is the document's sentence, not an actor.
        func isActor(_ row: [String: Value]) -> Bool {
            guard let name = row["name"] else { return false }
            return RopaWorkbookLayout.statement(name.text) == nil
        }
        for row in fiche.jointControllers + fiche.clients where !isActor(row) { countModel(row["name"]) }
        let joints = fiche.jointControllers.filter(isActor)
        if let role = extra(fiche, .role) {
            vocabularyValue("role", role, as: TreatmentRole.self, into: &yaml, indent: 0)
        } else if !joints.isEmpty {
            yaml.word("role", "joint_controller", indent: 0)
        }
        descriptionExtras(fiche, into: &yaml)
        if !joints.isEmpty {
            yaml.open("joint_controllers", indent: 0)
            for joint in joints {
                guard let jointName = joint["name"] else { continue }
                yaml.scalar("name", jointName.text, indent: 1, dash: true, source: mapped(jointName))
                textValue("company", extra(fiche, .actorCompany, about: jointName.text), into: &yaml, indent: 2)
                contactDetails(joint, header: [:], into: &yaml, indent: 2)
                textValue("arrangement", extra(fiche, .arrangement, about: jointName.text), into: &yaml, indent: 2)
                textValue("arrangement_essence", extra(fiche, .arrangementEssence, about: jointName.text), into: &yaml, indent: 2)
            }
        }
        let clients = fiche.clients.filter(isActor)
        if !clients.isEmpty {
            yaml.open("on_behalf_of", indent: 0)
            for client in clients {
                guard let clientName = client["name"] else { continue }
                yaml.scalar("name", clientName.text, indent: 1, dash: true, source: mapped(clientName))
                textValue("company", extra(fiche, .actorCompany, about: clientName.text), into: &yaml, indent: 2)
                contactDetails(client, header: [:], into: &yaml, indent: 2)
            }
        }
        yaml.blank()

        let withBases = fiche.has(.legalBasis, in: .purposes)
        if !withBases { yaml.comment("The CNIL model has no legal basis: write each purpose's legal_basis (RGPD art. 6(1)).", indent: 0) }
        if fiche.purposes.isEmpty {
            yaml.word("purposes", "[]", indent: 0)
        } else {
            yaml.open("purposes", indent: 0)
            for purpose in fiche.purposes {
                yaml.scalar("name", purpose.name.text, indent: 1, dash: true, source: mapped(purpose.name))
                vocabularyValue("legal_basis", purpose.legalBasis, as: LegalBasis.self, into: &yaml, indent: 2)
                purposeExtras(fiche, rank: purpose.rank, into: &yaml)
            }
        }
        subjects(fiche, into: &yaml)
        data(fiche, into: &yaml)
        sensitive(fiche, into: &yaml)
        if !sources(fiche, into: &yaml) {
            yaml.comment("The CNIL model has no field for the source of the data: add 'sources:' (direct, data_broker, …).", indent: 0)
        }
        recipients(fiche, into: &yaml)
        transfers(fiche, into: &yaml)
        typedRows("security", fiche.security, typeKey: "measure", list: CNILModel.securityMeasures, other: SecurityMeasureKind.other,
                  describeEmpty: false, into: &yaml)
        closingExtras(fiche, into: &yaml)
        let written = extra(fiche, .notes)
        if !fiche.unplaced.isEmpty || written != nil {
            yaml.blank()
            var lines: [String] = []
            if let written { lines.append(written.text) }
            if !fiche.unplaced.isEmpty { yaml.comment("Cells of the fiche that no key takes, kept with their label.", indent: 0) }
            lines += fiche.unplaced.map { "\($0.label) : \($0.value.text) (\($0.value.address))" }
            yaml.scalar("notes", lines.joined(separator: "\n"), indent: 0, source: mapped(written))
            summary.cells += fiche.unplaced.count
            summary.keptAsNotes += fiche.unplaced.count
        }
        return yaml.text
    }

    /// The recipients: in ropa's own workbook, each names its service or processor (read back to
    /// its id) or its partner, authority…; in the CNIL's, they are categories: a type and words.
    mutating func recipients(_ fiche: ImportedWorkbook.Fiche, into yaml: inout YAMLWriter) {
        guard fiche.has(.recipientName, in: .recipients) else {
            typedRows("recipients", fiche.recipients.map { ($0.type, $0.details) }, typeKey: "type", list: CNILModel.recipientTypes,
                      other: RecipientKind.other, describeEmpty: true, into: &yaml)
            return
        }
        guard !fiche.recipients.isEmpty else { return }
        yaml.open("recipients", indent: 0)
        for row in fiche.recipients {
            let kind = row.type.flatMap { Self.vocabulary($0.text, in: CNILModel.recipientTypes) }
            let typeSource = row.type.map { "\(mapped($0) ?? "") \($0.text)" }
            switch (kind, row.name) {
            case (let kind?, let name?):
                if kind == .service || kind == .processor {
                    if let id = recipientID(kind, named: name.text) {
                        yaml.word(kind.rawValue, id, indent: 1, dash: true, source: "\(mapped(name) ?? "") \(name.text)")
                    } else {
                        unreadable(name, key: kind.rawValue, into: &yaml, indent: 1, dash: true,
                                   help: "write the id of the \(kind == .service ? "service (organisation.yaml)" : "processor (processors.yaml)")")
                    }
                } else {
                    yaml.scalar(kind.rawValue, name.text, indent: 1, dash: true, source: mapped(name))
                }
            case (let kind?, nil):
                yaml.word("type", kind.rawValue, indent: 1, dash: true, source: typeSource)
            case (nil, _):
                if let type = row.type {
                    unreadable(type, key: "type", into: &yaml, indent: 1, dash: true, help: "write one of: " + RecipientKind.spellings.joined(separator: ", "))
                } else {
                    yaml.word("type", RegisterSchema.placeholder, indent: 1, dash: true)
                }
                if let name = row.name { yaml.scalar("other", name.text, indent: 2, source: mapped(name)) }
            }
            if kind != nil, row.name != nil { _ = row.type.map { mapped($0) } }
            textValue("details", row.details, into: &yaml, indent: 2)
            textValue("annex", row.annex, into: &yaml, indent: 2)
        }
    }

    mutating func subjects(_ fiche: ImportedWorkbook.Fiche, into yaml: inout YAMLWriter) {
        guard !fiche.subjects.isEmpty else { return }
        yaml.open("data_subjects", indent: 0)
        for subject in fiche.subjects {
            let (type, details) = (subject.type, subject.details)
            for item in ImportedWorkbook.split(type) {
                let (found, extra) = match(item, in: CNILModel.personCategories)
                yaml.word("category", (found ?? .other).rawValue, indent: 1, dash: true, source: "\(mapped(item) ?? "") \(item.text)")
                let words = [extra, details?.text].compactMap { $0 }.joined(separator: " — ")
                if !words.isEmpty { yaml.scalar("details", words, indent: 2, source: mapped(details)) }
                vocabularyValue("age", subject.age, as: AgeGroup.self, into: &yaml, indent: 2)
            }
        }
    }

    mutating func data(_ fiche: ImportedWorkbook.Fiche, into yaml: inout YAMLWriter) {
        guard !fiche.data.isEmpty else { return }
        yaml.open("data", indent: 0)
        for row in fiche.data {
            yaml.word("category", row.category.rawValue, indent: 1, dash: true)
            textValue("details", row.description, into: &yaml, indent: 2)
            retention(row.retention, extras: row.extras, into: &yaml, indent: 2)
            textValue("authorised_by", row.extras[.authorisedBy], into: &yaml, indent: 2)
            if let country = row.extras[.identifierCountry] { self.country(country, key: "country", into: &yaml, indent: 2) }
        }
    }

    mutating func sensitive(_ fiche: ImportedWorkbook.Fiche, into yaml: inout YAMLWriter) {
        if fiche.sensitive.isEmpty, let (statement, value) = fiche.statements[.sensitive], statement == .nothing {
            yaml.word("sensitive_data", RegisterSchema.none, indent: 0, source: "\(mapped(value) ?? ""): \(value.text)")
            return
        }
        if fiche.sensitive.isEmpty {
            // Sheet 2's "Données sensibles ? Oui/non" is a statement of the workbook.
            if let answer = listRow(of: fiche)?.values["sensitive"] {
                let key = CNILModel.matchingKey(answer.text)
                if key == "non" || key == "no" {
                    yaml.word("sensitive_data", RegisterSchema.none, indent: 0, source: "\(mapped(answer) ?? ""): \(answer.text)")
                } else if RopaWorkbookLayout.statement(answer.text) == .notStated {
                    // "Non renseigné": the register does not say; nor does the imported one.
                    countModel(answer)
                } else {
                    summary.cells += 1
                    summary.keptAsNotes += 1
                    note("the list of treatments says '\(answer.text)' for sensitive data, but the fiche lists none", at: answer,
                         help: "list them under 'sensitive_data:', or write 'sensitive_data: none'")
                    yaml.word("sensitive_data", RegisterSchema.placeholder, indent: 0, source: "\(answer.address): \(answer.text)")
                }
            }
            return
        }
        yaml.open("sensitive_data", indent: 0)
        for row in fiche.sensitive {
            yaml.word("category", row.category.rawValue, indent: 1, dash: true)
            textValue("details", row.description, into: &yaml, indent: 2)
            vocabularyValue("condition", row.extras[.condition], as: Article9Condition.self, into: &yaml, indent: 2)
            textValue("legal_authority", row.extras[.legalAuthority], into: &yaml, indent: 2)
            retention(row.retention, extras: row.extras, into: &yaml, indent: 2)
        }
    }

    /// A retention in words: structured when it reads as "N ans à compter de …", else kept in words.
    mutating func retention(_ value: Value?, extras: [ImportedWorkbook.Column: Value] = [:], into yaml: inout YAMLWriter, indent: Int) {
        guard let value else { return }
        if RopaWorkbookLayout.statement(value.text) == .notStated {
            // "Non renseignée": the register said nothing; the loader reports the missing retention.
            summary.cells += 1
            summary.modelCells += 1
            return
        }
        yaml.open("retention", indent: indent, source: "\(mapped(value) ?? "") \(value.text)")
        // ropa's own words, read back into their structure, with the columns beside them.
        let written = RetentionReading.Extras(event: extras[.retentionEvent]?.text, archivesReference: extras[.archivesReference]?.text,
                                              archivingSafeguards: extras[.archivingSafeguards]?.text, note: extras[.retentionNote]?.text)
        let readingKey = RetentionReadingKey(text: value.text, extras: written)
        let reading = retentionReadings[readingKey] ?? RetentionReading.read(value.text, extras: written, source: SourceMap(location: .start(of: file)),
                                                                             phrasebook: phrasebook)
        retentionReadings[readingKey] = .some(reading)
        if let read = reading {
            for column in [ImportedWorkbook.Column.retentionEvent, .archivesReference, .archivingSafeguards, .retentionNote] {
                _ = mapped(extras[column])
            }
            writeRetention(read, into: &yaml, indent: indent + 1)
            return
        }
        // Not ropa's words: the text read as a duration, or kept in words; the columns beside it
        // are written under their own keys, never dropped.
        var event: String?
        var notes: [String] = []
        if let parsed = WorkbookText.retention(value.text) {
            yaml.word("duration", parsed.duration.description, indent: indent + 1)
            yaml.word("from", parsed.from.rawValue, indent: indent + 1)
            event = parsed.event
        } else {
            note("the retention '\(value.text)' is kept in words: it does not read as a duration and the event it runs from",
                 at: value, help: "write 'duration:' and 'from:' (see docs/format.md), and remove the words 'à compléter'")
            yaml.word("until", RetentionStart.event.rawValue, indent: indent + 1)
            event = value.text
            notes.append("Durée reprise en clair du classeur — à compléter")
        }
        let eventColumn = extras[.retentionEvent]
        if let event {
            yaml.scalar("event", event, indent: indent + 1)
            if let eventColumn, eventColumn.text != event, let cell = mapped(eventColumn) {
                notes.append("\(cell) : \(eventColumn.text)")
            }
        } else if let eventColumn {
            yaml.scalar("event", eventColumn.text, indent: indent + 1, source: mapped(eventColumn))
        }
        if let reference = extras[.archivesReference] {
            yaml.scalar("archives_reference", reference.text, indent: indent + 1, source: mapped(reference))
        }
        if let safeguards = extras[.archivingSafeguards] {
            yaml.scalar("archiving_safeguards", safeguards.text, indent: indent + 1, source: mapped(safeguards))
        }
        if let written = extras[.retentionNote], let cell = mapped(written) { notes.insert("\(written.text) (\(cell))", at: 0) }
        if !notes.isEmpty { yaml.scalar("note", notes.joined(separator: " — "), indent: indent + 1) }
    }

    /// A section of "type + précisions" rows (recipients, security measures): one list item each.
    /// `describeEmpty`: an item needs words (a category of recipients says which).
    mutating func typedRows<V: Vocabulary>(_ key: String, _ rows: [(type: Value?, details: Value?)], typeKey: String,
                                           list: [(label: String, value: V)], other: V, describeEmpty: Bool, into yaml: inout YAMLWriter) {
        guard !rows.isEmpty else { return }
        yaml.open(key, indent: 0)
        for (type, details) in rows {
            let (found, extra) = type.map { match($0, in: list) } ?? (nil, nil)
            let kind = found ?? other
            yaml.word(typeKey, kind.rawValue, indent: 1, dash: true, source: type.map { "\(mapped($0) ?? "") \($0.text)" })
            let words = [extra, details?.text].compactMap { $0 }.joined(separator: " — ")
            if !words.isEmpty || describeEmpty {
                yaml.scalar("details", words.isEmpty ? "\(kind.label.fr) — à préciser" : words, indent: 2, source: mapped(details))
            }
        }
    }

    mutating func transfers(_ fiche: ImportedWorkbook.Fiche, into yaml: inout YAMLWriter) {
        if fiche.transfers.isEmpty, let (statement, value) = fiche.statements[.transfers], statement == .nothing {
            yaml.word("transfers", RegisterSchema.none, indent: 0, source: "\(mapped(value) ?? ""): \(value.text)")
            return
        }
        guard !fiche.transfers.isEmpty else {
            // An empty section is no statement that there is none.
            yaml.comment("The workbook lists no transfer: write 'none' if there is none outside the EEA.", indent: 0)
            yaml.word("transfers", RegisterSchema.placeholder, indent: 0)
            return
        }
        yaml.open("transfers", indent: 0)
        for row in fiche.transfers {
            let (recipient, country, safeguard, documentation) = (row.recipient, row.country, row.safeguard, row.documentation)
            if let recipient {
                yaml.scalar("recipient", recipient.text, indent: 1, dash: true, source: mapped(recipient))
            } else {
                yaml.word("recipient", RegisterSchema.placeholder, indent: 1, dash: true)
            }
            if let processor = row.extras[.transferProcessor] {
                if let id = processorID(named: processor.text) {
                    yaml.word("processor", id, indent: 2, source: "\(mapped(processor) ?? "") \(processor.text)")
                } else {
                    unreadable(processor, key: "processor", into: &yaml, indent: 2, help: "write the id of the processor (processors.yaml)")
                }
            }
            if let country { self.country(country, key: "country", into: &yaml, indent: 2) } else { yaml.word("country", RegisterSchema.placeholder, indent: 2) }
            if let safeguard {
                let (value, _) = match(safeguard, in: CNILModel.safeguards)
                if let value {
                    yaml.word("safeguard", value.rawValue, indent: 2, source: "\(mapped(safeguard) ?? "") \(safeguard.text)")
                    if let derogation = row.extras[.derogation] {
                        vocabularyValue("derogation", derogation, as: Article49Derogation.self, into: &yaml, indent: 2)
                    } else if value == .derogation {
                        yaml.word("derogation", RegisterSchema.placeholder, indent: 2)
                    }
                } else {
                    summary.cells += 1
                    summary.keptAsNotes += 1
                    yaml.word("safeguard", RegisterSchema.placeholder, indent: 2, source: "\(safeguard.address): \(safeguard.text) — not recognised")
                }
            } else {
                yaml.word("safeguard", RegisterSchema.placeholder, indent: 2)
            }
            if let documentation {
                yaml.scalar("documentation", documentation.text, indent: 2, source: mapped(documentation))
                if !fiche.writtenByRopa, let signed = WorkbookText.firstDate(in: documentation.text) {
                    yaml.word("signed", signed.description, indent: 2, source: "read in \(documentation.address)")
                }
            }
            dateValue("signed", row.extras[.signed], into: &yaml, indent: 2)
            textValue("impact_assessment", row.extras[.impactAssessment], into: &yaml, indent: 2)
            booleanValue("public_body", row.extras[.publicRecipient], into: &yaml, indent: 2)
        }
    }

    /// A drop-down value as a vocabulary value: by the CNIL's label, else the nearest label (with a
    /// note); nil when nothing fits, with the words to keep.
    mutating func match<V: Vocabulary>(_ value: Value, in list: [(label: String, value: V)]) -> (V?, String?) {
        // The CNIL's label, or ropa's own (a value the CNIL's list lacks, in ropa's workbook).
        if let found = Self.vocabulary(value.text, in: list) { return (found, nil) }
        if let near = Suggestion.closest(to: value.text, in: list.map(\.label)), let found = CNILModel.value(of: near, in: list) {
            note("'\(value.text)' is read as '\(near)'", at: value, help: "check it; write another value if it meant something else")
            return (found, nil)
        }
        note("'\(value.text)' is not a value of the CNIL's list: kept in words", at: value, help: "choose the value that fits (see docs/format.md)")
        return (nil, value.text)
    }
}
