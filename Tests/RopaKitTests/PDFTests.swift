import Foundation
import Testing
@testable import RopaKit

/// The PDF reading and incremental update on small PDFs built here, shaped as Chromium writes
/// them (a /Dests dictionary, a two-level page tree) or with a /Names tree; hostile variants must
/// give nil, never a crash; and the printer driven with stand-in engines (shell scripts).
@Suite struct PDFTests {
    /// A PDF of `pages` pages whose page tree lists them in reverse object order under two
    /// intermediate nodes, with `destinations` (name → 1-based page) in the catalog's /Dests, or
    /// in a /Names tree when `nameTree`.
    static func makePDF(pages: Int = 4, destinations: [(String, Int)], nameTree: Bool = false) -> [UInt8] {
        // Objects: 1 Info, 2 Catalog, 3 root Pages, 4 and 5 intermediate Pages, 6… the pages, then Dests.
        var objects: [Int: String] = [:]
        objects[1] = "<</Title (Chromium title)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261231235959+00'00')\n/ModDate (D:20261231235959+00'00')>>"
        let pageNumbers = (0..<pages).map { 6 + pages - 1 - $0 }  // page 1 is the last object
        let half = pages / 2
        objects[4] = "<</Type /Pages /Count \(half) /Kids [\(pageNumbers[..<half].map { "\($0) 0 R" }.joined(separator: " "))] /Parent 3 0 R>>"
        objects[5] = "<</Type /Pages /Count \(pages - half) /Kids [\(pageNumbers[half...].map { "\($0) 0 R" }.joined(separator: " "))] /Parent 3 0 R>>"
        objects[3] = "<</Type /Pages /Count \(pages) /Kids [4 0 R 5 0 R]>>"
        for (index, number) in pageNumbers.enumerated() {
            objects[number] = "<</Type /Page /MediaBox [0 0 594.96 841.92] /Parent \(index < half ? 4 : 5) 0 R>>"
        }
        let destsNumber = 6 + pages
        func destination(_ page: Int) -> String { "[\(pageNumbers[page - 1]) 0 R /XYZ 0 841.92 0]" }
        if nameTree {
            let names = destinations.sorted { $0.0 < $1.0 }.map { "(\($0.0)) \(destination($0.1))" }.joined(separator: " ")
            objects[destsNumber] = "<</Names [\(names)]>>"
            objects[2] = "<</Type /Catalog /Pages 3 0 R /Names <</Dests \(destsNumber) 0 R>> /Lang (fr)>>"
        } else {
            let names = destinations.map { "\(String(decoding: PDFValue.nameBytes($0.0), as: UTF8.self)) \(destination($0.1))" }
            objects[destsNumber] = "<<" + names.joined(separator: "\n") + ">>"
            objects[2] = "<</Type /Catalog\n/Pages 3 0 R\n/Dests \(destsNumber) 0 R\n/Lang (fr)>>"
        }
        var bytes = Array("%PDF-1.4\n%\u{E2}\u{E3}\n".utf8)
        var offsets: [Int: Int] = [:]
        for number in objects.keys.sorted() {
            offsets[number] = bytes.count
            bytes += Array("\(number) 0 obj\n\(objects[number] ?? "null")\nendobj\n".utf8)
            if number == 6 {  // a stream whose bytes look like objects must not confuse the reader
                bytes += Array("99 0 obj\n<</Length 24>> stream\n1 0 obj <<>> endobj trailer\nendstream\nendobj\n".utf8)
            }
        }
        let size = destsNumber + 1
        let xref = bytes.count
        var table = "xref\n0 \(size)\n0000000000 65535 f \n"
        for number in 1..<size {
            table += offsets[number].map { padded($0, width: 10) + " 00000 n \n" } ?? "0000000000 00000 f \n"
        }
        bytes += Array((table + "trailer\n<</Size \(size)\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n\(xref)\n%%EOF").utf8)
        return bytes
    }

