/// What the document says about itself in its PDF: the Info dictionary (§14.3.3) and the
/// catalog's /Lang. A register is identified by its title, its author (the organisation) and
/// its edition date, not by the moment a browser printed it.
public struct PDFMetadata: Sendable, Equatable {
    public var title: String
    public var author: String
    public var subject: String
    /// A BCP 47 tag, "fr" or "en".
    public var language: String
    /// The register's edition date: the document's creation and modification date.
    public var date: ISODate

    public init(title: String, author: String, subject: String, language: String, date: ISODate) {
        self.title = title
        self.author = author
        self.subject = subject
        self.language = language
        self.date = date
    }

    /// `D:YYYYMMDD000000Z`: midnight UTC on the edition date (§7.9.4).
    var pdfDate: String {
        "D:" + padded(date.year, width: 4) + padded(date.month, width: 2) + padded(date.day, width: 2) + "000000Z"
    }
}

/// A bookmark: a title and the HTML anchor (named destination) it opens, with its children.
public struct PDFOutlineEntry: Sendable, Equatable {
    public var title: String
    public var anchor: String
    public var children: [PDFOutlineEntry]

    public init(title: String, anchor: String, children: [PDFOutlineEntry] = []) {
        self.title = title
        self.anchor = anchor
        self.children = children
    }
}

/// Adds ropa's metadata and bookmarks to a PDF an engine wrote, as a standard incremental update
/// (§7.5.6): the engine's bytes stay as they are, followed by a new Info dictionary, the
/// bookmarks, a new version of the catalog, a cross-reference section for those objects and a
/// trailer whose /Prev points back. Any reader takes the newest version of each object.
///
/// The one change inside the engine's bytes: the digits of the creation and modification dates
/// in its own Info dictionary, which hold the moment of printing, are overwritten with the
/// edition date, same length, same place. Without it no two prints would give the same bytes.
public enum PDFUpdate {
    /// The updated file, or nil when `file` is not one this update understands.
    public static func apply(to file: PDFFile, metadata: PDFMetadata, outline: [PDFOutlineEntry]) -> [UInt8]? {
        guard let size = file.trailer["Size"]?.integer, size > 0, size < 10_000_000,
              let rootReference = file.rootReference, case .dictionary? = file.catalog else { return nil }
        var bytes = file.bytes
        let oldInfo = file.trailer["Info"]?.reference
        if let oldInfo { settleDates(in: &bytes, file: file, info: oldInfo, date: metadata.pdfDate) }
        let destinations = file.destinationPages() ?? [:]
        var next = size
        var objects: [(PDFReference, PDFValue)] = []

        // The Info dictionary: keep the engine's name as the producer, say who created it.
        let producer = oldInfo.flatMap { file.object($0)?["Producer"] }
        var info: [(key: String, value: PDFValue)] = [
            ("Title", .text(metadata.title)), ("Author", .text(metadata.author)), ("Subject", .text(metadata.subject)),
            ("Creator", .text("ropa")),
        ]
        if let producer { info.append(("Producer", producer)) }
        info += [("CreationDate", .string(Array(metadata.pdfDate.utf8))), ("ModDate", .string(Array(metadata.pdfDate.utf8)))]
        let infoReference = PDFReference(next)
        next += 1
        objects.append((infoReference, .dictionary(info)))

        // Bookmarks: only those whose anchor is a destination in the file.
        func kept(_ entries: [PDFOutlineEntry]) -> [PDFOutlineEntry] {
            entries.compactMap { entry in
                let children = kept(entry.children)
                return destinations[entry.anchor] != nil || !children.isEmpty
                    ? PDFOutlineEntry(title: entry.title, anchor: entry.anchor, children: children) : nil
            }
        }
        let bookmarks = kept(outline)
        var catalog = file.catalog ?? .dictionary([])
        if !bookmarks.isEmpty {
            let outlineRoot = PDFReference(next)
            next += 1
            var items: [(PDFReference, PDFValue)] = []
            let count = addItems(bookmarks, parent: outlineRoot, next: &next, into: &items, destinations: destinations)
            objects.append((outlineRoot, .dictionary([("Type", .name("Outlines")), ("First", .reference(count.first)),
                                                      ("Last", .reference(count.last)), ("Count", .integer(count.total))])))
            objects += items
            catalog = catalog.setting("Outlines", to: .reference(outlineRoot)).setting("PageMode", to: .name("UseOutlines"))
        }
        catalog = catalog.setting("Lang", to: .string(Array(metadata.language.utf8)))
        objects.append((rootReference, catalog))

        // The update itself.
        if bytes.last != 0x0A { bytes.append(0x0A) }
        var positions: [(Int, Int, Int)] = []  // number, generation, offset
        for (reference, value) in objects {
            positions.append((reference.number, reference.generation, bytes.count))
            bytes += Array("\(reference.number) \(reference.generation) obj\n".utf8)
            bytes += value.serialized
            bytes += Array("\nendobj\n".utf8)
        }
        let crossReference = bytes.count
        bytes += Array("xref\n".utf8)
        positions.sort { $0.0 < $1.0 }
        var index = 0
        while index < positions.count {
            var end = index + 1
            while end < positions.count, positions[end].0 == positions[end - 1].0 + 1 { end += 1 }
            bytes += Array("\(positions[index].0) \(end - index)\n".utf8)
            for (_, generation, offset) in positions[index..<end] {
                bytes += Array((padded(offset, width: 10) + " " + padded(generation, width: 5) + " n\r\n").utf8)
            }
            index = end
        }
        var trailer: [(key: String, value: PDFValue)] = [("Size", .integer(next)), ("Root", .reference(rootReference)),
                                                          ("Info", .reference(infoReference)), ("Prev", .integer(file.crossReferenceOffset))]
        if let identifier = file.trailer["ID"] { trailer.append(("ID", identifier)) }
        bytes += Array("trailer\n".utf8) + PDFValue.dictionary(trailer).serialized
        bytes += Array("\nstartxref\n\(crossReference)\n%%EOF\n".utf8)
        return bytes
    }

