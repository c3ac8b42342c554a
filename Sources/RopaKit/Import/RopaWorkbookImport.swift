/// What `WorkbookBuilder` writes from ropa's additions to the CNIL layout (`RopaWorkbookLayout`):
/// the legal-basis column, the columns beside the data and the transfers, the section
/// "Informations complémentaires (hors modèle CNIL)", the "Organisme" and "Sous-traitants" sheets.
/// A workbook that `ropa render --format ods` wrote so comes back as the register it came from;
/// a CNIL workbook without them is read as before.
extension WorkbookBuilder {
    typealias Fact = RopaWorkbookLayout.Fact

    // MARK: Values of ropa's lists

    /// A value of one of ropa's lists written as the workbook writes it: the CNIL's label, ropa's
    /// French label, or either followed by its article ("Consentement (RGPD art. 6(1)(a))").
    static func vocabulary<V: Vocabulary>(_ text: String, in list: [(label: String, value: V)] = []) -> V? {
        if let found = CNILModel.value(of: text, in: list) { return found }
        if let exact = V.allCases.first(where: { CNILModel.sameKey($0.label.fr, text) || $0.rawValue == text }) { return exact }
        // The longest label the text starts with, followed by " (": labels may be prefixes of one another.
        return V.allCases.filter { text.hasPrefix($0.label.fr + " (") }.max { $0.label.fr.count < $1.label.fr.count }
    }

    /// "Oui"/"Non" as the documents write them.
    static func boolean(_ text: String) -> Bool? {
        if CNILModel.sameKey(text, RopaWorkbookLayout.words[.yes]) || CNILModel.sameKey(text, "true") { return true }
        if CNILModel.sameKey(text, RopaWorkbookLayout.words[.no]) || CNILModel.sameKey(text, "false") { return false }
        return nil
    }

    /// A value of a list, written under `key`; what does not read as one is kept in a note.
    mutating func vocabularyValue<V: Vocabulary>(_ key: String, _ value: Value?, as type: V.Type, into yaml: inout YAMLWriter, indent: Int,
                                                 dash: Bool = false) {
        guard let value else { return }
        if let found = Self.vocabulary(value.text, in: [(label: String, value: V)]()) {
            yaml.word(key, found.rawValue, indent: indent, dash: dash, source: "\(mapped(value) ?? "") \(value.text)")
        } else {
            unreadable(value, key: key, into: &yaml, indent: indent, dash: dash, help: "write one of: " + V.spellings.joined(separator: ", "))
        }
    }

    mutating func booleanValue(_ key: String, _ value: Value?, into yaml: inout YAMLWriter, indent: Int) {
        guard let value else { return }
        if let found = Self.boolean(value.text) {
            yaml.word(key, found ? "true" : "false", indent: indent, source: "\(mapped(value) ?? "") \(value.text)")
        } else {
            unreadable(value, key: key, into: &yaml, indent: indent, help: "write true or false")
        }
    }

    mutating func dateValue(_ key: String, _ value: Value?, into yaml: inout YAMLWriter, indent: Int) {
        guard let value else { return }
        if let day = WorkbookText.date(value.cell) {
            yaml.word(key, day.description, indent: indent, source: "\(mapped(value) ?? "") \(value.text)")
        } else {
            unreadable(value, key: key, into: &yaml, indent: indent, help: "write it as YYYY-MM-DD")
        }
    }

    mutating func textValue(_ key: String, _ value: Value?, into yaml: inout YAMLWriter, indent: Int, dash: Bool = false) {
        guard let value else { return }
        yaml.scalar(key, value.text, indent: indent, dash: dash, source: mapped(value))
    }

    /// A value that does not read as its key wants: `TODO`, the value in the comment, and a note.
    mutating func unreadable(_ value: Value, key: String, into yaml: inout YAMLWriter, indent: Int, dash: Bool = false, help: String) {
        summary.cells += 1
        summary.keptAsNotes += 1
        note("'\(value.text)' does not read as a value of '\(key)'", at: value, help: help)
        yaml.word(key, RegisterSchema.placeholder, indent: indent, dash: dash, source: "\(value.address): \(value.text) — not recognised")
    }

    // MARK: The extra section

    /// The extra section's rows of one fact (about one purpose, one joint controller…).
    func extras(_ fiche: ImportedWorkbook.Fiche, _ fact: Fact, about: String? = nil) -> [ImportedWorkbook.ExtraRow] {
        fiche.extras.filter { row in
            row.fact == fact && (about.map { wanted in row.about.map { CNILWorkbookLayout.matches($0.text, wanted) } ?? false } ?? true)
        }
    }

    func extra(_ fiche: ImportedWorkbook.Fiche, _ fact: Fact, about: String? = nil) -> Value? {
        extras(fiche, fact, about: about).first?.value
    }

