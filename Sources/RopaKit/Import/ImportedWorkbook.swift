/// What a CNIL-model workbook says, read by its labels: the organisation from sheet 2's header,
/// the list of treatments, and each fiche — every value with the cell it came from. A workbook
/// that `ropa render --format ods` wrote also has what ropa adds to the model
/// (`RopaWorkbookLayout`): its columns, its extra section and its two sheets are read too.
struct ImportedWorkbook {
    typealias Column = RopaWorkbookLayout.Column
    typealias Statement = RopaWorkbookLayout.Statement

    /// A value as written in a cell, with where it is.
    struct Value: Sendable {
        var text: String
        var cell: Cell
        var address: CellAddress
    }

    struct Purpose: Sendable {
        /// The row's label ("Finalité principale", "Sous-finalité 2"): what the extra section's
        /// rows name to say which purpose they are about.
        var rank: String
        var name: Value
        var legalBasis: Value?
    }

    /// A row of the data or sensitive-data sections.
    struct CategoryRow<Category: Sendable>: Sendable {
        var category: Category
        var description: Value?
        var retention: Value?
        var extras: [Column: Value] = [:]
    }

    struct SubjectRow: Sendable {
        var type: Value
        var details: Value?
        var age: Value?
    }

    struct RecipientRow: Sendable {
        var type: Value?
        var name: Value?
        var details: Value?
        var annex: Value?
    }

    struct TransferRow: Sendable {
        var recipient: Value?
        var country: Value?
        var safeguard: Value?
        var documentation: Value?
        var extras: [Column: Value] = [:]
    }

    /// A row of ropa's extra section: the fact, what it is about, its value and details.
    struct ExtraRow: Sendable {
        var fact: RopaWorkbookLayout.Fact
        var about: Value?
        var value: Value?
        var details: Value?
    }

    struct Fiche: Sendable {
        var sheet: String
        /// The CNIL's example fiche ("Gestion de la paie", reference "1 - Exemple").
        var isCNILExample = false
        /// The untouched model: nothing but placeholders and the model's own reference.
        var isEmptyModel = false
        var description: [String: Value] = [:]
        var actors: [CNILWorkbookLayout.Actor: [String: Value]] = [:]
        /// Every "Responsable(s) conjoint(s)" row (the model has one; a fiche may have several).
        var jointControllers: [[String: Value]] = []
        /// ropa's "Responsable du traitement (client)" rows of a fiche kept as processor.
        var clients: [[String: Value]] = []
        /// The DPO's row is ropa's "Référent à la protection des données".
        var dpoIsReferent = false
        var purposes: [Purpose] = []
        var data: [CategoryRow<DataCategory>] = []
        var sensitive: [CategoryRow<SensitiveDataCategory>] = []
        var subjects: [SubjectRow] = []
        var recipients: [RecipientRow] = []
        var security: [(type: Value?, details: Value?)] = []
        var transfers: [TransferRow] = []
        var extras: [ExtraRow] = []
        /// Sections that say, in a row of their own, that they have nothing ("Néant", "Aucun
        /// transfert…") or that it is not known.
        var statements: [CNILWorkbookLayout.Section: (statement: Statement, value: Value)] = [:]
        /// The column headers of each section, as written.
        var headers: [CNILWorkbookLayout.Section: [String]] = [:]
        /// Cells with a value that no key takes: kept in the treatment's notes with their label.
        var unplaced: [(label: String, value: Value)] = []
        /// Non-empty cells: the model's own texts and labels, and values.
        var structureCells = 0
        var placeholderCells = 0

        /// Written by `ropa render --format ods`: it has ropa's extra section, and says all the
        /// register says, so nothing is inferred from its words (a date in a transfer's documentation).
        var writtenByRopa: Bool { headers[.extras] != nil }

        func has(_ column: Column, in section: CNILWorkbookLayout.Section) -> Bool {
            headers[section]?.contains { CNILWorkbookLayout.matches($0, column.label) } ?? false
        }
    }

    struct ListRow: Sendable {
        var values: [String: Value]
    }

