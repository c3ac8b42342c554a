import Foundation

/// The program that turns the HTML document into a PDF. ropa has no layout engine of its own:
/// it drives one found on the machine (docs/rendering.md says why these two).
public struct PDFEngine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// WeasyPrint: CSS Paged Media, so the contents' page numbers (`target-counter`),
        /// bookmarks and metadata come from the HTML and CSS in one pass.
        case weasyprint
        /// Chrome, Chromium or Edge in headless mode: ropa computes the contents' page numbers
        /// (two passes) and adds the bookmarks and metadata itself (`PDFUpdate`).
        case chromium
    }

    public var kind: Kind
    public var path: String

    public init(kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    /// Looked for on PATH, in this order: WeasyPrint first (it prints CSS Paged Media), then the
    /// browsers most machines already have.
    public static let searchedNames = ["weasyprint", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
                                       "microsoft-edge", "microsoft-edge-stable", "msedge"]
    /// Where macOS keeps the browsers, which are not on PATH there.
    public static let applicationPaths = ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                                          "/Applications/Chromium.app/Contents/MacOS/Chromium",
                                          "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"]

    /// The engine `explicit` names (`--pdf-engine PATH`, or a name looked up on PATH), else the
    /// first one found. A name containing "weasyprint" is WeasyPrint; anything else is driven as
    /// a Chromium-family browser.
    public static func find(_ explicit: String? = nil, environment: [String: String]) -> Result<PDFEngine, PDFFailure> {
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        func executable(_ path: String) -> Bool {
            var info = stat()
            return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
        }
        func onPath(_ name: String) -> String? {
            directories.lazy.map { "\($0)/\(name)" }.first(where: executable)
        }
        func engine(_ path: String) -> PDFEngine {
            let name = path.split(separator: "/").last.map(String.init)?.lowercased() ?? path
            return PDFEngine(kind: name.contains("weasyprint") ? .weasyprint : .chromium, path: path)
        }
        if let explicit {
            if explicit.contains("/") {
                return executable(explicit) ? .success(engine(explicit)) : .failure(.engineMissing(explicit))
            }
            return onPath(explicit).map { .success(engine($0)) } ?? .failure(.engineMissing(explicit))
        }
        if let found = searchedNames.lazy.compactMap(onPath).first ?? applicationPaths.first(where: executable) {
            return .success(engine(found))
        }
        return .failure(.noEngine)
    }
}

/// Why no PDF was made; nothing is written in any of these cases.
public enum PDFFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// No engine on the machine.
    case noEngine
    /// `--pdf-engine` names no executable.
    case engineMissing(String)
    /// The engine ended with a failure status; `detail` is the last line it wrote on its error output.
    case engineFailed(engine: String, status: Int32, detail: String)
    /// The engine ran longer than allowed and was stopped.
    case timedOut(engine: String, seconds: Int)
    /// The engine ended well but wrote no PDF.
    case noOutput(engine: String)
    /// The temporary directory for the engine could not be made or written.
    case temporary(String)

    /// How to get an engine, on each system ropa runs on.
    public static let installHelp = """
        install one, then run the command again:
          Debian, Ubuntu:  apt-get install chromium   (or: apt-get install weasyprint)
          macOS:           brew install --cask chromium   (or: brew install weasyprint)
          Windows:         Microsoft Edge is already there (pass --pdf-engine with its path), or: winget install Chromium.Chromium
        or name one with --pdf-engine PATH
        """

    public var description: String {
        switch self {
        case .noEngine:
            "no program to print the PDF was found (looked for \(PDFEngine.searchedNames.joined(separator: ", ")) on PATH); \(Self.installHelp)"
        case .engineMissing(let path):
            "the PDF engine '\(path)' was not found or cannot be run; \(Self.installHelp)"
        case .engineFailed(let engine, let status, let detail):
            "the PDF engine '\(engine)' failed (exit status \(status))" + (detail.isEmpty ? "" : ": \(detail)") + "; no PDF was written"
        case .timedOut(let engine, let seconds):
            "the PDF engine '\(engine)' did not finish within \(seconds) seconds and was stopped; no PDF was written (--pdf-timeout allows longer)"
        case .noOutput(let engine):
            "the PDF engine '\(engine)' ended without writing a PDF; no PDF was written"
        case .temporary(let reason):
            "cannot prepare the PDF: \(reason); no PDF was written"
        }
    }
}

/// A printed PDF and what went less well than hoped (said on standard error, not fatal).
public struct PrintedPDF: Sendable {
    public var bytes: [UInt8]
    public var warnings: [String]
}