    /// Counts the extra section's cells that only say which row they are about (`about`), and the
    /// rows of facts derived from others (the processors, which the recipients name).
    mutating func countStructure(of fiche: ImportedWorkbook.Fiche) {
        for row in fiche.extras {
            let cells = [row.about] + (row.fact == .processor ? [row.value, row.details] : [])
            let count = cells.compactMap { $0 }.count
            summary.cells += count
            summary.modelCells += count
        }
    }

    /// The purpose's facts from the extra section, under its list item.
    mutating func purposeExtras(_ fiche: ImportedWorkbook.Fiche, rank: String, into yaml: inout YAMLWriter) {
        vocabularyValue("kind", extra(fiche, .purposeKind, about: rank), as: PurposeKind.self, into: &yaml, indent: 2)
        textValue("legitimate_interest", extra(fiche, .legitimateInterest, about: rank), into: &yaml, indent: 2)
        textValue("balancing_test", extra(fiche, .balancingTest, about: rank), into: &yaml, indent: 2)
        let consent: [(String, Value?)] = [("collection", extra(fiche, .consentCollection, about: rank)),
                                           ("withdrawal", extra(fiche, .consentWithdrawal, about: rank)),
                                           ("online_service", extra(fiche, .onlineService, about: rank)),
                                           ("parental_consent", extra(fiche, .parentalConsent, about: rank))]
        if consent.contains(where: { $0.1 != nil }) {
            yaml.open("consent", indent: 2)
            for (key, value) in consent {
                if key == "online_service" { booleanValue(key, value, into: &yaml, indent: 3) } else { textValue(key, value, into: &yaml, indent: 3) }
            }
        }
        textValue("legal_text", extra(fiche, .legalText, about: rank), into: &yaml, indent: 2)
        if let channels = extra(fiche, .prospectionChannels, about: rank) {
            yaml.open("prospection", indent: 2)
            let found = ImportedWorkbook.split(channels).map { ($0, Self.vocabulary($0.text, in: [(label: String, value: ProspectionChannel)]())) }
            if found.allSatisfy({ $0.1 != nil }) {
                yaml.word("channels", "[" + found.compactMap { $0.1?.rawValue }.joined(separator: ", ") + "]", indent: 3,
                          source: "\(mapped(channels) ?? "") \(channels.text)")
            } else {
                unreadable(channels, key: "channels", into: &yaml, indent: 3, help: "write the channels: " + ProspectionChannel.spellings.joined(separator: ", "))
            }
            vocabularyValue("audience", extra(fiche, .prospectionAudience, about: rank), as: ProspectionAudience.self, into: &yaml, indent: 3)
            booleanValue("soft_opt_in", extra(fiche, .softOptIn, about: rank), into: &yaml, indent: 3)
            textValue("bloctel", extra(fiche, .bloctel, about: rank), into: &yaml, indent: 3)
        }
    }

    /// The treatment's own facts of the extra section, after its description.
    mutating func descriptionExtras(_ fiche: ImportedWorkbook.Fiche, into yaml: inout YAMLWriter) {
        textValue("description", extra(fiche, .description), into: &yaml, indent: 0)
        textValue("software", extra(fiche, .software), into: &yaml, indent: 0)
        textValue("department", extra(fiche, .department), into: &yaml, indent: 0)
        textValue("category", extra(fiche, .category), into: &yaml, indent: 0)
        textValue("rights_exercise", extra(fiche, .rightsExercise), into: &yaml, indent: 0)
    }

    /// The sources of the data (the CNIL's fiche has no row for them), when the workbook lists them.
    /// Returns false when it does not, so that the caller says what to write.
    mutating func sources(_ fiche: ImportedWorkbook.Fiche, into yaml: inout YAMLWriter) -> Bool {
        let rows = extras(fiche, .source).filter { $0.value.map { RopaWorkbookLayout.statement($0.text) == nil } ?? false }
        guard !rows.isEmpty else { return false }
        yaml.open("sources", indent: 0)
        for row in rows {
            vocabularyValue("kind", row.value, as: SourceKind.self, into: &yaml, indent: 1, dash: true)
            textValue("details", row.details, into: &yaml, indent: 2)
        }
        return true
    }

