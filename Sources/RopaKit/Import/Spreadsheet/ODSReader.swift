import Foundation

/// Reads an OpenDocument spreadsheet: `content.xml`, after checking in the manifest that it is
/// not encrypted.
enum ODSReader {
    static func read(_ archive: inout WorkbookArchive, file: String, limits: SpreadsheetLimits,
                     eachSheet: ((Sheet) -> Void)?) throws(SpreadsheetFailure) -> Workbook {
        let manifestPart = "META-INF/manifest.xml"
        if let manifest = try archive.read(manifestPart) {
            let handler = ManifestHandler()
            try XMLEvents.parse(manifest, part: manifestPart, file: file, into: handler)
            if handler.isEncrypted { throw .passwordProtected(file) }
        }
        let contentPart = "content.xml"
        guard let content = try archive.read(contentPart) else {
            throw .damaged(file, "it has no 'content.xml', where an OpenDocument spreadsheet keeps its sheets")
        }
        let handler = ODSContentHandler(store: CellStore(file: file, limits: limits, eachSheet: eachSheet), part: contentPart)
        try XMLEvents.parse(content, part: contentPart, file: file, into: handler)
        return Workbook(format: .ods, sheets: handler.store.finish())
    }

    /// The media type an OpenDocument package declares for itself in its manifest (used when
    /// it has no `mimetype` entry).
    static func manifestMediaType(_ archive: inout WorkbookArchive, file: String) throws(SpreadsheetFailure) -> String? {
        let part = "META-INF/manifest.xml"
        guard let manifest = try archive.read(part) else { return nil }
        let handler = ManifestHandler()
        try XMLEvents.parse(manifest, part: part, file: file, into: handler)
        return handler.rootMediaType
    }
}

/// Password-protected OpenDocument files keep their manifest readable and describe, in it,
/// how each encrypted part was encrypted.
private final class ManifestHandler: XMLEventHandler {
    var isEncrypted = false
    var rootMediaType: String?

    func start(_ namespace: String, _ local: String, _ attributes: XMLAttributes) {
        guard namespace == XMLNamespace.manifest else { return }
        if local == "encryption-data" { isEncrypted = true }
        if local == "file-entry", attributes[XMLNamespace.manifest, "full-path"] == "/" {
            rootMediaType = attributes[XMLNamespace.manifest, "media-type"]
        }
    }
}

/// `content.xml`: the table styles (to know hidden sheets), then the tables.
///
/// Repeated rows and cells (`table:number-rows-repeated`, down to row 1,048,576 in the CNIL
/// model) only move the position when empty; non-empty repeats are stored once per cell,
/// within the cell budget.
private final class ODSContentHandler: CellStoringHandler {
    var store: CellStore
    let part: String
    var failure: SpreadsheetFailure?

    /// Names of table styles with `table:display="false"`.
    private var hiddenStyles: Set<String> = []
    private var currentStyle: String?
    /// Depth of table elements: cells of a table nested in a cell are not the sheet's.
    private var tableDepth = 0
    /// Inside an element whose content is not the cell's text (a note, a drawing): its depth.
    private var skipDepth = 0

    private var row = 1
    private var column = 1
    private var rowRepeat = 1
    private var rowCells: [(column: Int, cell: Cell)] = []
    private var rowMerges: [(column: Int, columns: Int, rows: Int)] = []
    private var cell: PendingCell?

    /// A cell being read: its attributes, and its text so far.
    private struct PendingCell {
        var repeats: Int
        var columnsSpanned: Int
        var rowsSpanned: Int
        var valueType: String?
        var calcType: String?
        var value: String?
        var dateValue: String?
        var booleanValue: String?
        var stringValue: String?
        var formula: String?
        var lines: [String] = []
        var line: String?
    }

    /// Largest repeat or span taken from the file: the largest sheet has 1,048,576 rows and
    /// 16,384 columns, and a larger number is only there to make positions overflow.
    private static let maxRepeat = 1 << 20
    /// Largest run of spaces one `<text:s text:c="…"/>` adds.
    private static let maxSpaces = 1_000

    init(store: CellStore, part: String) {
        self.store = store
        self.part = part
    }

    private static func count(_ attributes: XMLAttributes, _ namespace: String, _ name: String, max: Int = maxRepeat) -> Int {
        attributes[namespace, name].flatMap { Int($0) }.map { Swift.min(Swift.max($0, 1), max) } ?? 1
    }

