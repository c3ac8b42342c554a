/// A cell's place in a sheet, 1-based as spreadsheets count: row 14, column 3 is `C14`.
public struct CellPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses an A1 reference (`C14`, `$C$14`); nil when it is not one.
    public init?(a1 text: some StringProtocol) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            // Past Excel's and LibreOffice's largest sheets (XFD1048576) it is not a reference.
            guard letters <= 3, digits <= 7 else { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 is `A`, 27 is `AA`.
    public static func letters(ofColumn column: Int) -> String {
        var number = max(column, 1)
        var scalars: [Unicode.Scalar] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder)))
            number = (number - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// `C14`.
    public var description: String { "\(Self.letters(ofColumn: column))\(row)" }

    public static func < (lhs: CellPosition, rhs: CellPosition) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A cell of a named sheet, printed as spreadsheets write a reference to another sheet:
/// `'Paie'!C14`. The importer quotes it in the YAML it writes, so that a DPO finds the cell.
public struct CellAddress: Sendable, Hashable, CustomStringConvertible {
    public var sheet: String
    public var position: CellPosition

    public init(sheet: String, position: CellPosition) {
        self.sheet = sheet
        self.position = position
    }

    /// The sheet name always quoted, a quote inside it doubled (`'l''équipe'!A1`), as both Excel
    /// and LibreOffice accept it.
    public var description: String {
        // Most names have no quote: the search for one is skipped (this runs for every value imported).
        let quoted = sheet.utf8.contains(UInt8(ascii: "'")) ? sheet.replacingOccurrences(of: "'", with: "''") : sheet
        return "'\(quoted)'!\(position)"
    }
}

/// A rectangle of cells, such as a merged range `B5:H5`.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    /// The top-left cell: the one that holds the merged range's content.
    public var start: CellPosition
    /// The bottom-right cell.
    public var end: CellPosition

    public init(start: CellPosition, end: CellPosition) {
        self.start = CellPosition(row: min(start.row, end.row), column: min(start.column, end.column))
        self.end = CellPosition(row: max(start.row, end.row), column: max(start.column, end.column))
    }

    /// Parses `B5:H5` (or a single `B5`); nil when it is not a range.
    public init?(a1 text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let first = CellPosition(a1: parts[0]),
              let last = CellPosition(a1: parts[parts.count - 1]) else { return nil }
        self.init(start: first, end: last)
    }

    public func contains(_ position: CellPosition) -> Bool {
        (start.row...end.row).contains(position.row) && (start.column...end.column).contains(position.column)
    }

    public var description: String { start == end ? "\(start)" : "\(start):\(end)" }
}
