import Foundation
import ZIPFoundation

/// The ZIP container of a workbook, read entirely in memory: parts are decompressed into
/// `Data`, never written to disk, so a hostile entry name (`../../x`) has nowhere to go.
///
/// Every part read is bounded three ways: the size its header declares, the bytes actually
/// produced (headers can lie), and the ratio of bytes out to bytes in.
struct WorkbookArchive {
    private let archive: Archive
    private let bytes: Data
    private let file: String
    private let limits: SpreadsheetLimits
    /// Entries by lower-cased path: part names are case-insensitive in OOXML packages.
    private let entries: [String: Entry]
    private var totalRead = 0

    init(bytes: Data, file: String, limits: SpreadsheetLimits) throws(SpreadsheetFailure) {
        self.bytes = bytes
        self.file = file
        self.limits = limits
        do {
            archive = try Archive(data: bytes, accessMode: .read)
        } catch {
            throw .damaged(file, "it is not a complete ZIP archive")
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            guard entries.count < limits.maxEntries else {
                throw .tooLarge(file, "it holds more than \(limits.maxEntries) files", option: "the entry limit (maxEntries)")
            }
            let path = entry.path
            if path.hasPrefix("/") || path.hasPrefix("\\") || path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") {
                throw .unsafe(file, part: path, "an entry named '\(path)' points outside the archive")
            }
            guard entries.updateValue(entry, forKey: path.lowercased()) == nil else {
                throw .damaged(file, part: path, "two entries are named '\(path)'")
            }
        }
        self.entries = entries
    }

    func contains(_ path: String) -> Bool { entries[path.lowercased()] != nil }

    /// The decompressed bytes of one part; nil when the archive has no such entry.
    mutating func read(_ path: String) throws(SpreadsheetFailure) -> Data? {
        guard let entry = entries[path.lowercased()] else { return nil }
        guard entry.type == .file else { throw .damaged(file, part: path, "'\(path)' is not a file") }
        let location = try EntryLocation(of: entry, in: bytes.count, file: file, part: path)
        if location.isEncrypted { throw .passwordProtected(file) }

        // Refuse on the declared sizes before decompressing anything.
        let declared = location.uncompressedSize
        let partLimit = min(limits.maxPartBytes, limits.maxTotalBytes - totalRead)
        guard declared <= partLimit else { throw tooLarge(path, declared) }
        let ratioAllowance = max(SpreadsheetLimits.ratioGraceBytes, limits.maxCompressionRatio * max(location.compressedSize, 1))
        guard declared <= ratioAllowance else { throw bomb(path) }

        var output = Data()
        output.reserveCapacity(declared)
        let produced: Int
        do {
            produced = try Self.decompress(location, from: bytes) { chunk throws(SpreadsheetFailure) in
                // Headers can lie: the bytes are counted as they come out.
                guard output.count + chunk.count <= declared else {
                    throw .unsafe(file, part: path, "its part '\(path)' decompresses to more than the \(declared) bytes its header declares")
                }
                output.append(chunk)
            }
        } catch let failure as SpreadsheetFailure {
            throw failure
        } catch {
            throw .damaged(file, part: path, "'\(path)' cannot be decompressed")
        }
        guard produced == declared, output.crc32(checksum: 0) == location.crc32 else {
            throw .damaged(file, part: path, "'\(path)' does not match its checksum or size")
        }
        totalRead += produced
        return output
    }

    private func tooLarge(_ path: String, _ size: Int) -> SpreadsheetFailure {
        let limit = min(limits.maxPartBytes, limits.maxTotalBytes)
        return .tooLarge(file, part: path, "its part '\(path)' decompresses to more than \(limit) bytes (\(size) or more)",
                         option: "the decompressed-size limits (maxPartBytes, maxTotalBytes)")
    }

    private func bomb(_ path: String) -> SpreadsheetFailure {
        .tooLarge(file, part: path, "its part '\(path)' decompresses to more than \(limits.maxCompressionRatio) times its "
                  + "compressed size, as a ZIP bomb does", option: "the compression-ratio limit (maxCompressionRatio)")
    }

    /// Inflates the entry's bytes, and only those: the provider throws once they are used up.
    ///
    /// ZIPFoundation 0.9.20's own `extract` on Linux keeps asking for input past the entry's end
    /// and spins forever at the end of the file when a deflate stream never ends (its open pull
    /// request #389). A truncated or crafted workbook must fail, not hang. Past the entry's
    /// bytes, zeros: a stream that reads on meets an invalid block, or the next request throws.
    private static func decompress(_ location: EntryLocation, from bytes: Data,
                                   consumer: (Data) throws(SpreadsheetFailure) -> Void) throws -> Int {
        let start = bytes.startIndex + location.dataOffset
        let end = start + location.compressedSize
        var produced = 0
        guard location.isDeflated else {
            var offset = start
            while offset < end {
                let chunk = bytes.subdata(in: offset..<min(offset + (1 << 16), end))
                try consumer(chunk)
                produced += chunk.count
                offset += chunk.count
            }
            return produced
        }
        _ = try Data.decompress(size: Int64(location.compressedSize), bufferSize: 1 << 16, skipCRC32: true,
                                provider: { position, size in
                                    let from = start + Int(position)
                                    guard from < end else { throw TruncatedStream() }
                                    var chunk = bytes.subdata(in: from..<min(from + size, end))
                                    // Its Linux inflate also tells zlib every chunk is `size` bytes long:
                                    // a shorter last chunk would let a crafted stream read past it.
                                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                                    return chunk
                                }, consumer: { chunk in
                                    try consumer(chunk)
                                    produced += chunk.count
                                })
        return produced
    }

    /// The deflate stream needs more bytes than the entry has.
    private struct TruncatedStream: Error {}
}

