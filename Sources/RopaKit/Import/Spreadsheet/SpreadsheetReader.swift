import Foundation

/// Turns a workbook file (.ods or .xlsx) into cells: the first step of `ropa import`.
///
/// The format is told from the content, not the extension: the `mimetype` entry of an
/// OpenDocument package, the `[Content_Types].xml` of an Office one, and the first bytes for
/// what is neither. Every failure is a `SpreadsheetFailure`, and a failure means no workbook.
public enum SpreadsheetReader {
    /// Reads the workbook at `path`.
    ///
    /// - Parameters:
    ///   - path: the `.ods` or `.xlsx` file.
    ///   - limits: the bounds a hostile file meets (size, ratio, cells, sheets).
    ///   - eachSheet: given each sheet, on the reading thread, as soon as it is complete and in
    ///     the workbook's order, so that work on a sheet can start while the next ones are read.
    ///     The workbook returned holds them all; a failure may come after some were given.
    public static func read(contentsOf path: String, limits: SpreadsheetLimits = .default,
                            eachSheet: ((Sheet) -> Void)? = nil) -> Result<Workbook, SpreadsheetFailure> {
        switch FileSystem.read(path, limit: limits.maxFileBytes) {
        case .success(let bytes):
            return read(bytes: Data(bytes), file: path, limits: limits, eachSheet: eachSheet)
        case .failure(.missing):
            return .failure(.unreadable(path, "there is no such file"))
        case .failure(.loop):
            return .failure(.unreadable(path, "its path loops through symbolic links"))
        case .failure(.unreadable(let reason)):
            return .failure(.unreadable(path, reason))
        case .failure(.tooLarge(let size)):
            return .failure(.tooLarge(path, "the file has \(size) bytes, more than \(limits.maxFileBytes)",
                                      option: "the file-size limit (maxFileBytes)"))
        }
    }

    /// Reads a workbook already in memory; `file` names it in failures.
    public static func read(bytes: Data, file: String, limits: SpreadsheetLimits = .default,
                            eachSheet: ((Sheet) -> Void)? = nil) -> Result<Workbook, SpreadsheetFailure> {
        do throws(SpreadsheetFailure) {
            return .success(try readWorkbook(bytes, file: file, limits: limits, eachSheet: eachSheet))
        } catch {
            return .failure(error)
        }
    }

    private static func readWorkbook(_ bytes: Data, file: String, limits: SpreadsheetLimits,
                                     eachSheet: ((Sheet) -> Void)?) throws(SpreadsheetFailure) -> Workbook {
        guard bytes.count <= limits.maxFileBytes else {
            throw .tooLarge(file, "the file has \(bytes.count) bytes, more than \(limits.maxFileBytes)",
                            option: "the file-size limit (maxFileBytes)")
        }
        let head = [UInt8](bytes.prefix(8))
        guard head.starts(with: Array("PK".utf8)) else { throw notZip(bytes, head: head, file: file) }
        var archive = try WorkbookArchive(bytes: bytes, file: file, limits: limits)

        if let mimetype = try archive.read("mimetype").map({ String(decoding: $0.prefix(200), as: UTF8.self) }) {
            return try readOpenDocument(declaring: mimetype, from: &archive, file: file, limits: limits, eachSheet: eachSheet)
        }
        if let types = try archive.read("[Content_Types].xml") {
            let handler = ContentTypesHandler()
            try XMLEvents.parse(types, part: "[Content_Types].xml", file: file, into: handler)
            if let workbookPart = handler.workbookPart {
                return try XLSXReader.read(&archive, workbookPart: workbookPart, file: file, limits: limits, eachSheet: eachSheet)
            }
            throw .notAWorkbook(file, handler.otherDocument ?? "an Office document that holds no workbook")
        }
        if let mediaType = try ODSReader.manifestMediaType(&archive, file: file) {
            return try readOpenDocument(declaring: mediaType, from: &archive, file: file, limits: limits, eachSheet: eachSheet)
        }
        throw .notAWorkbook(file, "a ZIP archive that holds no spreadsheet")
    }

    private static func readOpenDocument(declaring mediaType: String, from archive: inout WorkbookArchive, file: String,
                                         limits: SpreadsheetLimits, eachSheet: ((Sheet) -> Void)?) throws(SpreadsheetFailure) -> Workbook {
        let type = mediaType.trimmingCharacters(in: .whitespacesAndNewlines)
        guard type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") else {
            let kinds = ["text": "an OpenDocument text document (.odt)", "presentation": "an OpenDocument presentation (.odp)",
                         "graphics": "an OpenDocument drawing (.odg)"]
            let kind = type.split(separator: ".").last.map(String.init).flatMap { kinds[$0.replacingOccurrences(of: "-template", with: "")] }
            throw .notAWorkbook(file, kind ?? "a document of type '\(type.prefix(80))'")
        }
        return try ODSReader.read(&archive, file: file, limits: limits, eachSheet: eachSheet)
    }

    /// What a file that is not a ZIP archive is, to say so.
    private static func notZip(_ bytes: Data, head: [UInt8], file: String) -> SpreadsheetFailure {
        // Office encrypts a password-protected .xlsx into an OLE compound file, the container of
        // the old binary formats, with an `EncryptedPackage` stream.
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            let marker = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if bytes.range(of: marker) != nil { return .passwordProtected(file) }
            return .notAWorkbook(file, "an Excel 97–2003 workbook (.xls) or another Office 97–2003 file")
        }
        if bytes.isEmpty { return .notAWorkbook(file, "empty") }
        if head.starts(with: Array("%PDF".utf8)) { return .notAWorkbook(file, "a PDF document") }
        let start = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if start.contains("office:document") { return .notAWorkbook(file, "a flat OpenDocument file (.fods)") }
        if start.hasPrefix("<") { return .notAWorkbook(file, "an XML or HTML file") }
        if String(validating: bytes.prefix(4096), as: UTF8.self) != nil { return .notAWorkbook(file, "a text file (CSV or similar)") }
        return .notAWorkbook(file, "neither a ZIP archive nor a known document")
    }
}