    /// ropa's "Organisme" sheet: the organisation's facts that sheet 2 has no field for.
    struct OrganisationSheet: Sendable {
        var facts: [RopaWorkbookLayout.OrganisationFact: Value] = [:]
        var services: [(id: Value?, name: Value?, description: Value?)] = []
        var notice: [(topic: NoticeTopic, value: Value)] = []
        var unplaced: [(label: String, value: Value)] = []
        var structureCells = 0
    }

    /// ropa's "Sous-traitants" sheet: one processor per row.
    struct ProcessorsSheet: Sendable {
        var sheet: String
        var rows: [[RopaWorkbookLayout.ProcessorColumn: Value]] = []
        var unplaced: [(label: String, value: Value)] = []
        var structureCells = 0
    }

    var header: [CNILWorkbookLayout.HeaderBlock: [String: Value]] = [:]
    /// Sheet 2's DPO block is ropa's "Coordonnées du référent…".
    var headerReferent = false
    var list: [ListRow] = []
    var fiches: [Fiche] = []
    var organisation: OrganisationSheet?
    var processors: ProcessorsSheet?
    /// Values of sheet 2 that no key takes.
    var unplaced: [(label: String, value: Value)] = []

    /// Each sheet is recognised, and a fiche read, on its own: on all cores, in the sheets'
    /// order (a workbook of 1,000 fiches spends a sixth of its import here).
    init(_ workbook: Workbook) {
        self.init(readings: workbook.sheets.parallelMap(SheetReading.init))
    }

    /// The workbook from its sheets already recognised, in order (`WorkbookImport.run(contentsOf:)`
    /// recognises each sheet as soon as the reader has it).
    init(readings: [SheetReading]) {
        for reading in readings {
            switch reading {
            case .fiche(let fiche): fiches.append(fiche)
            case .list(let sheet): readList(sheet)
            case .organisation(let sheet): organisation = Self.organisationSheet(sheet)
            case .processors(let sheet): processors = Self.processorsSheet(sheet)
            case .other: break
            }
        }
    }

    /// What a sheet is, and a fiche read. A hidden sheet is none of them (the CNIL's lists).
    enum SheetReading: Sendable {
        case fiche(Fiche), list(Sheet), organisation(Sheet), processors(Sheet), other

        init(_ sheet: Sheet) {
            if sheet.isHidden {
                self = .other
            } else if ImportedWorkbook.isFiche(sheet) {
                self = .fiche(ImportedWorkbook.fiche(sheet))
            } else if ImportedWorkbook.isList(sheet) {
                self = .list(sheet)
            } else if ImportedWorkbook.hasTitle(sheet, RopaWorkbookLayout.organisationTitle) {
                self = .organisation(sheet)
            } else if ImportedWorkbook.hasTitle(sheet, RopaWorkbookLayout.processorsTitle) {
                self = .processors(sheet)
            } else {
                self = .other
            }
        }
    }

    // MARK: Recognising sheets

    static func isFiche(_ sheet: Sheet) -> Bool {
        var description = false, purposes = false
        for cell in sheet.cells.values {
            switch CNILWorkbookLayout.section(opening: cell.text) {
            case .description?: description = true
            case .purposes?: purposes = true
            default: continue
            }
            if description && purposes { return true }
        }
        return false
    }

    static func isList(_ sheet: Sheet) -> Bool {
        sheet.cells.values.contains { CNILWorkbookLayout.matches($0.text, CNILWorkbookLayout.Label.listIdentification) }
    }

    static func hasTitle(_ sheet: Sheet, _ title: String) -> Bool {
        sheet.cells.values.contains { CNILWorkbookLayout.matches($0.text, title) }
    }

    // MARK: Sheet 2

