/// A register written from a CNIL-model workbook (`ropa import`): `organisation.yaml` from sheet
/// 2's header and the fiches' actors, one `treatments/<id>.yaml` per fiche.
///
/// Nothing is lost and nothing is invented: every value lands under its key, or in the treatment's
/// notes with its label; every written value carries a comment naming its cell (`# 'Paie'!C14`);
/// what the model does not ask (a legal basis, the data's source) is left for `validate` to report;
/// what could not be read with certainty (a near-miss list value, a retention in words, an unknown
/// country) is written as found and listed in `notes`.
public struct WorkbookImport: Sendable {
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
    }

    public var files: [RegisterScaffold.File]
    public var summary: Summary
    /// What the person importing must look at, each naming its cell.
    public var notes: [Diagnostic]

    public static func run(_ workbook: Workbook, file: String, options: Options = Options()) -> WorkbookImport {
        var builder = Builder(file: file, workbook: ImportedWorkbook(workbook), options: options)
        return builder.build()
    }
}

private struct Builder {
    typealias Value = ImportedWorkbook.Value
    let file: String
    let workbook: ImportedWorkbook
    let options: WorkbookImport.Options
    var summary = WorkbookImport.Summary()
    var notes: [Diagnostic] = []
    var usedIDs: Set<String> = []