    func start(_ namespace: String, _ local: String, _ attributes: XMLAttributes) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        // By local name first: short names compare at once, where every namespace starts with
        // the same 38 characters (this runs for each of a large workbook's elements).
        switch local {
        case "style" where namespace == XMLNamespace.style:
            currentStyle = attributes[XMLNamespace.style, "family"] == "table" ? attributes[XMLNamespace.style, "name"] : nil
        case "table-properties" where namespace == XMLNamespace.style:
            if let currentStyle, attributes[XMLNamespace.table, "display"] == "false" { hiddenStyles.insert(currentStyle) }
        case "table" where namespace == XMLNamespace.table && tableDepth == 0:
            tableDepth = 1
            row = 1
            let hidden = attributes[XMLNamespace.table, "style-name"].map(hiddenStyles.contains) ?? false
            attempt { store, _ throws(SpreadsheetFailure) in
                try store.beginSheet(named: attributes[XMLNamespace.table, "name"] ?? "", hidden: hidden)
            }
        case "table" where namespace == XMLNamespace.table:
            skipDepth = 1
        case "table-row" where namespace == XMLNamespace.table && tableDepth > 0:
            column = 1
            rowRepeat = Self.count(attributes, XMLNamespace.table, "number-rows-repeated")
            rowCells.removeAll(keepingCapacity: true)
            rowMerges.removeAll(keepingCapacity: true)
        case "table-cell" where namespace == XMLNamespace.table && tableDepth > 0:
            cell = PendingCell(
                repeats: Self.count(attributes, XMLNamespace.table, "number-columns-repeated"),
                columnsSpanned: Self.count(attributes, XMLNamespace.table, "number-columns-spanned"),
                rowsSpanned: Self.count(attributes, XMLNamespace.table, "number-rows-spanned"),
                valueType: attributes[XMLNamespace.office, "value-type"],
                calcType: attributes[XMLNamespace.calcext, "value-type"],
                value: attributes[XMLNamespace.office, "value"],
                dateValue: attributes[XMLNamespace.office, "date-value"],
                booleanValue: attributes[XMLNamespace.office, "boolean-value"],
                stringValue: attributes[XMLNamespace.office, "string-value"],
                formula: attributes[XMLNamespace.table, "formula"])
        case "covered-table-cell" where namespace == XMLNamespace.table && tableDepth > 0:
            // Hidden by a merged range: what it holds is not shown, and not kept.
            column += Self.count(attributes, XMLNamespace.table, "number-columns-repeated")
            skipDepth = 1
        case "annotation" where namespace == XMLNamespace.office, "annotation-end" where namespace == XMLNamespace.office,
             "note" where namespace == XMLNamespace.text, "ruby-text" where namespace == XMLNamespace.text,
             _ where namespace == XMLNamespace.drawing:
            // Notes (the CNIL model's help texts), drawings and footnotes are not the cell's text.
            skipDepth = 1
        case "p" where namespace == XMLNamespace.text, "h" where namespace == XMLNamespace.text:
            cell?.line = ""
        case "s" where namespace == XMLNamespace.text:
            cell?.line?.append(String(repeating: " ", count: Self.count(attributes, XMLNamespace.text, "c", max: Self.maxSpaces)))
        case "tab" where namespace == XMLNamespace.text:
            cell?.line?.append("\t")
        case "line-break" where namespace == XMLNamespace.text:
            if let line = cell?.line {
                cell?.lines.append(line)
                cell?.line = ""
            }
        default:
            break
        }
    }

    func end(_ namespace: String, _ local: String) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        switch local {
        case "p" where namespace == XMLNamespace.text, "h" where namespace == XMLNamespace.text:
            if let line = cell?.line {
                cell?.lines.append(line)
                cell?.line = nil
            }
        case "table-cell" where namespace == XMLNamespace.table:
            guard let pending = cell else { return }
            cell = nil
            let value = Self.cell(from: pending)
            if !value.isEmpty {
                attempt { store, part throws(SpreadsheetFailure) in
                    try store.reserve((rowCells.count + pending.repeats) * rowRepeat, part: part)
                }
                for offset in 0..<pending.repeats where failure == nil { rowCells.append((column + offset, value)) }
            }
            if pending.columnsSpanned > 1 || pending.rowsSpanned > 1 {
                rowMerges.append((column, pending.columnsSpanned, pending.rowsSpanned))
            }
            column += pending.repeats
        case "table-row" where namespace == XMLNamespace.table:
            if !rowCells.isEmpty || !rowMerges.isEmpty { storeRow() }
            row += rowRepeat
        case "table" where namespace == XMLNamespace.table:
            tableDepth = 0
        default:
            break
        }
    }

    func characters(_ text: String) {
        if skipDepth == 0, cell?.line != nil { cell?.line?.append(text) }
    }

    /// Stores the row's cells and merged ranges once per repetition of the row.
    private func storeRow() {
        attempt { store, part throws(SpreadsheetFailure) in
            try store.reserve((rowCells.count + rowMerges.count) * rowRepeat, part: part)
            for repetition in 0..<rowRepeat {
                for (column, cell) in rowCells {
                    try store.store(cell, at: CellPosition(row: row + repetition, column: column), part: part)
                }
                for merge in rowMerges {
                    let start = CellPosition(row: row + repetition, column: merge.column)
                    let end = CellPosition(row: start.row + merge.rows - 1, column: merge.column + merge.columns - 1)
                    try store.merge(CellRange(start: start, end: end), part: part)
                }
            }
        }
    }

    /// The typed value of a cell: `office:value-type` says which attribute holds it.
    private static func cell(from pending: PendingCell) -> Cell {
        var lines = pending.lines
        let kind: Cell.Kind
        switch pending.valueType {
        case _ where pending.calcType == "error":
            kind = .error
        case "float", "percentage", "currency":
            kind = pending.value.flatMap(Double.init).map(Cell.Kind.number) ?? .text
            if lines.isEmpty, let value = pending.value { lines = [value] }
        case "date":
            kind = pending.dateValue.flatMap { ISODate(parsing: String($0.prefix(10))) }.map(Cell.Kind.date) ?? .text
            if lines.isEmpty, let value = pending.dateValue { lines = [value] }
        case "boolean":
            kind = pending.booleanValue.map { .boolean($0 == "true") } ?? .text
            if lines.isEmpty, let value = pending.booleanValue { lines = [value] }
        default:
            kind = .text
            if lines.isEmpty, let value = pending.stringValue { lines = [value] }
        }
        return Cell(lines: lines, kind: kind, formula: pending.formula)
    }
}