    private mutating func readList(_ sheet: Sheet) {
        let cells = sheet.cellsInReadingOrder
        // The list: each column found by its label ("Finalité du traitement" heads its column a
        // row above the others); its rows are those below the header row.
        var columns: [Int: String] = [:]
        var headerRow = 0
        for column in CNILWorkbookLayout.listColumns {
            guard let found = cells.first(where: { CNILWorkbookLayout.matches($0.cell.text, column.label) }) else { continue }
            columns[found.position.column] = column.field
            headerRow = max(headerRow, found.position.row)
        }
        // The header blocks above the list: "Nom :" and its value in the next cell of the row.
        var block: CNILWorkbookLayout.HeaderBlock?
        for (_, rowCells) in Dictionary(grouping: cells.filter { headerRow == 0 || $0.position.row < headerRow }, by: \.position.row)
            .sorted(by: { $0.key < $1.key }) {
            if let first = rowCells.first, let found = CNILWorkbookLayout.HeaderBlock.allCases.first(where: {
                CNILWorkbookLayout.matches(first.cell.lines.first ?? "", $0.label)
            }) {
                block = found
            } else if let first = rowCells.first, CNILWorkbookLayout.matches(first.cell.lines.first ?? "", RopaWorkbookLayout.words[.referentHeading]) {
                block = .dpo
                headerReferent = true
            }
            guard let block else { continue }
            for (index, item) in rowCells.enumerated() {
                guard let field = CNILWorkbookLayout.headerFields.first(where: { CNILWorkbookLayout.matches(item.cell.text, $0.label) }),
                      index + 1 < rowCells.count else { continue }
                let next = rowCells[index + 1]
                let isLabel = CNILWorkbookLayout.headerFields.contains { CNILWorkbookLayout.matches(next.cell.text, $0.label) }
                guard !isLabel, !CNILWorkbookLayout.isModelText(next.cell.text) else { continue }
                header[block, default: [:]][field.field] = Value(text: next.cell.text, cell: next.cell, address: sheet.address(of: next.position))
            }
        }
        guard headerRow > 0 else { return }
        for (_, rowCells) in Dictionary(grouping: cells.filter { $0.position.row > headerRow }, by: \.position.row).sorted(by: { $0.key < $1.key }) {
            var values: [String: Value] = [:]
            for (position, cell) in rowCells {
                let value = Value(text: cell.text, cell: cell, address: sheet.address(of: position))
                if let field = columns[position.column], values[field] == nil {
                    values[field] = value
                } else if !CNILWorkbookLayout.isModelText(cell.text) {
                    unplaced.append((label: "Liste des traitements", value: value))
                }
            }
            if !values.isEmpty { list.append(ListRow(values: values)) }
        }
    }

    // MARK: Fiches

    static func fiche(_ sheet: Sheet) -> Fiche {
        var fiche = Fiche(sheet: sheet.name)
        let rows = Dictionary(grouping: sheet.cellsInReadingOrder, by: \.position.row).sorted { $0.key < $1.key }
        var section: CNILWorkbookLayout.Section?
        var headers: [(column: Int, label: String)] = []
        var titleCells: [Value] = []
        for (_, cells) in rows {
            var cells = cells
            // The model's own texts (titles, the help panel) are not the register's.
            let modelCells = cells.filter { CNILWorkbookLayout.isModelText($0.cell.text) }
            fiche.structureCells += modelCells.count
            cells.removeAll { cell in modelCells.contains { $0.position == cell.position } }
            guard let first = cells.first else { continue }
            let label = first.cell.text
            if let opened = CNILWorkbookLayout.section(opening: label) {
                section = opened
                headers = cells.dropFirst().map { ($0.position.column, $0.cell.text) }
                fiche.headers[opened] = headers.map(\.label)
                fiche.structureCells += cells.count
                continue
            }
            guard let section else {
                // Above the description: the title row, whose reference repeats "N° / RÉF".
                titleCells += cells.map { Value(text: $0.cell.text, cell: $0.cell, address: sheet.address(of: $0.position)) }
                continue
            }
            read(row: cells, in: section, headers: headers, sheet: sheet, into: &fiche)
        }
        let name = fiche.description["name"]?.text ?? ""
        let reference = fiche.description["reference"]?.text ?? ""
        for value in titleCells {
            if CNILModel.sameKey(value.text, reference) || RopaWorkbookLayout.isTitleText(value.text) {
                fiche.structureCells += 1
            } else {
                fiche.unplaced.append((label: "En-tête de la fiche", value: value))
            }
        }
        fiche.isCNILExample = CNILModel.sameKey(reference, "1 - Exemple")
            && CNILModel.matchingKey(name).contains("gestion de la paie")
        fiche.isEmptyModel = name.isEmpty && fiche.purposes.isEmpty && fiche.data.isEmpty && fiche.subjects.isEmpty
        return fiche
    }