/// Prints an HTML document to PDF with an engine, in a private temporary directory that is
/// removed afterwards, whatever happens. The engine never runs longer than `timeout` seconds.
///
/// With Chromium, the document is printed twice when it has a contents with page numbers: the
/// first print says on which page each anchor (`#fiche-…`) lands — read from the PDF's named
/// destinations, which Chromium writes for every internal link — and the second prints those
/// numbers in the places reserved for them (`<a class="toc-page">`, of fixed width, so the
/// second print lays out exactly as the first). Then `PDFUpdate` adds the bookmarks and the
/// metadata. If the PDF cannot be read for the numbers, the contents print without them and a
/// warning says so.
public struct PDFPrinter: Sendable {
    public var engine: PDFEngine
    /// Seconds allowed to each run of the engine.
    public var timeout: Int
    public var environment: [String: String]

    public static let defaultTimeout = 300

    public init(engine: PDFEngine, timeout: Int = defaultTimeout, environment: [String: String]) {
        self.engine = engine
        self.timeout = timeout
        self.environment = environment
    }

    /// Prints the HTML document to PDF with the engine, then adds the bookmarks and metadata.
    ///
    /// - Parameters:
    ///   - html: the document, as `ropa render --format html` writes it.
    ///   - outline: the bookmarks, also the contents entries whose page numbers are filled in.
    ///   - metadata: the title, author, language and dates ropa writes into the PDF.
    public func print(html: String, outline: [PDFOutlineEntry], metadata: PDFMetadata) -> Result<PrintedPDF, PDFFailure> {
        let directory: TemporaryDirectory
        switch TemporaryDirectory.make(environment: environment) {
        case .success(let made): directory = made
        case .failure(let failure): return .failure(failure)
        }
        defer { directory.remove() }
        return directory.whileRemovable {
            switch engine.kind {
            case .weasyprint: printWithWeasyPrint(html, in: directory, metadata: metadata)
            case .chromium: printWithChromium(html, in: directory, outline: outline, metadata: metadata)
            }
        }
    }

    private func printWithWeasyPrint(_ html: String, in directory: TemporaryDirectory, metadata: PDFMetadata) -> Result<PrintedPDF, PDFFailure> {
        // Page numbers (target-counter), bookmarks (bookmark-level) and metadata (<title>,
        // <meta name="author">, dcterms.created, lang) come from the document itself. No option:
        // any version works, Debian 12's 57.2 included (--pdf-tags and --quiet came later).
        run([directory.htmlPath, directory.pdfPath], html: html, in: directory, metadata: metadata)
            .map { PrintedPDF(bytes: $0, warnings: []) }
    }

    private func printWithChromium(_ html: String, in directory: TemporaryDirectory, outline: [PDFOutlineEntry],
                                   metadata: PDFMetadata) -> Result<PrintedPDF, PDFFailure> {
        var arguments = ["--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                         "--disable-background-networking", "--disable-sync", "--disable-component-update",
                         "--user-data-dir=\(directory.path)/profile",
                         "--no-pdf-header-footer", "--print-to-pdf=\(directory.pdfPath)"]
        // Chromium refuses to start as root with its sandbox (containers, CI); elsewhere it keeps it.
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        // Without ropa's own bookmarks (the notice), the headings make them.
        if outline.isEmpty { arguments.append("--generate-pdf-document-outline") }
        arguments.append(URL(fileURLWithPath: directory.htmlPath).absoluteString)

        var warnings: [String] = []
        let anchors = Self.anchors(of: outline)
        var printed: [UInt8]
        switch run(arguments, html: html, in: directory, metadata: metadata) {
        case .success(let bytes): printed = bytes
        case .failure(let failure): return .failure(failure)
        }
        if !anchors.isEmpty, html.contains(Self.pageSlot(anchors[0])) {
            if let pages = PDFFile(bytes: printed)?.destinationPages(), anchors.allSatisfy({ pages[$0] != nil }) {
                let numbered = Self.fillPageNumbers(html, pages: pages, anchors: anchors)
                switch run(arguments, html: numbered, in: directory, metadata: metadata) {
                case .success(let bytes): printed = bytes
                case .failure(let failure): return .failure(failure)
                }
                let again = PDFFile(bytes: printed)?.destinationPages() ?? [:]
                if anchors.contains(where: { again[$0] != pages[$0] }) {
                    warnings.append("the page numbers of the contents may be off: the document laid out differently on the second print")
                }
            } else {
                warnings.append("the contents have no page numbers: the PDF that '\(engine.path)' wrote could not be read for them")
            }
        }
        guard let file = PDFFile(bytes: printed), let updated = PDFUpdate.apply(to: file, metadata: metadata, outline: outline) else {
            warnings.append("the PDF has the engine's own bookmarks and metadata: the PDF that '\(engine.path)' wrote could not be read to add ropa's")
            return .success(PrintedPDF(bytes: printed, warnings: warnings))
        }
        return .success(PrintedPDF(bytes: updated, warnings: warnings))
    }