/// Where an entry's compressed bytes lie in the archive, and what they must decompress to, as
/// the central directory says (a local header or data descriptor may disagree with it).
///
/// ZIPFoundation parses the headers but keeps these fields internal; they are read with
/// `Mirror` from its `Entry` (the version is pinned exactly in Package.swift, and the tests read
/// every part of real workbooks through this path, so a change of layout fails loudly).
private struct EntryLocation {
    var dataOffset: Int
    var compressedSize: Int
    var uncompressedSize: Int
    var crc32: UInt32
    var isDeflated: Bool
    var isEncrypted: Bool

    init(of entry: Entry, in archiveSize: Int, file: String, part: String) throws(SpreadsheetFailure) {
        func field<T>(_ header: String, _ label: String) -> T? {
            let header = Mirror(reflecting: entry).children.first { $0.label == header }?.value
            return header.flatMap { Mirror(reflecting: $0).children.first { $0.label == label }?.value as? T }
        }
        guard let offset: UInt32 = field("centralDirectoryStructure", "relativeOffsetOfLocalHeader"),
              let compressed: UInt32 = field("centralDirectoryStructure", "compressedSize"),
              let uncompressed: UInt32 = field("centralDirectoryStructure", "uncompressedSize"),
              let crc32: UInt32 = field("centralDirectoryStructure", "crc32"),
              let flags: UInt16 = field("centralDirectoryStructure", "generalPurposeBitFlag"),
              let method: UInt16 = field("localFileHeader", "compressionMethod"),
              let nameLength: UInt16 = field("localFileHeader", "fileNameLength"),
              let extraLength: UInt16 = field("localFileHeader", "extraFieldLength") else {
            throw .damaged(file, part: part, "the archive's directory cannot be read")
        }
        // 0xFFFFFFFF means the real value is in a ZIP64 field: only archives over 4 GiB need one.
        guard ![offset, compressed, uncompressed].contains(UInt32.max), method == 0 || method == 8 else {
            throw .damaged(file, part: part, "'\(part)' is stored in a way spreadsheet programs do not use")
        }
        dataOffset = Int(offset) + 30 + Int(nameLength) + Int(extraLength)
        compressedSize = Int(compressed)
        uncompressedSize = Int(uncompressed)
        self.crc32 = crc32
        isDeflated = method == 8
        isEncrypted = flags & 1 != 0
        guard dataOffset <= archiveSize, compressedSize <= archiveSize - dataOffset else {
            throw .damaged(file, part: part, "'\(part)' extends past the end of the file")
        }
    }
}
