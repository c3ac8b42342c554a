import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The namespaces the readers look for. Elements are matched by namespace and local name,
/// never by prefix: a producer may write `x:c` as well as `c`.
enum XMLNamespace {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let drawing = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    static let calcext = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
    static let spreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let package = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"

    /// "Strict Open XML" workbooks (an Excel save option) use other names for the same
    /// vocabularies; they are read as their transitional equivalents.
    static let strictEquivalents = [
        "http://purl.oclc.org/ooxml/spreadsheetml/main": spreadsheet,
        "http://purl.oclc.org/ooxml/officeDocument/relationships": relationships,
    ]
}

/// The attributes of one element, looked up by namespace and local name.
///
/// Each attribute's prefix is resolved once, when the element starts; a lookup then compares
/// local names (short) before namespaces. A cell of a large workbook is asked for ten
/// attributes, and a lookup that made and hashed qualified names took a tenth of an import.
struct XMLAttributes {
    fileprivate struct Attribute {
        /// A String, not a Substring: names are short, so small strings that compare at once.
        let local: String
        /// The namespace its prefix is bound to; nil without prefix (or an unbound one).
        let namespace: String?
        let isPrefixed: Bool
        let value: String
    }

    fileprivate let attributes: [Attribute]
    /// The default namespace: an unprefixed attribute is also found by it, as producers that
    /// leave the prefix out mean.
    fileprivate let defaultNamespace: String?
    /// For the rare element where two prefixes bound to one namespace name the same attribute.
    fileprivate let raw: [String: String]
    fileprivate let prefixes: [String: [String]]

    /// An attribute without prefix (`namespace == nil`: XLSX's `r`, `t`, `s`) or in a namespace.
    subscript(_ namespace: String?, _ local: String) -> String? {
        var found: String?
        var count = 0
        for attribute in attributes where attribute.local == local {
            let matches = if let namespace {
                attribute.isPrefixed ? attribute.namespace == namespace : defaultNamespace == namespace
            } else {
                !attribute.isPrefixed
            }
            guard matches else { continue }
            found = attribute.value
            count += 1
        }
        guard count > 1, let namespace else { return found }
        // Several prefixes bound to the namespace: the innermost binding wins.
        for prefix in prefixes[namespace, default: []].reversed() {
            if let value = raw[prefix.isEmpty ? local : "\(prefix):\(local)"] { return value }
        }
        return found
    }
}

/// Receives the events of one XML part. Set `failure` to stop the parse (a limit reached).
protocol XMLEventHandler: AnyObject {
    func start(_ namespace: String, _ local: String, _ attributes: XMLAttributes)
    func end(_ namespace: String, _ local: String)
    func characters(_ text: String)
    var failure: SpreadsheetFailure? { get }
}

/// Most parts are read from their elements' attributes alone, and never stop early.
extension XMLEventHandler {
    func end(_ namespace: String, _ local: String) {}
    func characters(_ text: String) {}
    var failure: SpreadsheetFailure? { nil }
}

/// Runs Foundation's `XMLParser` over one part and forwards its events, with namespaces
/// resolved, to a handler: SAX, so no tree of the part is ever built.
enum XMLEvents {
    static func parse(_ data: Data, part: String, file: String, into handler: some XMLEventHandler) throws(SpreadsheetFailure) {
        try refuseDeclarations(in: data, part: part, file: file)
        // A stream, not `XMLParser(data:)`: on Linux the latter fails at the end of parts past
        // some tens of megabytes (a workbook of 1,000 fiches has a 60 MB `content.xml`).
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        let driver = Driver(handler: handler)
        parser.delegate = driver
        let finished = parser.parse()
        if let failure = handler.failure { throw failure }
        guard finished else {
            throw .damaged(file, part: part, line: parser.lineNumber, column: parser.columnNumber, "'\(part)' is not well-formed XML")
        }
    }

