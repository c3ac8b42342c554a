import Foundation

/// Reads an Office Open XML workbook: the workbook part named by `[Content_Types].xml`, its
/// relationships to the sheets, shared strings and styles, then each sheet in tab order.
enum XLSXReader {
    static func read(_ archive: inout WorkbookArchive, workbookPart: String, file: String,
                     limits: SpreadsheetLimits, eachSheet: ((Sheet) -> Void)?) throws(SpreadsheetFailure) -> Workbook {
        let workbook = WorkbookHandler()
        try parse(workbookPart, required: true, from: &archive, file: file, into: workbook)
        let relationships = RelationshipsHandler()
        try parse(XLSXPackage.relationshipsPart(of: workbookPart), required: true, from: &archive, file: file, into: relationships)

        func related(_ type: String, fallback: String) -> String? {
            relationships.target(ofType: type).map { XLSXPackage.resolve($0, from: workbookPart) } ?? fallback
        }
        let strings = SharedStringsHandler()
        if let part = related("sharedStrings", fallback: "xl/sharedStrings.xml") {
            try parse(part, required: false, from: &archive, file: file, into: strings)
        }
        let styles = StylesHandler()
        if let part = related("styles", fallback: "xl/styles.xml") {
            try parse(part, required: false, from: &archive, file: file, into: styles)
        }

        var store = CellStore(file: file, limits: limits, eachSheet: eachSheet)
        let context = WorksheetHandler.Context(strings: strings.strings, dateStyles: styles.dateStyles,
                                               uses1904Dates: workbook.uses1904Dates)
        for entry in workbook.sheets {
            try store.beginSheet(named: entry.name, hidden: entry.isHidden)
            // A chart sheet or a dialog sheet is a tab without cells.
            guard let relationship = entry.relationship.flatMap({ relationships.relationships[$0] }),
                  relationship.type.hasSuffix("/worksheet") else { continue }
            guard let part = XLSXPackage.resolve(relationship.target, from: workbookPart) else {
                throw .damaged(file, "the sheet '\(entry.name)' points outside the workbook")
            }
            let handler = WorksheetHandler(store: store, context: context, part: part)
            try parse(part, required: true, from: &archive, file: file, into: handler)
            store = handler.store
        }
        return Workbook(format: .xlsx, sheets: store.finish())
    }

    private static func parse(_ part: String, required: Bool, from archive: inout WorkbookArchive, file: String,
                              into handler: some XMLEventHandler) throws(SpreadsheetFailure) {
        guard let data = try archive.read(part) else {
            if required { throw .damaged(file, "it has no part '\(part)'") }
            return
        }
        try XMLEvents.parse(data, part: part, file: file, into: handler)
    }
}

/// One `xl/worksheets/sheetN.xml`: the cells of `<sheetData>` and the `<mergeCells>`.
private final class WorksheetHandler: CellStoringHandler {
    struct Context {
        var strings: [String]
        var dateStyles: Set<Int>
        var uses1904Dates: Bool
    }

    var store: CellStore
    let context: Context
    let part: String
    var failure: SpreadsheetFailure?

    private var row = 0
    private var column = 0
    private var cell: PendingCell?
    private var text = ""
    private var collecting: Collecting = .nothing
    private var inline = RichTextCollector()

    private enum Collecting { case nothing, value, formula, inline }

    private struct PendingCell {
        var position: CellPosition
        var type: String
        var style: Int
        var value: String?
        var formula: String?
        var inline: String?
    }

    init(store: CellStore, context: Context, part: String) {
        self.store = store
        self.context = context
        self.part = part
    }

    func start(_ namespace: String, _ local: String, _ attributes: XMLAttributes) {
        guard namespace == XMLNamespace.spreadsheet else { return }
        if collecting == .inline {
            inline.start(local)
            return
        }
        switch local {
        case "row":
            // Rows and cells may omit their reference: they then follow the previous one.
            row = attributes[nil, "r"].flatMap { Int($0) }.map { min(max($0, 1), 1 << 24) } ?? row + 1
            column = 0
        case "c":
            let position = attributes[nil, "r"].flatMap { CellPosition(a1: $0) } ?? CellPosition(row: max(row, 1), column: column + 1)
            column = position.column
            cell = PendingCell(position: position, type: attributes[nil, "t"] ?? "n",
                               style: attributes[nil, "s"].flatMap { Int($0) } ?? 0)
        case "v" where cell != nil:
            text = ""
            collecting = .value
        case "f" where cell != nil:
            text = ""
            collecting = .formula
        case "is" where cell != nil:
            inline.reset()
            collecting = .inline
        case "mergeCell":
            if let range = attributes[nil, "ref"].flatMap({ CellRange(a1: $0) }) {
                attempt { store, part throws(SpreadsheetFailure) in try store.merge(range, part: part) }
            }
        default:
            break
        }
    }

    func end(_ namespace: String, _ local: String) {
        guard namespace == XMLNamespace.spreadsheet else { return }
        switch (collecting, local) {
        case (.inline, "is"):
            cell?.inline = inline.value
            collecting = .nothing
        case (.inline, _):
            inline.end(local)
        case (.value, "v"):
            cell?.value = text
            collecting = .nothing
        case (.formula, "f"):
            cell?.formula = text
            collecting = .nothing
        case (_, "c"):
            guard let pending = cell else { return }
            cell = nil
            let value = makeCell(pending)
            attempt { store, part throws(SpreadsheetFailure) in try store.store(value, at: pending.position, part: part) }
        default:
            break
        }
    }

    func characters(_ string: String) {
        switch collecting {
        case .nothing: break
        case .inline: inline.characters(string)
        case .value, .formula: text += string
        }
    }

    /// The typed value of a cell from its type `t`, its value `<v>` and its style's format.
    private func makeCell(_ pending: PendingCell) -> Cell {
        let raw = pending.value ?? ""
        func text(_ string: String) -> Cell {
            Cell(lines: Self.lines(string), kind: .text, formula: pending.formula)
        }
        switch pending.type {
        case "s":
            guard let index = Int(raw), context.strings.indices.contains(index) else { return text("") }
            return text(context.strings[index])
        case "inlineStr":
            return text(pending.inline ?? raw)
        case "str":
            return text(XLSXPackage.unescape(raw))
        case "b":
            let value = raw == "1" || raw.lowercased() == "true"
            return Cell(lines: [value ? "TRUE" : "FALSE"], kind: .boolean(value), formula: pending.formula)
        case "e":
            return Cell(lines: [raw], kind: .error, formula: pending.formula)
        case "d":
            guard let day = ISODate(parsing: String(raw.prefix(10))) else { return text(raw) }
            return Cell(lines: [day.description], kind: .date(day), formula: pending.formula)
        default:
            guard !raw.isEmpty, let number = Double(raw) else { return text(raw) }
            if context.dateStyles.contains(pending.style),
               let day = XLSXDates.day(fromSerial: number, uses1904: context.uses1904Dates) {
                return Cell(lines: [day.description], kind: .date(day), formula: pending.formula)
            }
            return Cell(lines: [raw], kind: .number(number), formula: pending.formula)
        }
    }

    /// A line break typed in a cell is stored as a line feed (or `_x000D_` and a line feed).
    private static func lines(_ string: String) -> [String] {
        guard !string.isEmpty else { return [] }
        return string.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "\r", omittingEmptySubsequences: false) }.map(String.init)
    }
}
