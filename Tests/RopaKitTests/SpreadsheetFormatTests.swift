import Foundation
import Testing
@testable import RopaKit

/// What the readers make of each construct of ODS and XLSX, on small workbooks written by
/// Tests/Fixtures/spreadsheets/make-fixtures.py (by hand, and by openpyxl).
@Suite struct SpreadsheetFormatTests {
    static func read(_ name: String) throws -> Workbook {
        try SpreadsheetReader.read(contentsOf: fixturePath("spreadsheets/handmade/\(name)")).get()
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Cell.Kind {
        ISODate(year: year, month: month, day: day).map(Cell.Kind.date) ?? .text
    }

    @Test func odsTextSpacesBreaksParagraphsNotesLinksAndDrawings() throws {
        let workbook = try Self.read("handmade.ods")
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.name == "Fiche l'équipe")
        #expect(sheet[a1: "A1"]?.lines == ["a   b\tc", "d", "second paragraph"])
        #expect(sheet[a1: "B1"]?.text == "Label with span")
        #expect(sheet[a1: "C1"]?.text == "CNIL link")
        // Three empty repeated columns move the next cell to G.
        #expect(sheet[a1: "G1"]?.text == "after an empty repeat")
        let texts = sheet.cells.values.map(\.text)
        #expect(!texts.contains { $0.contains("HELP TEXT") || $0.contains("DRAWING") || $0.contains("HIDDEN COVERED") })
    }

    @Test func odsValueTypesAndFormulas() throws {
        let sheet = try #require(try Self.read("handmade.ods").sheets.first)
        #expect(sheet[a1: "A2"]?.kind == .number(75001))
        #expect(sheet[a1: "B2"]?.kind == .number(0.25))
        #expect(sheet[a1: "B2"]?.text == "25 %")
        #expect(sheet[a1: "C2"]?.kind == .number(12.5))
        #expect(sheet[a1: "D2"]?.kind == Self.day(2018, 5, 26))
        #expect(sheet[a1: "E2"]?.kind == .boolean(true))
        #expect(sheet[a1: "F2"]?.kind == .text)
        #expect(sheet[a1: "F2"]?.text == "13:45")
        #expect(sheet[a1: "G2"]?.formula == "of:=[.A1]")
        #expect(sheet[a1: "G2"]?.text == "cached")
        #expect(sheet[a1: "H2"]?.kind == .error)
        // A value without displayed text shows the value.
        #expect(sheet[a1: "I2"]?.text == "3")
    }