    /// The column header a value falls under: the nearest header at or left of its column.
    private static func header(of column: Int, _ headers: [(column: Int, label: String)]) -> String? {
        headers.filter { $0.column <= column }.max { $0.column < $1.column }?.label
    }

    /// A data row's category: the CNIL's row label, or ropa's label of a category the model has no row for.
    private static func category<V: Vocabulary>(_ label: String, rows: [(label: String, value: V)]) -> V? {
        CNILModel.value(of: label, in: rows) ?? V.allCases.first { CNILWorkbookLayout.matches(label, $0.label.fr) }
    }

    private static func read(row cells: [(position: CellPosition, cell: Cell)], in section: CNILWorkbookLayout.Section,
                             headers: [(column: Int, label: String)], sheet: Sheet, into fiche: inout Fiche) {
        let label = cells[0].cell.text
        let labelled = cells[0].position.column == 1
        var values: [(header: String?, value: Value)] = []
        var placeholders = 0
        for (position, cell) in cells.dropFirst(labelled ? 1 : 0) {
            if CNILModel.isPlaceholder(cell.text) {
                placeholders += 1
                continue
            }
            values.append((header(of: position.column, headers), Value(text: cell.text, cell: cell, address: sheet.address(of: position))))
        }
        fiche.placeholderCells += placeholders
        if labelled { fiche.structureCells += 1 }
        // A row that is only a sentence: "Néant", "Aucun transfert…", "Non déterminé — voir l'erreur (…)".
        if values.isEmpty, labelled, let statement = RopaWorkbookLayout.statement(label) {
            fiche.statements[section] = (statement, Value(text: label, cell: cells[0].cell, address: sheet.address(of: cells[0].position)))
            return
        }
        guard !values.isEmpty else { return }
        func value(under wanted: String) -> Value? {
            values.first { $0.header.map { CNILWorkbookLayout.matches($0, wanted) } ?? false }?.value
        }
        /// The first value, when the section has no column headers (the description).
        var firstValue: Value? { values.first?.value }
        var used: [Value] = []
        func take(_ value: Value?) -> Value? {
            if let value { used.append(value) }
            return value
        }
        /// A row's only value is its description when it is under no column, or under none of the
        /// retention's (a retention alone stays a retention).
        var loneDescription: Value? {
            guard values.count == 1, !(values[0].header.map { CNILWorkbookLayout.matches($0, CNILWorkbookLayout.Label.retention) } ?? false) else { return nil }
            return firstValue
        }
        /// The values under ropa's columns of this section.
        func extras(_ columns: [Column]) -> [Column: Value] {
            var found: [Column: Value] = [:]
            for column in columns { found[column] = take(value(under: column.label)) }
            return found
        }

        switch section {
        case .description:
            if let row = CNILWorkbookLayout.descriptionRows.first(where: { $0.labels.contains { CNILWorkbookLayout.matches(label, $0) } }) {
                fiche.description[row.field] = take(firstValue)
            }
        case .actors:
            let words = RopaWorkbookLayout.words
            var fields: [String: Value] = [:]
            for column in CNILWorkbookLayout.actorColumns {
                if let found = take(value(under: column.label)) { fields[column.field] = found }
            }
            // A merged or header-less row: its first value is the name.
            if fields.isEmpty, let found = take(firstValue) { fields["name"] = found }
            if CNILWorkbookLayout.matches(label, CNILWorkbookLayout.Actor.jointControllers.label) {
                fiche.jointControllers.append(fields)
                fiche.actors[.jointControllers] = fiche.actors[.jointControllers] ?? fields
            } else if CNILWorkbookLayout.matches(label, words[.actorClient]) {
                fiche.clients.append(fields)
            } else if CNILWorkbookLayout.matches(label, words[.actorReferent]) {
                fiche.actors[.dpo] = fields
                fiche.dpoIsReferent = true
            } else if CNILWorkbookLayout.matches(label, words[.actorProcessor]) {
                fiche.actors[.controller] = fields
            } else if let actor = CNILWorkbookLayout.Actor.allCases.first(where: { CNILWorkbookLayout.matches(label, $0.label) }) {
                fiche.actors[actor] = fields
            } else {
                used.removeAll()
            }
        case .purposes:
            if CNILWorkbookLayout.matches(label, "Finalité principale") || CNILWorkbookLayout.matches(label, "Sous-finalité", numbered: true) {
                // ropa's own workbook says which column is the purpose and which its legal basis;
                // in the CNIL's, the first value is the purpose and a cell may list several.
                if fiche.has(.legalBasis, in: .purposes) {
                    if let name = take(value(under: Column.purposeName.label)) {
                        fiche.purposes.append(Purpose(rank: label, name: name, legalBasis: take(value(under: Column.legalBasis.label))))
                    }
                } else if let first = take(firstValue) {
                    fiche.purposes += split(first).map { Purpose(rank: label, name: $0) }
                }
            }
        case .data:
            if let category = category(label, rows: CNILModel.dataCategoryRows) {
                fiche.data.append(CategoryRow(category: category, description: take(value(under: CNILWorkbookLayout.Label.description) ?? loneDescription),
                                              retention: take(value(under: CNILWorkbookLayout.Label.retention)),
                                              extras: extras([.retentionNote, .retentionEvent, .archivesReference, .archivingSafeguards,
                                                              .authorisedBy, .identifierCountry])))
            }
        case .sensitive:
            if let category = category(label, rows: CNILModel.sensitiveDataRows) {
                fiche.sensitive.append(CategoryRow(category: category,
                                                   description: take(value(under: CNILWorkbookLayout.Label.description) ?? loneDescription),
                                                   retention: take(value(under: CNILWorkbookLayout.Label.retention)),
                                                   extras: extras([.retentionNote, .retentionEvent, .archivesReference, .archivingSafeguards,
                                                                   .condition, .legalAuthority])))
            }
        case .subjects:
            if CNILWorkbookLayout.matches(label, CNILWorkbookLayout.Label.subjectRow, numbered: true), let type = take(value(under: CNILWorkbookLayout.Label.description) ?? firstValue) {
                fiche.subjects.append(SubjectRow(type: type, details: take(value(under: CNILWorkbookLayout.Label.details)), age: take(value(under: Column.age.label))))
            }
        case .recipients:
            if CNILWorkbookLayout.matches(label, CNILWorkbookLayout.Label.recipientRow, numbered: true) {
                fiche.recipients.append(RecipientRow(type: take(value(under: CNILWorkbookLayout.Label.recipientType)), name: take(value(under: Column.recipientName.label)),
                                                     details: take(value(under: CNILWorkbookLayout.Label.details)), annex: take(value(under: Column.annex.label))))
            }
        case .security:
            // The model has three numbered rows and one without a label.
            if CNILWorkbookLayout.matches(label, CNILWorkbookLayout.Label.securityRow, numbered: true) || !labelled {
                fiche.security.append((take(value(under: CNILWorkbookLayout.Label.securityType)), take(value(under: CNILWorkbookLayout.Label.details))))
            }
        case .transfers:
            if CNILWorkbookLayout.matches(label, CNILWorkbookLayout.Label.transferRow, numbered: true) {
                fiche.transfers.append(TransferRow(recipient: take(value(under: CNILWorkbookLayout.Label.transferRecipient)), country: take(value(under: CNILWorkbookLayout.Label.country)),
                                                   safeguard: take(value(under: CNILWorkbookLayout.Label.safeguard)),
                                                   documentation: take(value(under: CNILWorkbookLayout.Label.documentation)),
                                                   extras: extras([.transferProcessor, .derogation, .signed, .impactAssessment, .publicRecipient])))
            }
        case .extras:
            let columns = RopaWorkbookLayout.extrasColumns
            if labelled, let fact = RopaWorkbookLayout.Fact.named(label) {
                fiche.extras.append(ExtraRow(fact: fact, about: take(value(under: columns[0])), value: take(value(under: columns[1])),
                                             details: take(value(under: columns[2]))))
            }
        }
        for (_, value) in values where !used.contains(where: { $0.address == value.address }) {
            fiche.unplaced.append((label: labelled ? label : section.label, value: value))
        }
    }