    /// Every anchor of the outline, depth first.
    static func anchors(of outline: [PDFOutlineEntry]) -> [String] {
        outline.flatMap { [$0.anchor] + anchors(of: $0.children) }
    }

    /// The empty place the template reserves for an anchor's page number.
    static func pageSlot(_ anchor: String) -> String {
        var escaped: [UInt8] = []
        HTMLText.append(anchor, to: &escaped)
        return "<a class=\"toc-page\" href=\"#\(String(decoding: escaped, as: UTF8.self))\"></a>"
    }

    /// The document with each reserved place holding its anchor's page number.
    static func fillPageNumbers(_ html: String, pages: [String: Int], anchors: [String]) -> String {
        var filled = html
        for anchor in anchors {
            guard let page = pages[anchor] else { continue }
            let slot = pageSlot(anchor)
            filled = filled.replacingOccurrences(of: slot, with: slot.replacingOccurrences(of: "></a>", with: ">\(page)</a>"))
        }
        return filled
    }

    /// Writes `html`, runs the engine with `arguments`, and returns the PDF it wrote.
    private func run(_ arguments: [String], html: String, in directory: TemporaryDirectory, metadata: PDFMetadata) -> Result<[UInt8], PDFFailure> {
        unlink(directory.pdfPath)
        guard FileManager.default.createFile(atPath: directory.htmlPath, contents: Data(html.utf8)) else {
            return .failure(.temporary("cannot write in '\(directory.path)'"))
        }
        var environment = environment
        // Engines that honour it (WeasyPrint) date the PDF from the edition, not the clock.
        environment["SOURCE_DATE_EPOCH"] = String(metadata.date.daysSinceEpoch * 86_400)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: engine.path)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard FileManager.default.createFile(atPath: directory.errorsPath, contents: nil),
              let errors = FileHandle(forWritingAtPath: directory.errorsPath) else {
            return .failure(.temporary("cannot write in '\(directory.path)'"))
        }
        defer { try? errors.close() }
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failure(.engineFailed(engine: engine.path, status: 127, detail: "it could not be started"))
        }
        let deadline = Date().addingTimeInterval(TimeInterval(timeout))
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            let grace = Date().addingTimeInterval(3)
            while process.isRunning, Date() < grace { usleep(50_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            return .failure(.timedOut(engine: engine.path, seconds: timeout))
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            return .failure(.engineFailed(engine: engine.path, status: process.terminationStatus, detail: lastErrorLine(directory)))
        }
        guard let data = FileManager.default.contents(atPath: directory.pdfPath), data.starts(with: Array("%PDF-".utf8)) else {
            return .failure(.noOutput(engine: engine.path))
        }
        return .success([UInt8](data))
    }

    /// The engine's last meaningful line on its error output (Chromium logs D-Bus noise there).
    private func lastErrorLine(_ directory: TemporaryDirectory) -> String {
        guard let data = FileManager.default.contents(atPath: directory.errorsPath) else { return "" }
        let lines = String(decoding: data.suffix(16_384), as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.contains("dbus") && !$0.contains("DBus") }
        return String(lines.last?.prefix(300) ?? "")
    }
}

/// A private directory for the engine's input, output and profile, removed with all it holds.
struct TemporaryDirectory: Sendable {
    let path: String
    var htmlPath: String { path + "/document.html" }
    var pdfPath: String { path + "/document.pdf" }
    var errorsPath: String { path + "/engine-errors.txt" }

    static func make(environment: [String: String]) -> Result<TemporaryDirectory, PDFFailure> {
        var base = environment["TMPDIR"] ?? "/tmp"
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        var template = Array("\(base)/ropa-pdf-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkdtemp($0) } ?? nil }
        guard made != nil else {
            return .failure(.temporary("cannot create a temporary directory in '\(base)' (\(String(cString: strerror(errno))))"))
        }
        return .success(TemporaryDirectory(path: String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)))
    }

    /// Runs `body` with the document and the PDF registered for removal on SIGINT, SIGTERM or
    /// SIGHUP (the engine's profile, a directory, may stay in the temporary directory then).
    func whileRemovable<T>(_ body: () -> T) -> T {
        SystemFile.removedOnSignal(htmlPath) {
            SystemFile.removedOnSignal(pdfPath) { body() }
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