    /// The DPIA, automated decisions, waivers of the extra section.
    mutating func closingExtras(_ fiche: ImportedWorkbook.Fiche, into yaml: inout YAMLWriter) {
        if let status = extra(fiche, .dpiaStatus) {
            yaml.open("dpia", indent: 0)
            vocabularyValue("status", status, as: DPIAStatus.self, into: &yaml, indent: 1)
            listValue("criteria", extra(fiche, .dpiaCriteria), as: DPIACriterion.self, into: &yaml, indent: 1)
            listValue("cnil_list", extra(fiche, .dpiaCNILList), as: CNILDPIAType.self, into: &yaml, indent: 1)
            textValue("reference", extra(fiche, .dpiaReference), into: &yaml, indent: 1)
            dateValue("date", extra(fiche, .dpiaDate), into: &yaml, indent: 1)
            textValue("justification", extra(fiche, .dpiaJustification), into: &yaml, indent: 1)
        }
        if let profiling = extra(fiche, .profiling) {
            yaml.open("automated_decisions", indent: 0)
            booleanValue("profiling", profiling, into: &yaml, indent: 1)
            booleanValue("automated_decision", extra(fiche, .automatedDecision), into: &yaml, indent: 1)
            booleanValue("legal_effect", extra(fiche, .legalEffect), into: &yaml, indent: 1)
            textValue("details", extra(fiche, .automatedDetails), into: &yaml, indent: 1)
            textValue("safeguards", extra(fiche, .automatedSafeguards), into: &yaml, indent: 1)
        }
        let waivers = extras(fiche, .waiver)
        if !waivers.isEmpty {
            yaml.open("waivers", indent: 0)
            for waiver in waivers {
                if let rule = waiver.about {
                    yaml.word("rule", rule.text.suggestedIdentifier, indent: 1, dash: true, source: "\(mapped(rule) ?? "") \(rule.text)")
                } else {
                    yaml.word("rule", RegisterSchema.placeholder, indent: 1, dash: true)
                }
                textValue("reason", waiver.value, into: &yaml, indent: 2)
            }
        }
    }

    /// A list of values of a vocabulary, one a line in the cell.
    mutating func listValue<V: Vocabulary>(_ key: String, _ value: Value?, as type: V.Type, into yaml: inout YAMLWriter, indent: Int) {
        guard let value else { return }
        let items = ImportedWorkbook.split(value)
        let found = items.compactMap { Self.vocabulary($0.text, in: [(label: String, value: V)]()) }
        if found.count == items.count {
            yaml.word(key, "[" + found.map(\.rawValue).joined(separator: ", ") + "]", indent: indent, source: "\(mapped(value) ?? "") \(value.text)")
        } else {
            unreadable(value, key: key, into: &yaml, indent: indent, help: "write a list of: " + V.spellings.joined(separator: ", "))
        }
    }

    /// A retention read back from ropa's words (`RetentionReading`), key by key.
    mutating func writeRetention(_ retention: Retention, into yaml: inout YAMLWriter, indent: Int) {
        switch retention.period {
        case .fixed(let duration, let start):
            yaml.word("duration", duration.description, indent: indent)
            yaml.word("from", start.rawValue, indent: indent)
        case .until(let start):
            yaml.word("until", start.rawValue, indent: indent)
        case .indefinite:
            yaml.word("duration", Retention.indefiniteSpellings[0], indent: indent)
        }
        if let event = retention.eventDetails { yaml.scalar("event", event, indent: indent) }
        if retention.then != .delete || retention.archive != nil { yaml.word("then", retention.then.rawValue, indent: indent) }
        if let archive = retention.archive {
            yaml.open("archive", indent: indent)
            yaml.word("duration", archive.duration.description, indent: indent + 1)
            yaml.word("from", archive.from.rawValue, indent: indent + 1)
            if let purpose = archive.purpose { yaml.scalar("purpose", purpose, indent: indent + 1) }
            if let then = archive.then { yaml.word("then", then.rawValue, indent: indent + 1) }
        }
        if let reference = retention.archivesReference { yaml.scalar("archives_reference", reference, indent: indent) }
        if let safeguards = retention.archivingSafeguards { yaml.scalar("archiving_safeguards", safeguards, indent: indent) }
        if let note = retention.note { yaml.scalar("note", note, indent: indent) }
    }

    // MARK: Recipients and transfers

    /// The id of the service or processor a recipient's name names, from ropa's own sheets.
    func recipientID(_ kind: RecipientKind, named name: String) -> String? {
        switch kind {
        case .service:
            return workbook.organisation?.services.first { $0.name.map { CNILWorkbookLayout.matches($0.text, name) } ?? false }?.id?.text
        case .processor:
            return processorID(named: name)
        default:
            return nil
        }
    }

    func processorID(named name: String) -> String? {
        workbook.processors?.rows.first { $0[.name].map { CNILWorkbookLayout.matches($0.text, name) } ?? false }?[.id]?.text
    }

    /// A cell that only repeats what another says (the organisation's name on sheet 2 beside the
    /// "Organisme" sheet's): counted as the model's.
    mutating func countModel(_ value: Value?) {
        guard value != nil else { return }
        summary.cells += 1
        summary.modelCells += 1
    }

    // MARK: organisation.yaml