    /// Writes the outline items of `entries` (§12.3.3), returning the first, the last and how
    /// many items are open below the parent (all are).
    private static func addItems(_ entries: [PDFOutlineEntry], parent: PDFReference, next: inout Int,
                                 into items: inout [(PDFReference, PDFValue)], destinations: [String: Int])
        -> (first: PDFReference, last: PDFReference, total: Int) {
        let references = entries.map { _ in
            defer { next += 1 }
            return PDFReference(next)
        }
        var total = entries.count
        for (index, entry) in entries.enumerated() {
            var item: [(key: String, value: PDFValue)] = [("Title", .text(entry.title)), ("Parent", .reference(parent))]
            if index > 0 { item.append(("Prev", .reference(references[index - 1]))) }
            if index + 1 < entries.count { item.append(("Next", .reference(references[index + 1]))) }
            if !entry.children.isEmpty {
                let children = addItems(entry.children, parent: references[index], next: &next, into: &items, destinations: destinations)
                item += [("First", .reference(children.first)), ("Last", .reference(children.last)), ("Count", .integer(children.total))]
                total += children.total
            }
            // The first child's page when the entry itself is no destination (a part without an anchor of its own).
            let anchor = destinations[entry.anchor] != nil ? entry.anchor : entry.children.first?.anchor ?? entry.anchor
            item.append(("Dest", .name(anchor)))
            items.append((references[index], .dictionary(item)))
        }
        return (references[0], references[references.count - 1], total)
    }

    /// Overwrites, digit for digit, the dates `(D:…` of the engine's Info object with `date`.
    private static func settleDates(in bytes: inout [UInt8], file: PDFFile, info: PDFReference, date: String) {
        guard let range = file.objectRange(info) else { return }
        let marker = Array("(D:".utf8)
        let replacement = Array(date.utf8.dropFirst(2).prefix(14))
        var index = range.lowerBound
        while index + marker.count + replacement.count <= range.upperBound {
            if bytes[index..<(index + marker.count)].elementsEqual(marker) {
                let start = index + marker.count
                let digits = bytes[start..<(start + replacement.count)]
                if digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                    bytes.replaceSubrange(start..<(start + replacement.count), with: replacement)
                }
                index = start
            } else {
                index += 1
            }
        }
    }
}

extension PDFFile {
    /// Where object `reference` is written: from its offset to its `endobj` (at most 64 KiB).
    func objectRange(_ reference: PDFReference) -> Range<Int>? {
        guard let offset = offset(of: reference.number) else { return nil }
        let end = Array("endobj".utf8)
        var index = offset
        let limit = min(bytes.count - end.count, offset + 65_536)
        while index <= limit {
            if bytes[index..<(index + end.count)].elementsEqual(end) { return offset..<index }
            index += 1
        }
        return nil
    }
}

/// `value` in decimal with leading zeros up to `width` digits (xref offsets, dates).
func padded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