    static let anchors = [("liste-des-traitements", 1), ("fiche-a", 2), ("fiche-b", 3), ("annexes", 4), ("annexe 1/é", 4)]

    @Test func namedDestinationsGiveThePagesInTheOrderOfThePageTree() throws {
        let file = try #require(PDFFile(bytes: Self.makePDF(destinations: Self.anchors)))
        #expect(file.pages()?.count == 4)
        #expect(file.destinationPages() == Dictionary(uniqueKeysWithValues: Self.anchors))
    }

    @Test func aNameTreeOfDestinationsIsReadToo() throws {
        let file = try #require(PDFFile(bytes: Self.makePDF(destinations: [("fiche-a", 2), ("fiche-b", 3)], nameTree: true)))
        #expect(file.destinationPages() == ["fiche-a": 2, "fiche-b": 3])
    }

    @Test func theUpdateAddsMetadataBookmarksAndLanguageAndKeepsTheDestinations() throws {
        let original = Self.makePDF(destinations: Self.anchors)
        let file = try #require(PDFFile(bytes: original))
        let metadata = PDFMetadata(title: "Registre des activités de traitement — Julien", author: "Julien", subject: "Article 30",
                                   language: "en", date: try #require(ISODate(year: 2026, month: 12, day: 1)))
        let outline = [PDFOutlineEntry(title: "Liste des traitements", anchor: "liste-des-traitements"),
                       PDFOutlineEntry(title: "Fiches", anchor: "fiches", children: [
                           PDFOutlineEntry(title: "T-01 A", anchor: "fiche-a"), PDFOutlineEntry(title: "T-02 B", anchor: "fiche-b"),
                           PDFOutlineEntry(title: "Absent", anchor: "nowhere"),
                       ]),
                       PDFOutlineEntry(title: "Annexe 1 — Conservation", anchor: "annexe 1/é")]
        let updated = try #require(PDFUpdate.apply(to: file, metadata: metadata, outline: outline))
        #expect(updated.starts(with: original.prefix(40)))
        #expect(updated.count > original.count)
        let reread = try #require(PDFFile(bytes: updated))
        let info = try #require(reread.resolve(reread.trailer["Info"]))
        #expect(info["Title"]?.text == metadata.title)
        #expect(info["Author"]?.text == "Julien")
        #expect(info["Creator"]?.text == "ropa")
        #expect(info["Producer"]?.text == "Skia/PDF m156")
        #expect(info["CreationDate"]?.text == "D:20261201000000Z")
        #expect(reread.catalog?["Lang"]?.text == "en")
        #expect(reread.catalog?["PageMode"]?.nameValue == "UseOutlines")
        #expect(reread.trailer["Prev"]?.integer == file.crossReferenceOffset)
        // A part without a page of its own ("fiches") opens its first fiche; an unknown anchor is left out.
        #expect(reread.outline().map { "\($0.level) \($0.title)" }
                == ["0 Liste des traitements", "0 Fiches", "1 T-01 A", "1 T-02 B", "0 Annexe 1 — Conservation"])
        #expect(reread.destinationPages() == file.destinationPages())
        // The engine's own dates, the moment of printing, now say the edition date, in place.
        let text = String(decoding: updated, as: UTF8.self)
        #expect(!text.contains("20261231235959"))
        #expect(text.contains("(D:20261201000000+00'00')"))
        #expect(PDFUpdate.apply(to: file, metadata: metadata, outline: outline) == updated)
    }

