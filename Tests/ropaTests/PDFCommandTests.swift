import Foundation
import RopaKit
import Testing

/// `ropa render --format pdf` and `ropa notice --format pdf` end to end, with headless Chromium
/// (named with --pdf-engine, so that a WeasyPrint on the machine does not change what is tested)
/// and poppler's pdftotext and pdfinfo to read the result. The example register is printed once
/// and every assertion shares that print (Chromium takes seconds per pass). Like BrowserTests:
/// skipped without chromium and poppler-utils, required in CI (`CI=true`).
@Suite(.serialized) struct PDFCommandTests {
    static let pdfinfo = Tools.find(["pdfinfo"])
    static let available = BrowserTests.available && pdfinfo != nil
    static let register = PackagePaths.example

    /// The example register's PDF, its pages' text and what the JSON export says it holds.
    struct Printed: Sendable {
        var bytes: [UInt8]
        var pages: [String]
        var layoutPages: [String]
        var fiches: [Fiche]
        var stderr: String
        /// What pdfinfo says of the file.
        var info: String
    }

    struct Fiche: Sendable {
        var kicker: String
        var title: String
    }

    /// Printed once for the whole suite.
    static let printed: Result<Printed, PrintProblem> = Result {
        try printExample(engine: try #require(BrowserTests.chromium, "chromium is not installed (apt-get install -y chromium)"))
    }.mapError { PrintProblem(description: "\($0)") }

    /// WeasyPrint, when installed (not in CI): `pip install weasyprint`, or `apt-get install weasyprint`.
    static let weasyprint = Tools.find(["weasyprint"])

    struct PrintProblem: Error, CustomStringConvertible { var description: String }

    static func printExample(engine: String) throws -> Printed {
        let pdftotext = try #require(BrowserTests.pdftotext, "pdftotext is not installed (apt-get install -y poppler-utils)")
        let scratch = try ScratchRegister()
        let pdf = scratch.path + "/registre.pdf"
        let result = try runRopa(["render", register, "--date", "2026-12-01", "--format", "pdf", "--pdf-engine", engine, "-o", pdf],
                                 timeout: 600)
        guard result.status == 0 else { throw PrintProblem(description: "ropa render --format pdf failed: \(result)") }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: pdf)))
        func pages(_ options: [String]) throws -> [String] {
            let text = scratch.path + "/text.txt"
            guard try Tools.run(pdftotext, options + ["-enc", "UTF-8", pdf, text], timeout: 60) == 0 else {
                throw PrintProblem(description: "pdftotext failed")
            }
            var pages = try String(contentsOfFile: text, encoding: .utf8).components(separatedBy: "\u{0C}")
            if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
            return pages
        }
        let json = try runRopa(["render", register, "--date", "2026-12-01", "--format", "json"], timeout: 60)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let treatments = try #require(document["treatments"] as? [[String: Any]])
        let ordered = treatments.filter { $0["role"] as? String != "processor" } + treatments.filter { $0["role"] as? String == "processor" }
        let fiches = ordered.map { treatment in
            Fiche(kicker: treatment["role"] as? String == "processor" ? "Fiche de registre du sous-traitant" : "Fiche de registre",
                  title: "\(treatment["reference"] as? String ?? "") \(treatment["name"] as? String ?? "")")
        }
        let pdfinfo = try #require(Self.pdfinfo, "pdfinfo is not installed (apt-get install -y poppler-utils)")
        return Printed(bytes: bytes, pages: try pages([]), layoutPages: try pages(["-layout"]), fiches: fiches,
                       stderr: result.stderr, info: try output(of: pdfinfo, [pdf]))
    }

    static let header = Tools.normalize("Registre des activités de traitement — Julien — 1er décembre 2026")

    /// A page's text without spaces, the running header, the working version's marks and the page number.
    static func body(_ page: String) -> String {
        var text = Tools.normalize(page).replacingOccurrences(of: header, with: "")
            .replacingOccurrences(of: Tools.normalize("Document incomplet — version de travail"), with: "")
        if let range = text.range(of: "page\\d+/\\d+$", options: .regularExpression) { text.removeSubrange(range) }
        return text
    }

    /// The contents entry of `title` and the page number printed on its line.
    static func contentsPage(of title: String, in printed: Printed) -> Int? {
        guard let contents = printed.layoutPages.first(where: { $0.contains("Sommaire") }) else { return nil }
        let key = String(title.prefix(30))
        guard let line = contents.split(separator: "\n").first(where: { $0.contains(key) }),
              let number = line.split(separator: " ").last.flatMap({ Int($0) }) else { return nil }
        return number
    }

    @Test(.enabled(if: available || BrowserTests.isCI, "chromium and poppler-utils are not installed: apt-get install -y chromium poppler-utils"))
    func theContentsGiveThePageWhereEachFicheAndAnnexStarts() throws {
        let printed = try Self.printed.get()
        #expect(!printed.stderr.split(separator: "\n").contains { $0.hasPrefix("warning:") }, "\(printed.stderr)")
        try Self.checkContents(printed)
    }

    /// WeasyPrint computes the same numbers itself (target-counter) and sets the metadata from the document.
    @Test(.enabled(if: weasyprint != nil && available, "WeasyPrint is not installed"))
    func weasyPrintNumbersTheContentsAndSetsTheMetadata() throws {
        let printed = try Self.printExample(engine: try #require(Self.weasyprint))
        try Self.checkContents(printed)
        #expect(printed.info.contains("Title:           Registre des activités de traitement — Julien"), "\(printed.info)")
        #expect(printed.info.contains("Author:          Julien"), "\(printed.info)")
        #expect(printed.info.contains("CreationDate:    Tue Dec  1 00:00:00 2026 UTC"), "\(printed.info)")
    }

    /// Each fiche and annex is on the page the contents give.
    static func checkContents(_ printed: Printed) throws {
        #expect(printed.fiches.count == 12)
        for fiche in printed.fiches {
            let page = try #require(Self.contentsPage(of: fiche.title, in: printed), "no page number for '\(fiche.title)' in the contents")
            try #require(page >= 1 && page <= printed.pages.count)
            #expect(Self.body(printed.pages[page - 1]).contains(Tools.normalize(fiche.kicker) + Tools.normalize(fiche.title)),
                    "the contents send '\(fiche.title)' to page \(page), which does not open with it")
            #expect(!Self.body(printed.pages[page - 2]).contains(Tools.normalize(fiche.title)))
        }
        for annex in ["Annexe 1 — Calendrier de conservation", "Annexe 2 — Sous-traitants", "Annexe 3 — Transferts hors de l’EEE"] {
            let page = try #require(Self.contentsPage(of: annex, in: printed), "no page number for '\(annex)' in the contents")
            try #require(page >= 2 && page <= printed.pages.count)
            #expect(Self.body(printed.pages[page - 1]).contains(Tools.normalize(annex)), "'\(annex)' is not on page \(page)")
            #expect(!Self.body(printed.pages[page - 2]).contains(Tools.normalize(annex)), "'\(annex)' is already on page \(page - 1)")
        }
    }

    @Test(.enabled(if: available || BrowserTests.isCI, "chromium and poppler-utils are not installed: apt-get install -y chromium poppler-utils"))
    func oneBookmarkPerFicheAndAnnexAndTheMetadataOfTheRegister() throws {
        let printed = try Self.printed.get()
        let file = try #require(PDFFile(bytes: printed.bytes))
        let outline = file.outline()
        #expect(outline.filter { $0.level == 0 }.map(\.title) == ["Liste des traitements", "Fiches de registre", "Annexes"])
        let leaves = outline.filter { $0.level == 1 }.map(\.title)
        #expect(leaves.count == printed.fiches.count + 4, "one per fiche, and the four annexes")
        #expect(Array(leaves.suffix(4)) == ["Annexe 1 — Calendrier de conservation", "Annexe 2 — Sous-traitants",
                                            "Annexe 3 — Transferts hors de l’EEE", "Annexe 4 — Services internes"])
        #expect(Array(leaves.prefix(printed.fiches.count)) == printed.fiches.map(\.title))

        let info = printed.info
        #expect(info.contains("Title:           Registre des activités de traitement — Julien"), "\(info)")
        #expect(info.contains("Author:          Julien"), "\(info)")
        #expect(info.contains("Creator:         ropa"), "\(info)")
        #expect(info.contains("CreationDate:    Tue Dec  1 00:00:00 2026 UTC"), "\(info)")
        #expect(file.catalog?["Lang"]?.text == "fr")
    }

    /// Every page has at least 40 words, except where a fiche ends (the next one starts a new
    /// page by design, and CSS cannot pull a fiche's last section back) and the last page.
    @Test(.enabled(if: available || BrowserTests.isCI, "chromium and poppler-utils are not installed: apt-get install -y chromium poppler-utils"))
    func noNearlyEmptyPageInsideAPart() throws {
        let printed = try Self.printed.get()
        let openings = [Tools.normalize("Fiche de registre"), Tools.normalize("Annexes")]
        var fichesEnds: [Int] = []
        for (index, page) in printed.pages.enumerated().dropLast() {
            let words = page.split(whereSeparator: \.isWhitespace).count
            guard words < 40 else { continue }
            let next = Self.body(printed.pages[index + 1])
            #expect(openings.contains { next.hasPrefix($0) }, "page \(index + 1) has \(words) words and is not the end of a fiche")
            fichesEnds.append(index + 1)
        }
        // Measured on the example register: 1 such page in 64 (a fiche's last section, alone).
        #expect(fichesEnds.count <= 2, "nearly empty pages at the end of fiches: \(fichesEnds)")
        // The title page holds on one page: the contents open the second.
        #expect(Tools.normalize(printed.pages[1]).contains(Tools.normalize("Sommaire")))
    }

    @Test(.enabled(if: available || BrowserTests.isCI, "chromium and poppler-utils are not installed: apt-get install -y chromium poppler-utils"))
    func theNoticePrintsWithItsTitleAndBookmarksFromItsHeadings() throws {
        let chromium = try #require(BrowserTests.chromium)
        let pdfinfo = try #require(Self.pdfinfo)
        let scratch = try ScratchRegister()
        let pdf = scratch.path + "/notice.pdf"
        let result = try runRopa(["notice", Self.register, "--date", "2026-12-01", "--draft", "--format", "pdf", "--pdf-engine", chromium, "-o", pdf],
                                 timeout: 300)
        try #require(result.status == 0, "\(result)")
        let info = try Self.output(of: pdfinfo, [pdf])
        #expect(info.contains("Author:          Julien"), "\(info)")
        #expect(info.contains("Title:           Information sur le traitement"), "\(info)")
        let file = try #require(PDFFile(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: pdf)))))
        #expect(!file.outline().isEmpty)
    }

    @Test func withoutAnEngineNothingIsWrittenAndTheInstallLinesAreGiven() throws {
        let scratch = try ScratchRegister()
        let pdf = scratch.path + "/registre.pdf"
        for (options, env) in [(["--pdf-engine", "/nonexistent/chromium"], [String: String]()), ([], ["PATH": scratch.path])] {
            let result = try runRopa(["render", Self.register, "--date", "2026-12-01", "--format", "pdf", "-o", pdf] + options, env: env)
            #expect(result.status == 2, "\(result)")
            for line in ["apt-get install chromium", "brew install --cask chromium", "brew install weasyprint", "winget install"] {
                #expect(result.stderr.contains(line), "\(result)")
            }
            #expect(!FileManager.default.fileExists(atPath: pdf))
        }
        let failing = try runRopa(["notice", Self.register, "--draft", "--format", "pdf", "--pdf-engine", "/bin/false", "-o", pdf])
        #expect(failing.status == 2, "\(failing)")
        #expect(failing.stderr.contains("the PDF engine '/bin/false' failed (exit status 1); no PDF was written"), "\(failing)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test(.enabled(if: terminalRunner != nil, "needs util-linux script for a pseudo-terminal"))
    func aPDFIsNotWrittenToATerminal() throws {
        let result = try runRopaOnTerminal(["render", Self.register, "--format", "pdf", "--pdf-engine", "/bin/true"])
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.contains("a PDF is binary and is not written to a terminal"), "\(result)")
        #expect(!result.stdout.contains("%PDF"))
    }

    static func output(of tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.environment = ["TZ": "UTC", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
