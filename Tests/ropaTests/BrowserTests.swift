import Foundation
import Testing

/// The HTML document printed by a real browser (headless Chromium) and read back with pdftotext:
/// every fiche starts a page under its title, a draft says so on every page, and injected markup
/// shows as text. Needs the Debian packages `chromium` and `poppler-utils` (docs/ci-needs.txt).
/// Without them the tests are skipped locally, and fail in CI (`CI=true`).
@Suite(.serialized) struct BrowserTests {
    static let chromium = Tools.find(["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"])
    static let pdftotext = Tools.find(["pdftotext"])
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static let available = chromium != nil && pdftotext != nil

    @Test(.enabled(if: available || isCI, "chromium and pdftotext are not installed: apt-get install -y chromium poppler-utils"))
    func exampleRegisterPrintsOneFichePerPage() throws {
        let printed = try Self.print(register: PackagePaths.example, draft: false)
        try Self.checkFichePages(printed)
    }

    @Test(.enabled(if: available || isCI, "chromium and pdftotext are not installed: apt-get install -y chromium poppler-utils"))
    func injectedRegisterPrintsItsMarkupAsTextWithDraftOnEveryPage() throws {
        let printed = try Self.print(register: PackagePaths.fixture("injection").path, draft: true)
        try Self.checkFichePages(printed)
        let all = Tools.normalize(printed.pages.joined())
        for literal in ["<script>alert('name')</script>", "\"><img src=x onerror=alert('head')>", "<iframe src=x></iframe>",
                        "<script>alert('org')</script>"] {
            #expect(all.contains(Tools.normalize(literal)), "\(literal) is not visible as text")
        }
        let notice = Tools.normalize("Document incomplet — version de travail")
        for (index, page) in printed.pages.enumerated() {
            #expect(Tools.normalize(page).contains(notice), "page \(index + 1) does not say it is a draft")
        }
    }

    struct Printed {
        var pages: [String]
        var fiches: [(kicker: String, title: String)]
        var header: String
    }

    /// Renders `register` (HTML and JSON) with the binary, prints the HTML to PDF and reads its text.
    static func print(register: String, draft: Bool) throws -> Printed {
        let chromium = try #require(Self.chromium, "chromium is not installed (apt-get install -y chromium)")
        let pdftotext = try #require(Self.pdftotext, "pdftotext is not installed (apt-get install -y poppler-utils)")
        let scratch = try ScratchRegister()
        let directory = scratch.path
        let html = directory + "/register.html"
        let common = ["render", register, "--date", "2026-12-01"] + (draft ? ["--draft"] : [])
        let rendered = try runRopa(common + ["--output", html], timeout: 60)
        try #require(rendered.status == 0, "ropa render failed: \(rendered.stderr)")
        #expect(!(try String(contentsOfFile: html, encoding: .utf8)).contains("<script"))

        let json = try runRopa(common + ["--format", "json"], timeout: 60)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let treatments = try #require(document["treatments"] as? [[String: Any]])
        let organisation = try #require(((document["organisation"] as? [String: Any])?["controller"] as? [String: Any])?["name"] as? String)
        // The document's order: controller fiches, then the processor part.
        let ordered = treatments.filter { $0["role"] as? String != "processor" } + treatments.filter { $0["role"] as? String == "processor" }
        let fiches = ordered.map { treatment in
            (kicker: treatment["role"] as? String == "processor" ? "Fiche de registre du sous-traitant" : "Fiche de registre",
             title: "\(treatment["reference"] as? String ?? "") \(treatment["name"] as? String ?? "")")
        }

        let pdf = directory + "/register.pdf"
        let printed = try Tools.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                               "--user-data-dir=\(directory)/profile", "--no-pdf-header-footer",
                                               "--print-to-pdf=\(pdf)", URL(fileURLWithPath: html).absoluteString], timeout: 180)
        try #require(printed == 0 && FileManager.default.fileExists(atPath: pdf), "chromium did not print the document")
        let text = directory + "/register.txt"
        try #require(try Tools.run(pdftotext, ["-enc", "UTF-8", pdf, text], timeout: 60) == 0, "pdftotext failed")
        var pages = try String(contentsOfFile: text, encoding: .utf8).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return Printed(pages: pages, fiches: fiches, header: "Registre des activités de traitement — \(organisation) — 1er décembre 2026")
    }

    /// Each fiche's kicker and title open exactly one page, after nothing but the running header
    /// (and the draft notice): one page break per fiche.
    static func checkFichePages(_ printed: Printed) throws {
        #expect(printed.pages.count > printed.fiches.count + 2)
        let header = Tools.normalize(printed.header)
        // The working version's notice, with what is missing: "… — 51 valeurs incomplètes, 5 erreurs".
        let notice = Tools.normalize("Document incomplet — version de travail") + "(—[0-9]+valeurs?incomplètes?)?(,?[0-9]+erreurs?)?"
        let bodies = printed.pages.map { page in
            Tools.normalize(page).replacingOccurrences(of: header, with: "").replacingOccurrences(of: notice, with: "", options: .regularExpression)
        }
        for fiche in printed.fiches {
            let opening = Tools.normalize(fiche.kicker) + Tools.normalize(fiche.title)
            let starts = bodies.indices.filter { bodies[$0].hasPrefix(opening) }
            #expect(starts.count == 1, "'\(fiche.title)' opens \(starts.count) pages, expected exactly one")
            #expect(bodies.contains { $0.contains(Tools.normalize(fiche.title)) }, "'\(fiche.title)' is not in the PDF")
        }
        let kicker = Tools.normalize("Fiche de registre")
        #expect(bodies.filter { $0.hasPrefix(kicker) }.count == printed.fiches.count)
    }
}

enum Tools {
    static func find(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for directory in path.split(separator: ":") {
                let candidate = "\(directory)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Text compared without spaces, line breaks, hyphens (pdftotext joins words cut at a hyphen) or case.
    static func normalize(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "-" && $0 != "\u{AD}" }
            .map(Character.init))
    }

    /// Runs a tool with its output discarded, killing it after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return -1
        }
        return process.terminationStatus
    }
}