    /// Refuses document type and entity declarations before the parser sees them: a workbook
    /// part never has one, and they are how XML expands a few bytes into gigabytes ("billion
    /// laughs") or reaches outside the file (external entities). Encodings other than UTF-8
    /// are refused too, since they would hide such declarations from this byte-level check.
    static func refuseDeclarations(in data: Data, part: String, file: String) throws(SpreadsheetFailure) {
        let bytes = [UInt8](data.prefix(4))
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.first == 0 || bytes.dropFirst().first == 0 {
            throw .unsafe(file, part: part, "its part '\(part)' is encoded in UTF-16 or UTF-32")
        }
        if let encoding = declaredEncoding(in: data), !["utf-8", "utf8", "us-ascii", "ascii"].contains(encoding.lowercased()) {
            throw .unsafe(file, part: part, "its part '\(part)' declares the encoding '\(encoding)'")
        }
        let found: String? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!") {
                    for keyword in ["DOCTYPE", "ENTITY"] where matches(keyword, in: bytes, at: index + 2) {
                        return keyword
                    }
                }
                index += 1
            }
            return nil
        }
        if let found {
            throw .unsafe(file, part: part, "its part '\(part)' contains an XML <!\(found) declaration")
        }
    }

    private static func matches(_ keyword: String, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var index = start
        for expected in keyword.utf8 {
            guard index < bytes.count, bytes[index] | 0x20 == expected | 0x20 else { return false }
            index += 1
        }
        return true
    }

    /// The `encoding` of the XML declaration, if the part starts with one that has it.
    private static func declaredEncoding(in data: Data) -> String? {
        let head = String(decoding: data.prefix(256), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let close = head.range(of: "?>"),
              let key = head[..<close.lowerBound].range(of: "encoding") else { return nil }
        let rest = head[key.upperBound..<close.lowerBound].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    private final class Driver: NSObject, XMLParserDelegate {
        let handler: any XMLEventHandler
        /// Namespace URI → the prefixes bound to it, innermost last.
        var prefixes: [String: [String]] = [:]
        /// Prefix → the URIs it is bound to, innermost last, to undo bindings.
        var bindings: [String: [String]] = [:]

        init(handler: any XMLEventHandler) {
            self.handler = handler
        }

        /// The last namespace seen and its canonical name: an element's namespace is nearly always
        /// its neighbour's, and comparing is cheaper than hashing a 60-byte URI twice per element.
        private var lastURI = ""
        private var lastCanonical = ""

        private func canonical(_ uri: String) -> String {
            if uri == lastURI { return lastCanonical }
            lastURI = uri
            lastCanonical = XMLNamespace.strictEquivalents[uri] ?? uri
            return lastCanonical
        }

        private func attributes(_ raw: [String: String]) -> XMLAttributes {
            var attributes: [XMLAttributes.Attribute] = []
            attributes.reserveCapacity(raw.count)
            for (name, value) in raw {
                if let colon = name.firstIndex(of: ":") {
                    let prefix = String(name[..<colon])
                    attributes.append(.init(local: String(name[name.index(after: colon)...]), namespace: bindings[prefix]?.last,
                                            isPrefixed: true, value: value))
                } else {
                    attributes.append(.init(local: name, namespace: nil, isPrefixed: false, value: value))
                }
            }
            return XMLAttributes(attributes: attributes, defaultNamespace: bindings[""]?.last, raw: raw, prefixes: prefixes)
        }

        func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
            let uri = canonical(namespaceURI)
            bindings[prefix, default: []].append(uri)
            prefixes[uri, default: []].append(prefix)
        }

        func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
            guard let uri = bindings[prefix]?.popLast(), let index = prefixes[uri]?.lastIndex(of: prefix) else { return }
            prefixes[uri]?.remove(at: index)
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            handler.start(canonical(namespaceURI ?? ""), elementName, attributes(attributeDict))
            if handler.failure != nil { parser.abortParsing() }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            handler.end(canonical(namespaceURI ?? ""), elementName)
            if handler.failure != nil { parser.abortParsing() }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            handler.characters(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            handler.characters(String(decoding: CDATABlock, as: UTF8.self))
        }
    }
}