    init(file: String, workbook: ImportedWorkbook, options: WorkbookImport.Options) {
        self.file = file
        self.workbook = workbook
        self.options = options
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
            if fiche.isCNILExample, !options.includeExample {
                summary.skippedSheets.append(fiche.sheet)
                note("the sheet '\(fiche.sheet)' is the CNIL's example fiche (Gestion de la paie): not imported; use --include-example to import it",
                     at: nil, severity: .note)
                continue
            }
            fiches.append(fiche)
        }
        files.append(RegisterScaffold.File(path: RegisterLoader.organisationFile, contents: organisationFile(fiches)))
        checkList(against: fiches)
        for fiche in fiches {
            let (id, text) = treatmentFile(fiche)
            files.append(RegisterScaffold.File(path: "\(RegisterLoader.treatmentsDirectory)/\(id).yaml", contents: text))
            summary.treatments += 1
        }
        return WorkbookImport(files: files, summary: summary, notes: notes)
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
        yaml.word("jurisdiction", "FR", indent: 0)
        let header = workbook.header
        let controllerRow = fiches.lazy.compactMap { $0.actors[.controller] }.first { $0["name"] != nil }
        yaml.open("organisation", indent: 0)
        let person = [header[.controller]?["first_name"], header[.controller]?["last_name"]].compactMap { $0 }
        if let name = controllerRow?["name"] {
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
        contactDetails(controllerRow ?? [:], header: header[.controller] ?? [:], into: &yaml, indent: 1)

        let dpoHeader = header[.dpo] ?? [:]
        let dpoRow = fiches.lazy.compactMap { $0.actors[.dpo] }.first { $0["name"] != nil }
        let companyRow = fiches.lazy.compactMap { $0.actors[.dpoCompany]?["name"] }.first
        let dpoName = dpoRow?["name"] ?? Self.joined([dpoHeader["first_name"], dpoHeader["last_name"]])
        if let dpoName {
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
        if let representative = fiches.lazy.compactMap({ $0.actors[.representative] }).first(where: { $0["name"] != nil })?["name"]
            ?? Self.joined([header[.representative]?["first_name"], header[.representative]?["last_name"]]) {
            yaml.open("representative", indent: 0)
            yaml.scalar("name", representative.text, indent: 1, source: mapped(representative))
            contactDetails(fiches.lazy.compactMap { $0.actors[.representative] }.first ?? [:], header: header[.representative] ?? [:],
                           into: &yaml, indent: 1)
        }
        for (label, value) in workbook.unplaced {
            summary.cells += 1
            summary.keptAsNotes += 1
            note("'\(value.text)' (\(label)) is not imported: no key of organisation.yaml takes it", at: value)
        }
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
        let examples = workbook.fiches.filter(\.isCNILExample)
        for row in workbook.list {
            summary.cells += row.values.count
            let reference = row.values["reference"].map { CNILModel.matchingKey($0.text) }
            let name = row.values["name"].map { CNILModel.matchingKey($0.text) }
            let matches = { (fiche: ImportedWorkbook.Fiche) in
                fiche.description["reference"].map { CNILModel.matchingKey($0.text) } == reference
                    || fiche.description["name"].map { CNILModel.matchingKey($0.text) } == name
            }
            // The list's own example row goes with the example fiche.
            if examples.contains(where: matches) || name?.contains("(exemple)") == true {
                summary.modelCells += row.values.count
                continue
            }
            if fiches.contains(where: matches) {
                summary.mapped += row.values.count
                continue
            }
            summary.keptAsNotes += row.values.count
            note("the list of treatments names '\(row.values["name"]?.text ?? row.values["reference"]?.text ?? "?")', which has no fiche in the workbook",
                 at: row.values["name"] ?? row.values["reference"], help: "add its fiche (a copy of sheet 3), or remove it from the list")
        }
        for fiche in fiches where !workbook.list.contains(where: { row in
            row.values["reference"].map { CNILModel.matchingKey($0.text) } == fiche.description["reference"].map { CNILModel.matchingKey($0.text) }
                || row.values["name"].map { CNILModel.matchingKey($0.text) } == fiche.description["name"].map { CNILModel.matchingKey($0.text) }
        }) {
            note("the fiche of sheet '\(fiche.sheet)' is not in the list of treatments (sheet 2)", at: fiche.description["name"],
                 help: "add it to the list, so that the list and the fiches agree")
        }
    }

    /// The list row of a fiche: it says whether the treatment has sensitive data.
    func listRow(of fiche: ImportedWorkbook.Fiche) -> ImportedWorkbook.ListRow? {
        workbook.list.first { row in
            row.values["reference"].map { CNILModel.matchingKey($0.text) } == fiche.description["reference"].map { CNILModel.matchingKey($0.text) }
                || row.values["name"].map { CNILModel.matchingKey($0.text) } == fiche.description["name"].map { CNILModel.matchingKey($0.text) }
        }
    }

    // MARK: treatments/<id>.yaml

    mutating func treatmentFile(_ fiche: ImportedWorkbook.Fiche) -> (id: String, text: String) {
        var yaml = YAMLWriter()
        let name = fiche.description["name"]
        var id = (name?.text ?? fiche.sheet).suggestedIdentifier
        if usedIDs.contains(id) {
            var number = 2
            while usedIDs.contains("\(id)-\(number)") { number += 1 }
            id = "\(id)-\(number)"
        }
        usedIDs.insert(id)
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
        let joint = fiche.actors[.jointControllers]
        if let joint, let jointName = joint["name"] {
            yaml.word("role", "joint_controller", indent: 0)
            yaml.open("joint_controllers", indent: 0)
            yaml.scalar("name", jointName.text, indent: 1, dash: true, source: mapped(jointName))
            contactDetails(joint, header: [:], into: &yaml, indent: 2)
        }
        yaml.blank()

        yaml.comment("The CNIL model has no legal basis: write each purpose's legal_basis (RGPD art. 6(1)).", indent: 0)
        if fiche.purposes.isEmpty {
            yaml.word("purposes", "[]", indent: 0)
        } else {
            yaml.open("purposes", indent: 0)
            for purpose in fiche.purposes { yaml.scalar("name", purpose.name.text, indent: 1, dash: true, source: mapped(purpose.name)) }
        }
        subjects(fiche, into: &yaml)
        data(fiche, into: &yaml)
        sensitive(fiche, into: &yaml)
        yaml.comment("The CNIL model has no field for the source of the data: add 'sources:' (direct, data_broker, …).", indent: 0)
        // The model's recipients are categories: a type, and words that say which.
        typedRows("recipients", fiche.recipients.map { ($0.type, $0.details) }, typeKey: "type", list: CNILModel.recipientTypes, other: RecipientKind.other,
                  describeEmpty: true, into: &yaml)
        transfers(fiche, into: &yaml)
        typedRows("security", fiche.security, typeKey: "measure", list: CNILModel.securityMeasures, other: SecurityMeasureKind.other,
                  describeEmpty: false, into: &yaml)
        if !fiche.unplaced.isEmpty {
            yaml.blank()
            yaml.comment("Cells of the fiche that no key takes, kept with their label.", indent: 0)
            let text = fiche.unplaced.map { "\($0.label) : \($0.value.text) (\($0.value.address))" }.joined(separator: "\n")
            yaml.scalar("notes", text, indent: 0)
            summary.cells += fiche.unplaced.count
            summary.keptAsNotes += fiche.unplaced.count
        }
        return (id, yaml.text)
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
            }
        }
    }

    mutating func data(_ fiche: ImportedWorkbook.Fiche, into yaml: inout YAMLWriter) {
        guard !fiche.data.isEmpty else { return }
        yaml.open("data", indent: 0)
        for row in fiche.data {
            let (category, description, retention) = (row.category, row.description, row.retention)
            yaml.word("category", category.rawValue, indent: 1, dash: true)
            if let description { yaml.scalar("details", description.text, indent: 2, source: mapped(description)) }
            self.retention(retention, into: &yaml, indent: 2)
        }
    }

    mutating func sensitive(_ fiche: ImportedWorkbook.Fiche, into yaml: inout YAMLWriter) {
        if fiche.sensitive.isEmpty {
            // Sheet 2's "Données sensibles ? Oui/non" is a statement of the workbook.
            if let answer = listRow(of: fiche)?.values["sensitive"] {
                let key = CNILModel.matchingKey(answer.text)
                if key == "non" || key == "no" {
                    yaml.word("sensitive_data", RegisterSchema.none, indent: 0, source: "\(mapped(answer) ?? ""): \(answer.text)")
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
            let (category, description, retention) = (row.category, row.description, row.retention)
            yaml.word("category", category.rawValue, indent: 1, dash: true)
            if let description { yaml.scalar("details", description.text, indent: 2, source: mapped(description)) }
            self.retention(retention, into: &yaml, indent: 2)
        }
    }

    /// A retention in words: structured when it reads as "N ans à compter de …", else kept in words.
    mutating func retention(_ value: Value?, into yaml: inout YAMLWriter, indent: Int) {
        guard let value else { return }
        yaml.open("retention", indent: indent, source: "\(mapped(value) ?? "") \(value.text)")
        if let parsed = WorkbookText.retention(value.text) {
            yaml.word("duration", parsed.duration.description, indent: indent + 1)
            yaml.word("from", parsed.from.rawValue, indent: indent + 1)
            if let event = parsed.event { yaml.scalar("event", event, indent: indent + 1) }
        } else {
            note("the retention '\(value.text)' is kept in words: it does not read as a duration and the event it runs from",
                 at: value, help: "write 'duration:' and 'from:' (see docs/format.md), and remove the words 'à compléter'")
            yaml.word("until", RetentionStart.event.rawValue, indent: indent + 1)
            yaml.scalar("event", value.text, indent: indent + 1)
            yaml.scalar("note", "Durée reprise en clair du classeur — à compléter", indent: indent + 1)
        }
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
            if let country { self.country(country, key: "country", into: &yaml, indent: 2) } else { yaml.word("country", RegisterSchema.placeholder, indent: 2) }
            if let safeguard {
                let (value, _) = match(safeguard, in: CNILModel.safeguards)
                if let value {
                    yaml.word("safeguard", value.rawValue, indent: 2, source: "\(mapped(safeguard) ?? "") \(safeguard.text)")
                    if value == .derogation { yaml.word("derogation", RegisterSchema.placeholder, indent: 2) }
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
                if let signed = WorkbookText.firstDate(in: documentation.text) {
                    yaml.word("signed", signed.description, indent: 2, source: "read in \(documentation.address)")
                }
            }
        }
    }

    /// A drop-down value as a vocabulary value: by the CNIL's label, else the nearest label (with a
    /// note); nil when nothing fits, with the words to keep.
    mutating func match<V>(_ value: Value, in list: [(label: String, value: V)]) -> (V?, String?) {
        if let found = CNILModel.value(of: value.text, in: list) { return (found, nil) }
        if let near = Suggestion.closest(to: value.text, in: list.map(\.label)), let found = CNILModel.value(of: near, in: list) {
            note("'\(value.text)' is read as '\(near)'", at: value, help: "check it; write another value if it meant something else")
            return (found, nil)
        }
        note("'\(value.text)' is not a value of the CNIL's list: kept in words", at: value, help: "choose the value that fits (see docs/format.md)")
        return (nil, value.text)
    }
}
