/// What a workbook file holds, as cells: the input of `ropa import`, whatever the file format.
public struct Workbook: Sendable, Hashable {
    /// The file format the workbook was read from.
    public enum Format: String, Sendable, Hashable {
        /// OpenDocument spreadsheet: the CNIL model and its copies.
        case ods
        /// Office Open XML workbook: the same model saved by Excel or LibreOffice, or exported
        /// from Google Sheets.
        case xlsx
    }

    public var format: Format
    /// In the workbook's order (the order of the tabs), hidden sheets included.
    public var sheets: [Sheet]

    public init(format: Format, sheets: [Sheet]) {
        self.format = format
        self.sheets = sheets
    }

    /// The first sheet with exactly this name.
    public func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name }
    }
}

/// One sheet: its non-empty cells, by position, and its merged ranges.
///
/// Sparse on purpose: the CNIL model declares rows down to 1,048,576, and a reader that stored
/// every declared cell would hold millions of empty ones.
public struct Sheet: Sendable, Hashable {
    public var name: String
    /// Hidden sheets hold lists (the CNIL model's `5_-_Listes`); the importer reads them but
    /// does not take them for fiches.
    public var isHidden: Bool
    public var cells: [CellPosition: Cell]
    /// Merged ranges, in reading order of their top-left cell. Only that cell is in `cells`:
    /// what the other cells of the range hold is not shown by spreadsheet programs, nor kept.
    public var merges: [CellRange]

    public init(name: String, isHidden: Bool = false, cells: [CellPosition: Cell] = [:], merges: [CellRange] = []) {
        self.name = name
        self.isHidden = isHidden
        self.cells = cells
        self.merges = merges
    }

    public subscript(position: CellPosition) -> Cell? { cells[position] }

    public subscript(row row: Int, column column: Int) -> Cell? { cells[CellPosition(row: row, column: column)] }

    /// The cell at an A1 reference (`"C14"`); nil when empty or not a reference.
    public subscript(a1 reference: String) -> Cell? {
        CellPosition(a1: reference).flatMap { cells[$0] }
    }

    /// The address to quote for a cell of this sheet: `'Paie'!C14`.
    public func address(of position: CellPosition) -> CellAddress {
        CellAddress(sheet: name, position: position)
    }

    /// The non-empty cells, row by row, left to right.
    public var cellsInReadingOrder: [(position: CellPosition, cell: Cell)] {
        cells.sorted { $0.key < $1.key }.map { (position: $0.key, cell: $0.value) }
    }

    /// The non-empty cells of one row, left to right.
    public func row(_ row: Int) -> [(column: Int, cell: Cell)] {
        cells.filter { $0.key.row == row }.sorted { $0.key.column < $1.key.column }.map { (column: $0.key.column, cell: $0.value) }
    }

    /// The merged range whose top-left cell is `position`, if any.
    public func merge(startingAt position: CellPosition) -> CellRange? {
        merges.first { $0.start == position }
    }
}

/// One non-empty cell: what it shows, and the typed value behind it.
public struct Cell: Sendable, Hashable {
    /// The type of value the cell holds.
    public enum Kind: Sendable, Hashable {
        /// Text, or a value the file gives only as displayed text (an ODS time).
        case text
        /// A number: float, percentage (0.5 for 50 %) or currency amount.
        case number(Double)
        /// A day: an ODS date cell (`office:date-value`), or an XLSX number whose number format
        /// is a date. The time of day, if any, is dropped: registers speak in days.
        case date(ISODate)
        case boolean(Bool)
        /// A formula's error (`#REF!`, `#N/A`); the lines show which.
        case error
    }

    /// What the cell shows, one element per line: a line break typed in the cell, or each
    /// `<text:p>` of an ODS cell, starts a new line.
    ///
    /// ODS stores what is displayed (`26/05/2018`, `75 001,00 €`); XLSX does not, so there a
    /// number is written as stored (`75001`, `0.5`), a date as an ISO day (`2018-05-26`),
    /// a boolean as `TRUE` or `FALSE`.
    public var lines: [String] {
        didSet { text = Self.joined(lines) }
    }
    public var kind: Kind
    /// The formula whose cached result this is (`of:=[.B5]`, `HYPERLINK(…)`), as written in
    /// the file. Formulas are never computed: the value is the one the file was saved with.
    public var formula: String?

    public init(lines: [String], kind: Kind = .text, formula: String? = nil) {
        self.lines = lines
        self.kind = kind
        self.formula = formula
        text = Self.joined(lines)
    }

    /// The lines joined with line breaks. Kept, not computed at each use: an import reads the
    /// text of each cell a dozen times (a line alone shares its storage).
    public private(set) var text: String

    private static func joined(_ lines: [String]) -> String {
        lines.count == 1 ? lines[0] : lines.joined(separator: "\n")
    }

    /// A cell that shows nothing and has no value is not stored.
    var isEmpty: Bool {
        kind == .text && lines.allSatisfy(\.isEmpty)
    }
}