    /// The services and the notice's texts of the "Organisme" sheet.
    mutating func organisationSheetKeys(_ sheet: ImportedWorkbook.OrganisationSheet, into yaml: inout YAMLWriter) {
        summary.cells += sheet.structureCells
        summary.modelCells += sheet.structureCells
        let services = sheet.services.filter { $0.id != nil || $0.name != nil }
        if !services.isEmpty {
            yaml.open("services", indent: 0)
            for service in services {
                if let id = service.id {
                    yaml.word("id", id.text.suggestedIdentifier, indent: 1, dash: true, source: "\(mapped(id) ?? "") \(id.text)")
                } else {
                    yaml.word("id", RegisterSchema.placeholder, indent: 1, dash: true)
                }
                if let name = service.name { textValue("name", name, into: &yaml, indent: 2) } else { yaml.word("name", RegisterSchema.placeholder, indent: 2) }
                textValue("description", service.description, into: &yaml, indent: 2)
            }
        }
        if !sheet.notice.isEmpty {
            yaml.open("notice", indent: 0)
            for (topic, value) in sheet.notice { textValue(topic.rawValue, value, into: &yaml, indent: 1) }
        }
    }

    // MARK: processors.yaml

    /// `processors.yaml` from the "Sous-traitants" sheet; nil when the workbook has none.
    mutating func processorsFile() -> String? {
        guard let sheet = workbook.processors else { return nil }
        summary.cells += sheet.structureCells
        summary.modelCells += sheet.structureCells
        var yaml = YAMLWriter()
        yaml.comment("Imported from \(file), sheet '\(sheet.sheet)', by ropa import. Each value names the cell it comes from.", indent: 0)
        guard !sheet.rows.isEmpty else {
            // No processor ("Aucun sous-traitant"): no file, as a register without processors has none.
            keepUnplaced(sheet.unplaced, in: "processors.yaml")
            return nil
        }
        yaml.open("processors", indent: 0)
        for row in sheet.rows {
            if let id = row[.id] {
                yaml.word("id", id.text.suggestedIdentifier, indent: 1, dash: true, source: "\(mapped(id) ?? "") \(id.text)")
            } else {
                yaml.word("id", RegisterSchema.placeholder, indent: 1, dash: true)
            }
            for (key, column) in [("name", RopaWorkbookLayout.ProcessorColumn.name), ("service", .service)] {
                if let value = row[column] { textValue(key, value, into: &yaml, indent: 2) } else { yaml.word(key, RegisterSchema.placeholder, indent: 2) }
            }
            if let country = row[.country] { self.country(country, key: "country", into: &yaml, indent: 2) } else { yaml.word("country", RegisterSchema.placeholder, indent: 2) }
            let contactColumns: [RopaWorkbookLayout.ProcessorColumn] = [.contactName, .contactCompany, .contactStreet, .contactPostalCode,
                                                                         .contactCity, .contactCountry, .contactPhone, .contactEmail]
            if contactColumns.contains(where: { row[$0] != nil }) {
                yaml.open("contact", indent: 2)
                if let name = row[.contactName] { textValue("name", name, into: &yaml, indent: 3) } else { yaml.word("name", RegisterSchema.placeholder, indent: 3) }
                textValue("company", row[.contactCompany], into: &yaml, indent: 3)
                var fields: [String: Value] = [:]
                for (field, column) in [("street", RopaWorkbookLayout.ProcessorColumn.contactStreet), ("postal_code", .contactPostalCode),
                                        ("city", .contactCity), ("country", .contactCountry), ("phone", .contactPhone), ("email", .contactEmail)] {
                    fields[field] = row[column]
                }
                contactDetails(fields, header: [:], into: &yaml, indent: 3)
            }
            if row[.contractReference] != nil || row[.contractSigned] != nil || row[.contractLink] != nil {
                yaml.open("contract", indent: 2)
                textValue("reference", row[.contractReference], into: &yaml, indent: 3)
                dateValue("signed", row[.contractSigned], into: &yaml, indent: 3)
                textValue("link", row[.contractLink], into: &yaml, indent: 3)
            }
            booleanValue("dpf_certified", row[.dpfCertified], into: &yaml, indent: 2)
            if let subs = row[.subProcessors] {
                yaml.open("sub_processors", indent: 2)
                for item in ImportedWorkbook.split(subs) { yaml.item(item.text, indent: 3, source: mapped(item)) }
            }
        }
        keepUnplaced(sheet.unplaced, in: "processors.yaml")
        return yaml.text
    }

    /// Cells of ropa's sheets that no key takes: reported, with their cell.
    mutating func keepUnplaced(_ unplaced: [(label: String, value: Value)], in file: String) {
        for (label, value) in unplaced {
            summary.cells += 1
            summary.keptAsNotes += 1
            note("'\(value.text)' (\(label)) is not imported: no key of \(file) takes it", at: value)
        }
    }
}
