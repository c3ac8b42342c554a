/// Bounds that keep reading a hostile workbook within bounded time and memory.
///
/// A workbook is a ZIP archive of XML parts: a few kilobytes can claim gigabytes once
/// decompressed, and one XML element can declare a million rows. The defaults are far beyond
/// any real register: the CNIL model is 60 kB, 0.5 MB of XML and about 650 cells; a copy with
/// 1,000 fiches is 4.9 MB, 60 MB of XML and 173,000 cells and merged ranges (docs/import.md).
public struct SpreadsheetLimits: Sendable, Hashable {
    /// The largest workbook file read (64 MiB).
    public var maxFileBytes: Int
    /// The most bytes one part (one XML file inside the archive) may decompress to (256 MiB).
    public var maxPartBytes: Int
    /// The most bytes all parts read may decompress to together (512 MiB).
    public var maxTotalBytes: Int
    /// The most bytes out per compressed byte in, checked once a part has produced 1 MiB.
    /// Real parts compress 5 to 25 times; deflate cannot exceed about 1,030.
    public var maxCompressionRatio: Int
    /// The most entries (files and folders) in the archive.
    public var maxEntries: Int
    /// The most sheets.
    public var maxSheets: Int
    /// The most non-empty cells and merged ranges stored, all sheets together.
    public var maxCells: Int

    public init(maxFileBytes: Int = 64 << 20, maxPartBytes: Int = 256 << 20, maxTotalBytes: Int = 512 << 20,
                maxCompressionRatio: Int = 500, maxEntries: Int = 20_000, maxSheets: Int = 10_000,
                maxCells: Int = 500_000) {
        self.maxFileBytes = maxFileBytes
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.maxEntries = maxEntries
        self.maxSheets = maxSheets
        self.maxCells = maxCells
    }

    public static let `default` = SpreadsheetLimits()

    /// Output below which the compression ratio is not judged: small parts (a `mimetype`, an
    /// empty sheet) legitimately compress far better than large ones.
    static let ratioGraceBytes = 1 << 20
}
