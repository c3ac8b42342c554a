/// A PDF file read far enough to answer two questions: on which page each named destination
/// lands (the anchors of the HTML, `#fiche-…`), and what an incremental update must point back
/// to. Only classic cross-reference tables are read (what Chromium's Skia writes); a file with
/// cross-reference streams, or anything unexpected, is nil, and the caller carries on without
/// page numbers. Every loop is bounded by the file's own size or a fixed limit.
public struct PDFFile: Sendable {
    public let bytes: [UInt8]
    /// The newest trailer: /Size, /Root, /Info, maybe /ID.
    public let trailer: PDFValue
    /// Where the newest cross-reference section starts: an update's /Prev.
    public let crossReferenceOffset: Int
    /// Each object's offset, the newest section winning.
    private let offsets: [Int: Int]

    /// Larger files are not PDFs ropa's engines make of a register.
    public static let maxBytes = 1 << 30
    static let maxSections = 64
    static let maxPages = 1_000_000

    public init?(bytes: [UInt8]) {
        guard bytes.count <= Self.maxBytes, bytes.starts(with: Array("%PDF-".utf8)) else { return nil }
        self.bytes = bytes
        guard let start = Self.startXref(in: bytes) else { return nil }
        var offsets: [Int: Int] = [:]
        var newestTrailer: PDFValue?
        var next: Int? = start
        var seen: Set<Int> = []
        while let offset = next, seen.count < Self.maxSections {
            guard offset >= 0, offset < bytes.count, seen.insert(offset).inserted,
                  let (entries, trailer) = Self.section(in: bytes, at: offset) else { return nil }
            for (number, position) in entries where offsets[number] == nil { offsets[number] = position }
            if newestTrailer == nil { newestTrailer = trailer }
            next = trailer["Prev"]?.integer
        }
        guard let newestTrailer, newestTrailer["Root"]?.reference != nil else { return nil }
        self.trailer = newestTrailer
        self.offsets = offsets
        self.crossReferenceOffset = start
    }

    /// The number after the last `startxref`, looked for in the last kilobyte.
    private static func startXref(in bytes: [UInt8]) -> Int? {
        let keyword = Array("startxref".utf8)
        var index = bytes.count - keyword.count
        let floor = max(0, bytes.count - 1024)
        while index >= floor {
            if bytes[index..<(index + keyword.count)].elementsEqual(keyword) {
                var lexer = PDFLexer(bytes, at: index + keyword.count)
                return lexer.unsigned()
            }
            index -= 1
        }
        return nil
    }

    /// One `xref` table and its trailer: object number → offset for the objects in use.
    private static func section(in bytes: [UInt8], at offset: Int) -> ([(Int, Int)], PDFValue)? {
        var lexer = PDFLexer(bytes, at: offset)
        guard lexer.accept("xref") else { return nil }
        var entries: [(Int, Int)] = []
        while !lexer.accept("trailer") {
            guard let first = lexer.unsigned(), let count = lexer.unsigned(), count <= bytes.count / 18 else { return nil }
            for index in 0..<count {
                guard let position = lexer.unsigned(), lexer.unsigned() != nil, let kind = lexer.keyword() else { return nil }
                if kind == "n", position < bytes.count { entries.append((first + index, position)) }
            }
        }
        guard let trailer = lexer.value(depth: 0), case .dictionary = trailer else { return nil }
        return (entries, trailer)
    }

    /// The object `reference` names, or nil when it is missing or unreadable.
    public func object(_ reference: PDFReference) -> PDFValue? {
        guard let offset = offsets[reference.number] else { return nil }
        var lexer = PDFLexer(bytes, at: offset)
        guard let (found, value) = lexer.indirectObject(), found.number == reference.number else { return nil }
        return value
    }

    /// Where object `number` starts in the file.
    func offset(of number: Int) -> Int? { offsets[number] }

    /// `value`, or the object it refers to (following at most a few references).
    public func resolve(_ value: PDFValue?) -> PDFValue? {
        var current = value
        for _ in 0..<8 {
            guard let reference = current?.reference else { return current }
            current = object(reference)
        }
        return nil
    }

    public var rootReference: PDFReference? { trailer["Root"]?.reference }
    public var catalog: PDFValue? { rootReference.flatMap(object) }

    /// The pages in reading order, walking the page tree (§7.7.3), each node visited once.
    public func pages() -> [PDFReference]? {
        guard let root = catalog?["Pages"]?.reference else { return nil }
        var pages: [PDFReference] = []
        var visited: Set<PDFReference> = []
        // An explicit stack instead of recursion: a hostile tree cannot exhaust the call stack.
        var stack: [PDFReference] = [root]
        while let node = stack.popLast() {
            guard visited.insert(node).inserted, visited.count <= Self.maxPages, let object = object(node) else { return nil }
            if object["Type"]?.nameValue == "Page" {
                pages.append(node)
            } else if let kids = resolve(object["Kids"])?.array {
                stack += kids.compactMap(\.reference).reversed()
            } else {
                return nil
            }
        }
        return pages
    }

    /// Each named destination (an HTML anchor that a link points to) with its 1-based page:
    /// from the catalog's /Dests dictionary (PDF 1.1, Chromium) and its /Names /Dests tree.
    public func destinationPages() -> [String: Int]? {
        guard let catalog, let pages = pages() else { return nil }
        let pageNumbers = Dictionary(pages.enumerated().map { ($0.element, $0.offset + 1) }, uniquingKeysWith: { first, _ in first })
        var found: [String: Int] = [:]
        func record(_ name: String, _ destination: PDFValue?) {
            var target = resolve(destination)
            if let explicit = target?["D"] { target = resolve(explicit) }
            if let page = target?.array?.first?.reference, let number = pageNumbers[page], found[name] == nil {
                found[name] = number
            }
        }
        if case .dictionary(let entries)? = resolve(catalog["Dests"]) {
            for (name, destination) in entries { record(name, destination) }
        }
        if let tree = resolve(resolve(catalog["Names"])?["Dests"]) {
            var stack = [tree]
            var budget = 100_000
            while let node = stack.popLast(), budget > 0 {
                budget -= 1
                if let names = resolve(node["Names"])?.array {
                    for index in stride(from: 0, to: names.count - 1, by: 2) {
                        if let name = resolve(names[index])?.text { record(name, names[index + 1]) }
                    }
                }
                if let kids = resolve(node["Kids"])?.array { stack += kids.compactMap { resolve($0) } }
            }
        }
        return found
    }

    /// The bookmarks' titles, depth first, with their level (0 at the top): for tests and checks.
    public func outline() -> [(level: Int, title: String)] {
        guard let first = resolve(catalog?["Outlines"])?["First"] else { return [] }
        var items: [(Int, String)] = []
        var visited: Set<PDFReference> = []
        var stack: [(PDFValue, Int)] = [(first, 0)]
        while let (entry, level) = stack.popLast(), items.count < 100_000 {
            guard let reference = entry.reference, visited.insert(reference).inserted, let item = object(reference) else { continue }
            items.append((level, resolve(item["Title"])?.text ?? ""))
            if let next = item["Next"] { stack.append((next, level)) }
            if let child = item["First"] { stack.append((child, level + 1)) }
        }
        return items
    }
}