    @Test func odsMergesRepeatsAndHiddenSheets() throws {
        let workbook = try Self.read("handmade.ods")
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.merges == [CellRange(a1: "B3:D4")])
        #expect(sheet[a1: "B3"]?.text == "merged")
        #expect(sheet[a1: "C3"] == nil)
        #expect(sheet[a1: "E3"]?.text == "twice")
        #expect(sheet[a1: "F3"]?.text == "twice")
        #expect(sheet[a1: "E4"]?.text == "E4")
        #expect(sheet[a1: "A5"]?.text == "row twice")
        #expect(sheet[a1: "A6"]?.text == "row twice")
        // A million empty rows, inside a row group, only move the position.
        #expect(sheet[a1: "A1000007"]?.text == "last")
        #expect(sheet.cells.count == 21)
        #expect(workbook.sheets.map(\.isHidden) == [false, true])
    }

    @Test(arguments: ["handmade.xlsx", "handmade-1904-prefixed.xlsx"])
    func xlsxStringsNumbersBooleansFormulasAndStates(name: String) throws {
        let workbook = try Self.read(name)
        #expect(workbook.format == .xlsx)
        #expect(workbook.sheets.map(\.name) == ["Fiche", "Listes", "Secret"])
        #expect(workbook.sheets.map(\.isHidden) == [false, true, true])
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet[a1: "A1"]?.text == "plain")
        // Rich-text runs concatenated; the phonetic guide is not text.
        #expect(sheet[a1: "B1"]?.text == "rich runs")
        // `_x000D_` and a line feed: one line break.
        #expect(sheet[a1: "C1"]?.lines == ["line one", "line two"])
        #expect(sheet[a1: "D1"]?.text == "inline")
        // A custom format whose "d" and "y" are quoted is not a date.
        #expect(sheet[a1: "F1"]?.kind == .number(7))
        // Row 2 has no references: cells follow one another from A2.
        #expect(sheet[a1: "A2"]?.kind == .number(75001))
        #expect(sheet[a1: "A2"]?.text == "75001")
        #expect(sheet[a1: "D2"]?.kind == .boolean(true))
        #expect(sheet[a1: "E2"]?.kind == .error)
        #expect(sheet[a1: "E2"]?.text == "#DIV/0!")
        #expect(sheet[a1: "F2"]?.formula == "A1&\"!\"")
        #expect(sheet[a1: "F2"]?.text == "plain!")
        #expect(sheet[a1: "G2"]?.kind == Self.day(2019, 5, 13))
        // A time of day alone (format h:mm) is no day: it stays a number.
        #expect(sheet[a1: "H2"]?.kind == .number(0.5))
        // An unknown style, an empty cell and a shared string out of range store nothing odd.
        #expect(sheet[a1: "B5"]?.kind == .number(2.5))
        #expect(sheet[a1: "C5"] == nil)
        #expect(sheet[a1: "D5"] == nil)
        #expect(sheet.merges == [CellRange(a1: "B5:D6")])
        #expect(workbook.sheets[1][a1: "A1"]?.text == "hidden")
    }

    /// Serial numbers with a date format: built-in 14, custom `dd/mm/yyyy`; 1900 or 1904 system.
    @Test func xlsxDatesInBothDateSystems() throws {
        let in1900 = try #require(try Self.read("handmade.xlsx").sheets.first)
        #expect(in1900[a1: "B2"]?.kind == Self.day(2018, 5, 26))
        #expect(in1900[a1: "B2"]?.text == "2018-05-26")
        #expect(in1900[a1: "C2"]?.kind == Self.day(2019, 5, 13))
        let in1904 = try #require(try Self.read("handmade-1904-prefixed.xlsx").sheets.first)
        #expect(in1904[a1: "B2"]?.kind == Self.day(2022, 5, 27))
        #expect(in1904[a1: "C2"]?.kind == Self.day(2023, 5, 14))
    }

    @Test func xlsxWrittenByOpenpyxl() throws {
        let workbook = try Self.read("openpyxl.xlsx")
        #expect(workbook.sheets.map(\.name) == ["Paie", "5_-_Listes"])
        #expect(workbook.sheets.map(\.isHidden) == [false, true])
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet[a1: "B1"]?.text == "Gestion de la paie")
        #expect(sheet[a1: "B2"]?.kind == Self.day(2018, 5, 26))
        #expect(sheet[a1: "B3"]?.lines == ["Calcul des rémunérations", "Ordre de virement à la banque"])
        #expect(sheet[a1: "A4"]?.text == "Texte enrichi")
        #expect(sheet[a1: "A5"]?.kind == .number(75001))
        #expect(sheet[a1: "A6"]?.kind == .boolean(true))
        #expect(sheet.merges == [CellRange(a1: "B8:H8")])
    }

    @Test func cellAddressesPrintAsSpreadsheetsWriteThem() throws {
        #expect(CellAddress(sheet: "Paie", position: CellPosition(row: 14, column: 3)).description == "'Paie'!C14")
        #expect(CellAddress(sheet: "l'équipe", position: CellPosition(row: 1, column: 1)).description == "'l''équipe'!A1")
        #expect(CellPosition(row: 1, column: 26).description == "Z1")
        #expect(CellPosition(row: 1, column: 27).description == "AA1")
        #expect(CellPosition(row: 1_048_576, column: 16_384).description == "XFD1048576")
        #expect(CellPosition(a1: "$C$14") == CellPosition(row: 14, column: 3))
        #expect(CellPosition(a1: "xfd1048576") == CellPosition(row: 1_048_576, column: 16_384))
        for invalid in ["", "14", "C", "C0", "1C", "C1C", "ABCD1", "A12345678", "A-1"] {
            #expect(CellPosition(a1: invalid) == nil, "\(invalid)")
        }
        let range = try #require(CellRange(a1: "H5:B4"))
        #expect(range.description == "B4:H5")
        #expect(range.contains(CellPosition(row: 5, column: 8)))
        #expect(!range.contains(CellPosition(row: 6, column: 8)))
    }

    @Test func dateFormatsAreToldFromOtherFormats() {
        for code in ["dd/mm/yyyy", "DD/MM/YYYY", "d-mmm-yy", "mmm yyyy", "[$-40C]d mmmm yyyy", "yyyy-mm-dd hh:mm", "mm/yy"] {
            #expect(XLSXDates.isDateFormat(code), "\(code)")
        }
        for code in ["General", "0.00", "#,##0 €", "\"day\" 0", "h:mm", "[h]:mm:ss", "mm:ss", "@", "0 \\d", "[Red]0.00", "_(* #,##0_)"] {
            #expect(!XLSXDates.isDateFormat(code), "\(code)")
        }
    }

    @Test func serialNumbersBecomeDays() {
        #expect(XLSXDates.day(fromSerial: 1, uses1904: false) == ISODate(year: 1900, month: 1, day: 1))
        #expect(XLSXDates.day(fromSerial: 59, uses1904: false) == ISODate(year: 1900, month: 2, day: 28))
        #expect(XLSXDates.day(fromSerial: 60, uses1904: false) == nil)
        #expect(XLSXDates.day(fromSerial: 61, uses1904: false) == ISODate(year: 1900, month: 3, day: 1))
        #expect(XLSXDates.day(fromSerial: 43246.99, uses1904: false) == ISODate(year: 2018, month: 5, day: 26))
        #expect(XLSXDates.day(fromSerial: 0, uses1904: true) == nil)
        #expect(XLSXDates.day(fromSerial: 1, uses1904: true) == ISODate(year: 1904, month: 1, day: 2))
        for hostile in [-1, 0.5, 1e300, .infinity, .nan] {
            #expect(XLSXDates.day(fromSerial: hostile, uses1904: false) == nil)
        }
    }

    @Test func workbooksAreReadFromMemoryToo() throws {
        let path = fixturePath("spreadsheets/handmade/handmade.xlsx")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let fromMemory = try SpreadsheetReader.read(bytes: bytes, file: "upload.xlsx").get()
        #expect(fromMemory == (try SpreadsheetReader.read(contentsOf: path).get()))
    }
}
