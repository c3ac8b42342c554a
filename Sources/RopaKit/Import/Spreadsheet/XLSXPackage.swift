/// The small parts of an Office Open XML package that say where everything is:
/// `[Content_Types].xml`, the `.rels` relationships, `xl/workbook.xml` and the shared strings.
enum XLSXPackage {
    /// Content types of a workbook's main part: ordinary, macro-enabled, template.
    static let workbookTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
    ]

    /// What other Office packages are, for a refusal that says what the file is.
    static let otherDocuments: [(prefix: String, what: String)] = [
        ("application/vnd.ms-excel.sheet.binary", "an Excel binary workbook (.xlsb)"),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml", "a Word document"),
        ("application/vnd.ms-word", "a Word document"),
        ("application/vnd.openxmlformats-officedocument.presentationml", "a PowerPoint presentation"),
        ("application/vnd.ms-powerpoint", "a PowerPoint presentation"),
    ]

    /// The path inside the archive of a relationship's target, resolved against the folder of
    /// the part that declares it; nil when it leads out of the package.
    static func resolve(_ target: String, from sourcePart: String) -> String? {
        var components: [Substring] = target.hasPrefix("/") ? [] : sourcePart.split(separator: "/").dropLast()
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": guard components.popLast() != nil else { return nil }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// Where the relationships of a part are: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationshipsPart(of part: String) -> String {
        var components = part.split(separator: "/").map(String.init)
        let name = components.popLast() ?? ""
        return (components + ["_rels", name + ".rels"]).joined(separator: "/")
    }

    /// Decodes OOXML's `_xHHHH_` escapes (Excel writes a carriage return as `_x000D_`).
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")), text.contains("_x") else { return text }
        var result = ""
        var rest = text[...]
        while let start = rest.range(of: "_x") {
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16), let scalar = Unicode.Scalar(code) {
                result += rest[..<start.lowerBound]
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                result += rest[..<start.upperBound]
                rest = rest[start.upperBound...]
            }
        }
        return result + rest
    }
}

/// `[Content_Types].xml`: which part is the workbook, or what kind of document this is.
final class ContentTypesHandler: XMLEventHandler {
    var workbookPart: String?
    var otherDocument: String?

    func start(_ namespace: String, _ local: String, _ attributes: XMLAttributes) {
        guard namespace == XMLNamespace.contentTypes, local == "Override",
              let type = attributes[nil, "ContentType"], let name = attributes[nil, "PartName"] else { return }
        if XLSXPackage.workbookTypes.contains(type) {
            workbookPart = workbookPart ?? String(name.drop { $0 == "/" })
        } else if let other = XLSXPackage.otherDocuments.first(where: { type.hasPrefix($0.prefix) }) {
            otherDocument = otherDocument ?? other.what
        }
    }
}

/// A `.rels` part: relationship id → (type, target).
final class RelationshipsHandler: XMLEventHandler {
    struct Relationship {
        var type: String
        var target: String
    }

    var relationships: [String: Relationship] = [:]

    func start(_ namespace: String, _ local: String, _ attributes: XMLAttributes) {
        guard namespace == XMLNamespace.package, local == "Relationship", attributes[nil, "TargetMode"] != "External",
              let id = attributes[nil, "Id"], let type = attributes[nil, "Type"], let target = attributes[nil, "Target"] else { return }
        relationships[id] = Relationship(type: type, target: target)
    }

    /// The first target whose type ends with `/name` (`/styles`, `/sharedStrings`).
    func target(ofType name: String) -> String? {
        relationships.values.filter { $0.type.hasSuffix("/\(name)") }.map(\.target).min()
    }
}

/// `xl/workbook.xml`: the sheets in tab order, and the date system.
final class WorkbookHandler: XMLEventHandler {
    struct SheetEntry {
        var name: String
        var isHidden: Bool
        var relationship: String?
    }

    var sheets: [SheetEntry] = []
    /// Dates count from 1904-01-01 instead of 1899-12-30 (old Mac Excel files).
    var uses1904Dates = false

    func start(_ namespace: String, _ local: String, _ attributes: XMLAttributes) {
        guard namespace == XMLNamespace.spreadsheet else { return }
        switch local {
        case "workbookPr":
            uses1904Dates = ["1", "true"].contains(attributes[nil, "date1904"] ?? "")
        case "sheet":
            let state = attributes[nil, "state"]
            sheets.append(SheetEntry(name: attributes[nil, "name"] ?? "", isHidden: state == "hidden" || state == "veryHidden",
                                     relationship: attributes[XMLNamespace.relationships, "id"]))
        default:
            break
        }
    }
}

/// Collects the text of an OOXML string item (`<si>` or `<is>`): plain `<t>`, or rich-text runs
/// `<r><t>` concatenated; phonetic guides (`<rPh>`, Japanese readings) are not text.
struct RichTextCollector {
    private(set) var text = ""
    private var inText = false
    private var phoneticDepth = 0

    mutating func reset() {
        text = ""
        inText = false
        phoneticDepth = 0
    }

    mutating func start(_ local: String) {
        switch local {
        case "rPh": phoneticDepth += 1
        case "t": inText = phoneticDepth == 0
        default: break
        }
    }

    mutating func end(_ local: String) {
        switch local {
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    mutating func characters(_ string: String) {
        if inText { text += string }
    }

    var value: String { XLSXPackage.unescape(text) }
}

/// `xl/sharedStrings.xml`: the texts that cells of type `s` point to by index.
final class SharedStringsHandler: XMLEventHandler {
    var strings: [String] = []
    private var item = RichTextCollector()
    private var inItem = false

    func start(_ namespace: String, _ local: String, _ attributes: XMLAttributes) {
        guard namespace == XMLNamespace.spreadsheet else { return }
        if local == "si" {
            item.reset()
            inItem = true
        } else if inItem {
            item.start(local)
        }
    }

    func end(_ namespace: String, _ local: String) {
        guard namespace == XMLNamespace.spreadsheet else { return }
        if local == "si" {
            strings.append(item.value)
            inItem = false
        } else if inItem {
            item.end(local)
        }
    }

    func characters(_ text: String) {
        if inItem { item.characters(text) }
    }
}