    @Test func unexpectedBytesGiveNothingAndNeverACrash() {
        let valid = Self.makePDF(destinations: Self.anchors)
        #expect(PDFFile(bytes: []) == nil)
        #expect(PDFFile(bytes: Array("%PDF-1.4\nstartxref\n999999999\n%%EOF".utf8)) == nil)
        #expect(PDFFile(bytes: Array("%PDF-1.4\nxref\n0 99999999999\ntrailer <<>>\nstartxref\n9\n%%EOF".utf8)) == nil)
        #expect(PDFFile(bytes: Array(valid.prefix(valid.count / 2))) == nil)
        // Nesting far beyond any real PDF, a page tree that contains itself.
        var lexer = PDFLexer(Array(String(repeating: "[", count: 100_000).utf8), at: 0)
        #expect(lexer.value(depth: 0) == nil)
        let looping = String(decoding: valid, as: UTF8.self).replacingOccurrences(of: "/Kids [4 0 R 5 0 R]", with: "/Kids [3 0 R 5 0 R]")
        #expect(PDFFile(bytes: Array(looping.utf8))?.destinationPages() == nil)
        // Random damage: whatever comes back, reading it terminates.
        var random = SplitMix(state: 30)
        for round in 0..<300 {
            var damaged = valid
            for _ in 0..<(1 + round % 8) {
                damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            if round % 5 == 0 { damaged = Array(damaged.prefix(Int.random(in: 0..<damaged.count, using: &random))) }
            if let file = PDFFile(bytes: damaged) {
                _ = file.destinationPages()
                _ = file.outline()
                _ = PDFUpdate.apply(to: file, metadata: PDFMetadata(title: "t", author: "a", subject: "s", language: "fr",
                                                                      date: ISODate.earliest), outline: [])
            }
        }
    }

    @Test func valuesSurviveWritingAndReading() {
        let value = PDFValue.dictionary([("Title", .text("Fiche — élève")), ("N", .integer(-3)), ("R", .real(841.91998)),
                                         ("Name", .name("a b#(c)")), ("A", .array([.reference(PDFReference(12)), .bool(true), .null]))])
        var lexer = PDFLexer(value.serialized, at: 0)
        #expect(lexer.value(depth: 0) == value.setting("R", to: .real(841.91998)))
        var literal = PDFLexer(Array("(a\\(b\\)\\101\\n(nested))".utf8), at: 0)
        #expect(literal.value(depth: 0) == .string(Array("a(b)A\n(nested)".utf8)))
    }

    @Test func pageNumbersFillTheReservedPlacesOnly() {
        let html = ##"<li><a class="toc-page" href="#fiche-a"></a><a href="#fiche-a">A</a></li><a class="toc-page" href="#x&amp;y"></a>"##
        let filled = PDFPrinter.fillPageNumbers(html, pages: ["fiche-a": 7, "x&y": 12], anchors: ["fiche-a", "x&y", "none"])
        #expect(filled == ##"<li><a class="toc-page" href="#fiche-a">7</a><a href="#fiche-a">A</a></li><a class="toc-page" href="#x&amp;y">12</a>"##)
    }

    // MARK: - Engines

    /// A private directory holding stand-in engines, used as PATH and TMPDIR.
    struct Scratch: ~Copyable {
        let path: String
        init() throws {
            path = NSTemporaryDirectory() + "ropa-pdf-tests-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: path + "/tmp", withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }

        func engine(_ name: String, _ script: String) throws -> String {
            let file = path + "/" + name
            try ("#!/bin/sh\n" + script).write(toFile: file, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file)
            return file
        }

        var environment: [String: String] { ["PATH": path, "TMPDIR": path + "/tmp"] }
        var leftovers: [String] { (try? FileManager.default.contentsOfDirectory(atPath: path + "/tmp")) ?? ["?"] }
    }

    static let metadata = PDFMetadata(title: "T", author: "A", subject: "S", language: "fr", date: ISODate.earliest)

    @Test func enginesAreFoundInOrderOrNamed() throws {
        let scratch = try Scratch()
        #expect(PDFEngine.find(environment: scratch.environment) == .failure(.noEngine))
        #expect(PDFEngine.find("/nonexistent/chromium", environment: scratch.environment) == .failure(.engineMissing("/nonexistent/chromium")))
        let chromium = try scratch.engine("chromium", "exit 0")
        #expect(PDFEngine.find(environment: scratch.environment) == .success(PDFEngine(kind: .chromium, path: chromium)))
        let weasyprint = try scratch.engine("weasyprint", "exit 0")
        #expect(PDFEngine.find(environment: scratch.environment) == .success(PDFEngine(kind: .weasyprint, path: weasyprint)))
        #expect(PDFEngine.find("chromium", environment: scratch.environment) == .success(PDFEngine(kind: .chromium, path: chromium)))
        #expect(PDFFailure.noEngine.description.contains("apt-get install chromium"))
        #expect(PDFFailure.noEngine.description.contains("brew install weasyprint"))
        #expect(PDFFailure.noEngine.description.contains("winget install"))
    }

    @Test func aFailingEngineIsReportedAndLeavesNothing() throws {
        let scratch = try Scratch()
        let failing = try scratch.engine("chromium", "echo 'dbus noise' >&2; echo 'cannot open display' >&2; exit 3")
        let printer = PDFPrinter(engine: PDFEngine(kind: .chromium, path: failing), environment: scratch.environment)
        #expect(printer.print(html: "<p>x</p>", outline: [], metadata: Self.metadata).failure
                == .engineFailed(engine: failing, status: 3, detail: "cannot open display"))
        let silent = try scratch.engine("silent", "exit 0")
        #expect(PDFPrinter(engine: PDFEngine(kind: .chromium, path: silent), environment: scratch.environment)
            .print(html: "", outline: [], metadata: Self.metadata).failure == .noOutput(engine: silent))
        #expect(scratch.leftovers.isEmpty)
    }

