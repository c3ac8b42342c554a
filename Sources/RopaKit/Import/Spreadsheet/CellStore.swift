/// Collects the sheets of one workbook within the workbook-wide budget of stored cells, so that
/// a sheet declaring a million non-empty rows fails clearly instead of filling the memory.
struct CellStore {
    let file: String
    let limits: SpreadsheetLimits
    /// Given each sheet as soon as it is complete (`SpreadsheetReader.read`'s `eachSheet`).
    let eachSheet: ((Sheet) -> Void)?
    private(set) var sheets: [Sheet] = []
    private var stored = 0

    init(file: String, limits: SpreadsheetLimits, eachSheet: ((Sheet) -> Void)? = nil) {
        self.file = file
        self.limits = limits
        self.eachSheet = eachSheet
    }

    mutating func beginSheet(named name: String, hidden: Bool) throws(SpreadsheetFailure) {
        guard sheets.count < limits.maxSheets else {
            throw .tooLarge(file, "it has more than \(limits.maxSheets) sheets", option: "the sheet limit (maxSheets)")
        }
        completeLastSheet()
        sheets.append(Sheet(name: name, isHidden: hidden))
    }

    /// Checks, before anything is stored, that `count` more cells or ranges fit in the budget.
    func reserve(_ count: Int, part: String) throws(SpreadsheetFailure) {
        guard count <= limits.maxCells - stored else {
            let sheet = sheets.last.map { " (sheet '\($0.name)')" } ?? ""
            throw .tooLarge(file, part: part, "it holds more than \(limits.maxCells) non-empty cells\(sheet)",
                            option: "the cell limit (maxCells)")
        }
    }

    /// Stores a cell of the current sheet; empty cells are not stored.
    mutating func store(_ cell: Cell, at position: CellPosition, part: String) throws(SpreadsheetFailure) {
        guard !cell.isEmpty, !sheets.isEmpty else { return }
        try reserve(1, part: part)
        if sheets[sheets.count - 1].cells.updateValue(cell, forKey: position) == nil { stored += 1 }
    }

    mutating func merge(_ range: CellRange, part: String) throws(SpreadsheetFailure) {
        guard !sheets.isEmpty else { return }
        try reserve(1, part: part)
        sheets[sheets.count - 1].merges.append(range)
        stored += 1
    }

    /// The sheets, the last one completed: called once the reading is done.
    mutating func finish() -> [Sheet] {
        completeLastSheet()
        return sheets
    }

    /// A sheet is complete when the next one begins or the reading ends: its merged ranges are
    /// put in reading order, and it is given to `eachSheet`.
    private mutating func completeLastSheet() {
        guard !sheets.isEmpty else { return }
        sheets[sheets.count - 1].merges.sort { $0.start < $1.start }
        eachSheet?(sheets[sheets.count - 1])
    }
}

/// A handler of sheet XML that stores cells: a limit reached becomes its `failure`, which stops
/// the parse.
protocol CellStoringHandler: XMLEventHandler {
    var store: CellStore { get set }
    var part: String { get }
    var failure: SpreadsheetFailure? { get set }
}

extension CellStoringHandler {
    func attempt(_ body: (inout CellStore, String) throws(SpreadsheetFailure) -> Void) {
        guard failure == nil else { return }
        do {
            try body(&store, part)
        } catch {
            failure = error
        }
    }
}