    /// Several values typed in one cell on separate lines, where the model has a list.
    static func split(_ value: Value) -> [Value] {
        let lines = value.cell.lines.map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
        guard lines.count > 1 else { return [value] }
        return lines.map { Value(text: $0, cell: value.cell, address: value.address) }
    }

    // MARK: ropa's sheets

    /// Rows of a sheet, each its cells as values, in reading order.
    private static func rows(of sheet: Sheet) -> [[(column: Int, value: Value)]] {
        Dictionary(grouping: sheet.cellsInReadingOrder, by: \.position.row).sorted { $0.key < $1.key }.map { _, cells in
            cells.map { ($0.position.column, Value(text: $0.cell.text, cell: $0.cell, address: sheet.address(of: $0.position))) }
        }
    }

    static func organisationSheet(_ sheet: Sheet) -> OrganisationSheet {
        var result = OrganisationSheet()
        for cells in rows(of: sheet) {
            guard let first = cells.first else { continue }
            let label = first.value.text
            let rest = cells.dropFirst()
            func at(_ column: Int) -> Value? { rest.first { $0.column == column }?.value }
            var used: [Int] = []
            if first.column == 1, let fact = RopaWorkbookLayout.OrganisationFact.named(label) {
                result.structureCells += 1
                switch fact {
                case .servicesHeader, .editionDate, .version:
                    // Headers and the document's own facts: not the register's.
                    result.structureCells += rest.count
                    used = rest.map(\.column)
                case .service:
                    result.services.append((at(2), at(3), at(4)))
                    used = [2, 3, 4]
                default:
                    result.facts[fact] = at(2)
                    used = [2]
                }
            } else if first.column == 1, let topic = NoticeTopic.allCases.first(where: { CNILWorkbookLayout.matches(label, RopaWorkbookLayout.noticeLabel($0)) }) {
                result.structureCells += 1
                if let value = at(2) { result.notice.append((topic, value)) }
                used = [2]
            } else if first.column == 1, rest.isEmpty || RopaWorkbookLayout.isTitleText(label) || CNILWorkbookLayout.matches(label, RopaWorkbookLayout.organisationTitle) {
                // The title, and the notes of a draft, a public version or an extract.
                result.structureCells += cells.count
                continue
            } else {
                if first.column == 1 {
                    result.structureCells += 1
                    result.unplaced += rest.map { (label: label, value: $0.value) }
                } else {
                    result.unplaced += cells.map { (label: RopaWorkbookLayout.organisationSheet, value: $0.value) }
                }
                continue
            }
            for (column, value) in rest where !used.contains(column) {
                result.unplaced.append((label: label, value: value))
            }
        }
        return result
    }

