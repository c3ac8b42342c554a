/// What a CNIL-model workbook says, read by its labels: the organisation from sheet 2's header,
/// the list of treatments, and each fiche — every value with the cell it came from.
struct ImportedWorkbook {
    /// A value as written in a cell, with where it is.
    struct Value {
        var text: String
        var cell: Cell
        var address: CellAddress
    }

    struct Fiche {
        var sheet: String
        /// The CNIL's example fiche ("Gestion de la paie", reference "1 - Exemple").
        var isCNILExample = false
        /// The untouched model: nothing but placeholders and the model's own reference.
        var isEmptyModel = false
        var description: [String: Value] = [:]
        var actors: [CNILWorkbookLayout.Actor: [String: Value]] = [:]
        var purposes: [Value] = []
        var data: [(category: DataCategory, description: Value?, retention: Value?)] = []
        var sensitive: [(category: SensitiveDataCategory, description: Value?, retention: Value?)] = []
        var subjects: [(type: Value, details: Value?)] = []
        var recipients: [(type: Value?, details: Value?)] = []
        var security: [(type: Value?, details: Value?)] = []
        var transfers: [(recipient: Value?, country: Value?, safeguard: Value?, documentation: Value?)] = []
        /// Cells with a value that no key takes: kept in the treatment's notes with their label.
        var unplaced: [(label: String, value: Value)] = []
        /// Non-empty cells: the model's own texts and labels, and values.
        var structureCells = 0
        var placeholderCells = 0
    }

    struct ListRow {
        var values: [String: Value]
    }

    var header: [CNILWorkbookLayout.HeaderBlock: [String: Value]] = [:]
    var list: [ListRow] = []
    var fiches: [Fiche] = []
    /// Values of sheet 2 that no key takes.
    var unplaced: [(label: String, value: Value)] = []

    init(_ workbook: Workbook) {
        for sheet in workbook.sheets where !sheet.isHidden {
            if Self.isFiche(sheet) {
                fiches.append(Self.fiche(sheet))
            } else if Self.isList(sheet) {
                readList(sheet)
            }
        }
    }

    // MARK: Recognising sheets

    static func isFiche(_ sheet: Sheet) -> Bool {
        let texts = sheet.cells.values.map(\.text)
        return texts.contains { CNILWorkbookLayout.matches($0, CNILWorkbookLayout.Section.description.label) }
            && texts.contains { CNILWorkbookLayout.matches($0, CNILWorkbookLayout.Section.purposes.label) }
    }

    static func isList(_ sheet: Sheet) -> Bool {
        sheet.cells.values.contains { CNILWorkbookLayout.matches($0.text, "Identification du traitement") }
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
        for (row, rowCells) in Dictionary(grouping: cells.filter { headerRow == 0 || $0.position.row < headerRow }, by: \.position.row)
            .sorted(by: { $0.key < $1.key }) {
            _ = row
            if let first = rowCells.first, let found = CNILWorkbookLayout.HeaderBlock.allCases.first(where: {
                CNILWorkbookLayout.matches(first.cell.lines.first ?? "", $0.label)
            }) {
                block = found
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
            if let opened = CNILWorkbookLayout.Section.allCases.first(where: { CNILWorkbookLayout.matches(label, $0.label) }) {
                section = opened
                headers = cells.dropFirst().map { ($0.position.column, $0.cell.text) }
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
            if CNILModel.matchingKey(value.text) == CNILModel.matchingKey(reference) {
                fiche.structureCells += 1
            } else {
                fiche.unplaced.append((label: "En-tête de la fiche", value: value))
            }
        }
        fiche.isCNILExample = CNILModel.matchingKey(reference) == CNILModel.matchingKey("1 - Exemple")
            && CNILModel.matchingKey(name).contains("gestion de la paie")
        fiche.isEmptyModel = name.isEmpty && fiche.purposes.isEmpty && fiche.data.isEmpty && fiche.subjects.isEmpty
        return fiche
    }

    /// The column header a value falls under: the nearest header at or left of its column.
    private static func header(of column: Int, _ headers: [(column: Int, label: String)]) -> String? {
        headers.filter { $0.column <= column }.max { $0.column < $1.column }?.label
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

        switch section {
        case .description:
            if let row = CNILWorkbookLayout.descriptionRows.first(where: { $0.labels.contains { CNILWorkbookLayout.matches(label, $0) } }) {
                fiche.description[row.field] = take(firstValue)
            }
        case .actors:
            if let actor = CNILWorkbookLayout.Actor.allCases.first(where: { CNILWorkbookLayout.matches(label, $0.label) }) {
                var fields: [String: Value] = [:]
                for column in CNILWorkbookLayout.actorColumns {
                    if let found = take(value(under: column.label)) { fields[column.field] = found }
                }
                // A merged or header-less row: its first value is the name.
                if fields.isEmpty, let found = take(firstValue) { fields["name"] = found }
                fiche.actors[actor] = fields
            }
        case .purposes:
            if CNILWorkbookLayout.matches(label, "Finalité principale") || CNILWorkbookLayout.matches(label, "Sous-finalité", numbered: true) {
                for line in values where line.header == nil || true {
                    fiche.purposes.append(contentsOf: split(line.value))
                    used.append(line.value)
                    break
                }
            }
        case .data:
            if let category = CNILModel.value(of: label, in: CNILModel.dataCategoryRows) {
                fiche.data.append((category, take(value(under: "Description") ?? (values.count == 1 ? firstValue : nil)), take(value(under: "Durée de conservation"))))
            }
        case .sensitive:
            if let category = CNILModel.value(of: label, in: CNILModel.sensitiveDataRows) {
                fiche.sensitive.append((category, take(value(under: "Description") ?? (values.count == 1 ? firstValue : nil)), take(value(under: "Durée de conservation"))))
            }
        case .subjects:
            if CNILWorkbookLayout.matches(label, "Catégorie de personnes", numbered: true), let type = take(value(under: "Description") ?? firstValue) {
                fiche.subjects.append((type, take(value(under: "Précisions"))))
            }
        case .recipients:
            if CNILWorkbookLayout.matches(label, "Destinataire", numbered: true) {
                fiche.recipients.append((take(value(under: "Type de destinataire")), take(value(under: "Précisions"))))
            }
        case .security:
            // The model has three numbered rows and one without a label.
            if CNILWorkbookLayout.matches(label, "Mesure de sécurité", numbered: true) || !labelled {
                fiche.security.append((take(value(under: "Type de mesure de sécurité")), take(value(under: "Précisions"))))
            }
        case .transfers:
            if CNILWorkbookLayout.matches(label, "Organisme destinataire", numbered: true) {
                fiche.transfers.append((take(value(under: "Destinataire")), take(value(under: "Pays")), take(value(under: "Type de Garanties")),
                                        take(value(under: "Liens vers la documentation"))))
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
}
