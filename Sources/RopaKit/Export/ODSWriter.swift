import Foundation
import ZIPFoundation

/// Writes an OpenDocument spreadsheet: the format of the CNIL's model workbook, for
/// `ropa render --format ods`. Sheets of text and date cells, bold labels, nothing else: no
/// formula, no macro, no external link.
///
/// The bytes depend only on the sheets and `date` (each archive entry's modification time): the
/// same register gives the same file.
enum ODSWriter {
    enum Value: Sendable, Hashable {
        case text(String)
        case date(ISODate)
        /// A label of the model (a section, a row, a column header): written in bold.
        case label(String)
    }

    struct SheetContent: Sendable {
        var name: String
        /// Rows from the first, each its cells from column A; nil is an empty cell.
        var rows: [[Value?]]
    }

    static let mediaType = "application/vnd.oasis.opendocument.spreadsheet"

    static func write(_ sheets: [SheetContent], date: ISODate) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        // Midnight UTC of the edition date: ZIPFoundation writes it through gmtime, so the bytes
        // do not depend on the machine's time zone.
        let modified = Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch) * 86_400)
        // The mimetype first and stored, as ODF requires, so that a reader recognises the file.
        let parts: [(String, Data, CompressionMethod)] = [
            ("mimetype", Data(mediaType.utf8), .none),
            ("META-INF/manifest.xml", Data(manifest.utf8), .deflate),
            ("styles.xml", Data(styles.utf8), .deflate),
            ("content.xml", Data(content(sheets).utf8), .deflate),
        ]
        for (path, data, method) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                                 compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data.map { [UInt8]($0) } ?? []
    }

    private static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
         <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="\(mediaType)"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """

    private static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>
        """

    private static func content(_ sheets: [SheetContent]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
            xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2">
            <office:automatic-styles>
            <number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
            <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
            <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="7cm"/></style:style>
            <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
            <style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-weight="bold"/></style:style>
            <style:style style:name="ce2" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/></style:style>
            <style:style style:name="ce3" style:family="table-cell" style:data-style-name="N1"><style:table-cell-properties style:vertical-align="top"/></style:style>
            </office:automatic-styles>
            <office:body><office:spreadsheet>

            """
        for sheet in sheets {
            let width = sheet.rows.map(\.count).max() ?? 1
            xml += "<table:table table:name=\"\(escape(sheet.name))\" table:style-name=\"ta1\">"
            xml += "<table:table-column table:style-name=\"co1\"/>"
            if width > 1 { xml += "<table:table-column table:style-name=\"co2\" table:number-columns-repeated=\"\(width - 1)\"/>" }
            for row in sheet.rows {
                xml += "<table:table-row>"
                for cell in row {
                    xml += Self.cell(cell)
                }
                if row.isEmpty { xml += "<table:table-cell/>" }
                xml += "</table:table-row>\n"
            }
            xml += "</table:table>\n"
        }
        return xml + "</office:spreadsheet></office:body></office:document-content>\n"
    }

    /// A cell. Text cells are `office:value-type="string"`: a spreadsheet shows them as written and
    /// never evaluates them, so a value starting with `=`, `+`, `-` or `@` needs none of the
    /// defusing that the CSV export does (`CSVExport.field`), where the spreadsheet guesses each
    /// cell's type from its text.
    private static func cell(_ value: Value?) -> String {
        switch value {
        case nil:
            return "<table:table-cell/>"
        case .date(let day):
            return "<table:table-cell table:style-name=\"ce3\" office:value-type=\"date\" office:date-value=\"\(day.description)\">"
                + "<text:p>\(String(format: "%02d/%02d/%04d", day.day, day.month, day.year))</text:p></table:table-cell>"
        case .text(let text), .label(let text):
            let style = if case .label = value { "ce1" } else { "ce2" }
            let lines = TextHygiene.visible(text).replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .split(separator: "\n", omittingEmptySubsequences: false)
            let paragraphs = lines.map { "<text:p>\(paragraph(String($0)))</text:p>" }
            return "<table:table-cell table:style-name=\"\(style)\" office:value-type=\"string\">\(paragraphs.joined())</table:table-cell>"
        }
    }

    /// One line of a text cell. ODF collapses white space inside a paragraph and drops it at its
    /// ends (ODF 1.2 §6.1.2), so a run of spaces beyond the first, a leading or trailing space,
    /// and a tab are written as elements: the cell shows exactly the value's characters.
    static func paragraph(_ line: String) -> String {
        var result = ""
        var spaces = 0
        var atStart = true
        func flushSpaces(atEnd: Bool) {
            guard spaces > 0 else { return }
            if atStart || atEnd {
                result += "<text:s text:c=\"\(spaces)\"/>"
            } else {
                result += " " + (spaces > 1 ? "<text:s text:c=\"\(spaces - 1)\"/>" : "")
            }
            spaces = 0
        }
        for scalar in line.unicodeScalars {
            if scalar == " " {
                spaces += 1
                continue
            }
            flushSpaces(atEnd: false)
            atStart = false
            switch scalar {
            case "\t": result += "<text:tab/>"
            default: result += escape(scalar)
            }
        }
        flushSpaces(atEnd: true)
        return result
    }

    /// XML text and attribute escaping; characters XML 1.0 cannot hold (control characters) are
    /// written out as `<U+0001>`, as `TextHygiene.visible` writes invisible ones.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars { result += escape(scalar) }
        return result
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        case "\t", "\n": return String(scalar)
        default:
            if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                return escape(TextHygiene.codePoint(scalar))
            }
            return String(scalar)
        }
    }
}