    static func processorsSheet(_ sheet: Sheet) -> ProcessorsSheet {
        var result = ProcessorsSheet(sheet: sheet.name)
        var columns: [Int: RopaWorkbookLayout.ProcessorColumn] = [:]
        for cells in rows(of: sheet) {
            guard let first = cells.first else { continue }
            let found = cells.compactMap { cell in RopaWorkbookLayout.ProcessorColumn.named(cell.value.text).map { (cell.column, $0) } }
            if columns.isEmpty, found.count >= 2 {
                columns = Dictionary(found, uniquingKeysWith: { first, _ in first })
                result.structureCells += cells.count
                continue
            }
            if CNILWorkbookLayout.matches(first.value.text, RopaWorkbookLayout.processorsTitle)
                || (cells.count == 1 && RopaWorkbookLayout.statement(first.value.text) != nil) {
                result.structureCells += cells.count
                continue
            }
            // Not a processor: an entry that failed to load, or a note typed beside the table.
            if columns.isEmpty || RopaWorkbookLayout.statement(first.value.text) != nil
                || CNILWorkbookLayout.matches(first.value.text, RopaWorkbookLayout.words[.invalidEntry]) {
                result.structureCells += 1
                result.unplaced += cells.dropFirst().map { (label: first.value.text, value: $0.value) }
                continue
            }
            var row: [RopaWorkbookLayout.ProcessorColumn: Value] = [:]
            for (column, value) in cells {
                if let key = columns[column], row[key] == nil {
                    row[key] = value
                } else {
                    result.unplaced.append((label: RopaWorkbookLayout.processorsSheet, value: value))
                }
            }
            result.rows.append(row)
        }
        return result
    }
}
