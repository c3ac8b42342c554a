/// Why a workbook could not be read: one plain sentence for the person importing, and what to
/// do about it. Nothing is read from a workbook that fails: no partial sheets.
public struct SpreadsheetFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the workbook cannot be read; the raw value is the diagnostic's id.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The file cannot be opened (missing, a folder, no permission).
        case unreadable = "workbook-unreadable"
        /// Neither an OpenDocument spreadsheet nor an Excel workbook (a text document, a PDF,
        /// an old `.xls`, a `.xlsb`).
        case notAWorkbook = "workbook-not-spreadsheet"
        /// Encrypted with a password.
        case passwordProtected = "workbook-password-protected"
        /// A damaged, truncated or malformed archive or XML part.
        case damaged = "workbook-damaged"
        /// Something no spreadsheet program writes and only an attack would: an entry name
        /// leading out of the archive, a DOCTYPE or entity declaration.
        case unsafe = "workbook-unsafe"
        /// Past one of `SpreadsheetLimits`: a ZIP bomb, a million-row sheet, a huge file.
        case tooLarge = "workbook-too-large"
    }

    public var kind: Kind
    /// The workbook, as the user named it.
    public var file: String
    /// The part of the archive concerned (`content.xml`, `xl/worksheets/sheet2.xml`), if any.
    public var part: String?
    /// Where in that part, for malformed XML.
    public var line: Int?
    public var column: Int?
    /// One plain sentence: what is wrong.
    public var message: String
    /// What to do about it.
    public var help: String

    init(_ kind: Kind, file: String, part: String? = nil, line: Int? = nil, column: Int? = nil,
         message: String, help: String) {
        self.kind = kind
        self.file = file
        self.part = part
        self.line = line
        self.column = column
        self.message = message
        self.help = help
    }

    /// The diagnostic the importer reports: at the start of the workbook (an archive has no
    /// lines), with the part and the place in it as a note.
    public var diagnostic: Diagnostic {
        var notes: [Diagnostic.Note] = []
        if let part {
            let place = line.map { line in column.map { " (line \(line), column \($0))" } ?? " (line \(line))" } ?? ""
            notes.append(Diagnostic.Note("in the workbook's part '\(part)'\(place)"))
        }
        return Diagnostic(id: kind.rawValue, message: message, at: .start(of: file), notes: notes, help: help)
    }

    public var description: String { "\(file): \(message) \(help)" }
}

/// The sentences, written once.
extension SpreadsheetFailure {
    static let resaveHelp = "Open it in LibreOffice Calc or Excel, save it as .ods or .xlsx, and import the copy."

    static func unreadable(_ file: String, _ reason: String) -> SpreadsheetFailure {
        SpreadsheetFailure(.unreadable, file: file, message: "The workbook cannot be read: \(reason).",
                           help: "Check the path, and that the file is a workbook you may read.")
    }

    static func notAWorkbook(_ file: String, _ what: String) -> SpreadsheetFailure {
        SpreadsheetFailure(.notAWorkbook, file: file,
                           message: "This file is \(what), not a spreadsheet ropa can import (.ods or .xlsx).",
                           help: resaveHelp)
    }

    static func passwordProtected(_ file: String) -> SpreadsheetFailure {
        SpreadsheetFailure(.passwordProtected, file: file, message: "The workbook is password-protected.",
                           help: "Open it, save it without a password, and import the copy.")
    }

    static func damaged(_ file: String, part: String? = nil, line: Int? = nil, column: Int? = nil,
                        _ what: String) -> SpreadsheetFailure {
        SpreadsheetFailure(.damaged, file: file, part: part, line: line, column: column,
                           message: "The workbook is damaged or incomplete: \(what).",
                           help: "If it opens in a spreadsheet program, save it again as .ods or .xlsx and import the copy; "
                               + "otherwise take an earlier copy of the file.")
    }

    static func unsafe(_ file: String, part: String? = nil, _ what: String) -> SpreadsheetFailure {
        SpreadsheetFailure(.unsafe, file: file, part: part,
                           message: "The workbook was refused: \(what), which no spreadsheet program writes.",
                           help: "Do not trust this file. If it really comes from a spreadsheet program, "
                               + "open it there, save it again, and import the copy.")
    }

    static func tooLarge(_ file: String, part: String? = nil, _ what: String, option: String) -> SpreadsheetFailure {
        SpreadsheetFailure(.tooLarge, file: file, part: part, message: "The workbook was refused: \(what).",
                           help: "A register workbook is far smaller; if this one is genuine, raise \(option), "
                               + "or split it and import the parts.")
    }
}