    @Test func anEngineThatHangsIsStopped() throws {
        let scratch = try Scratch()
        let hanging = try scratch.engine("chromium", "exec /bin/sleep 30")
        let started = Date()
        let printer = PDFPrinter(engine: PDFEngine(kind: .chromium, path: hanging), timeout: 1, environment: scratch.environment)
        #expect(printer.print(html: "", outline: [], metadata: Self.metadata).failure == .timedOut(engine: hanging, seconds: 1))
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(scratch.leftovers.isEmpty)
    }

    /// A stand-in Chromium that "prints" a prepared PDF: the contents get the pages of its
    /// destinations in a second print, and the result carries ropa's bookmarks and metadata.
    @Test func chromiumPrintsTwiceToNumberTheContents() throws {
        let scratch = try Scratch()
        let fixture = scratch.path + "/fixture.pdf"
        try Data(Self.makePDF(destinations: Self.anchors)).write(to: URL(fileURLWithPath: fixture))
        let engine = try scratch.engine("chromium", """
            for argument in "$@"; do
              case "$argument" in --print-to-pdf=*) out="${argument#--print-to-pdf=}" ;; file://*) html="${argument#file://}" ;; esac
            done
            /bin/cat "$html" >> "\(scratch.path)/seen.html"
            /bin/cp "\(fixture)" "$out"
            """)
        let html = ##"<a class="toc-page" href="#fiche-a"></a><a class="toc-page" href="#fiche-b"></a>"##
        let outline = [PDFOutlineEntry(title: "A", anchor: "fiche-a"), PDFOutlineEntry(title: "B", anchor: "fiche-b")]
        let printed = try #require(PDFPrinter(engine: PDFEngine(kind: .chromium, path: engine), environment: scratch.environment)
            .print(html: html, outline: outline, metadata: Self.metadata).success)
        #expect(printed.warnings.isEmpty)
        let seen = try String(contentsOfFile: scratch.path + "/seen.html", encoding: .utf8)
        #expect(seen == html + ##"<a class="toc-page" href="#fiche-a">2</a><a class="toc-page" href="#fiche-b">3</a>"##)
        let file = try #require(PDFFile(bytes: printed.bytes))
        #expect(file.outline().map(\.title) == ["A", "B"])
        #expect(file.resolve(file.trailer["Info"])?["Author"]?.text == "A")
        #expect(scratch.leftovers.isEmpty)
    }
}

extension Result {
    var failure: Failure? { if case .failure(let failure) = self { failure } else { nil } }
    var success: Success? { if case .success(let success) = self { success } else { nil } }
}
