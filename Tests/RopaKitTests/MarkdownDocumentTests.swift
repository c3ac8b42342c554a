import Foundation
import Testing
@testable import RopaKit

/// Markdown documents hold no raw HTML, so they read the same under cmark-gfm's safe mode,
/// markdown-it and GitHub, and every link of their contents reaches a heading by the anchor
/// GitHub gives it — computed here independently of `MarkdownAnchor`, with GitHub's numbering
/// of repeated headings.
@Suite struct MarkdownDocumentTests {
    typealias S = RenderingSupport

    static let documents: [(String, DocumentKind, Language, Bool)] = [
        ("register", .register, .fr, false), ("register en", .register, .en, false), ("public register", .register, .fr, true),
        ("notice", .notice, .fr, false), ("notice en", .notice, .en, false), ("subject extract", .subject("prospects"), .fr, false),
        ("retention schedule", .retentionSchedule, .fr, false),
    ]

    private static func markdown(_ document: DocumentKind, _ language: Language, isPublic: Bool, register: String = S.example) throws -> String {
        try S.render(register, .markdown, language: language, draft: true, document: document, isPublic: isPublic)
    }

    @Test(arguments: documents.map(\.0))
    func holdsNoRawHTML(name: String) throws {
        let (_, document, language, isPublic) = try #require(Self.documents.first { $0.0 == name })
        let text = try Self.markdown(document, language, isPublic: isPublic)
        let tag = try NSRegularExpression(pattern: "<[A-Za-z/!?]")
        for line in text.split(separator: "\n") {
            let line = String(line)
            #expect(tag.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) == nil, "\(name): \(line)")
        }
    }

    /// GitHub prints an empty header row as an empty first row: label/value blocks are lists.
    @Test(arguments: documents.map(\.0))
    func noTableHasAnEmptyHeader(name: String) throws {
        let (_, document, language, isPublic) = try #require(Self.documents.first { $0.0 == name })
        let lines = try Self.markdown(document, language, isPublic: isPublic).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where line.hasPrefix("| ---") && index > 0 {
            let header = lines[index - 1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(header.contains { !$0.isEmpty }, "\(name): empty header above line \(index + 1)")
        }
    }

    @Test(arguments: documents.map(\.0))
    func everyLinkReachesAHeading(name: String) throws {
        let (_, document, language, isPublic) = try #require(Self.documents.first { $0.0 == name })
        let text = try Self.markdown(document, language, isPublic: isPublic)
        let anchors = try Self.gitHubAnchors(of: text)
        let link = try NSRegularExpression(pattern: #"\]\(#([^)]+)\)"#)
        let targets = link.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]).replacingOccurrences(of: "\\", with: "") }
        }
        if document == .register { #expect(targets.count > 12, "the contents and the list link to every fiche") }
        for target in targets { #expect(anchors.contains(target), "\(name): no heading for #\(target)") }
    }

    /// The injection fixture's hostile names still give anchors that resolve.
    @Test func hostileHeadingsStillResolve() throws {
        let text = try S.render(S.injection, .markdown)
        let anchors = try Self.gitHubAnchors(of: text)
        let link = try NSRegularExpression(pattern: #"\]\(#([^)]+)\)"#)
        for match in link.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let target = try #require(Range(match.range(at: 1), in: text).map { String(text[$0]).replacingOccurrences(of: "\\", with: "") })
            #expect(anchors.contains(target), "no heading for #\(target)")
        }
    }

    /// A name to complete (marked "⚠"), on two lines, with an invisible character: the heading
    /// shows each of them, and its anchor is made from what it shows.
    @Test func oddNamesStillGiveAnchorsThatResolve() throws {
        let names = ["Statistiques à compléter", "\"Cookies\\net traceurs\"", "\"Ges\\u00ADtion\""]
        var treatments: [String: String] = [:]
        for (index, name) in names.enumerated() {
            treatments["t\(index)"] = TestRegister.treatment(id: "t\(index)", reference: "T-0\(index)")
                .replacingOccurrences(of: "name: Prospection commerciale", with: "name: \(name)")
        }
        let register = try TestRegister(treatments: treatments)
        defer { register.remove() }
        let loaded = try #require(register.load().register)
        let options = RenderOptions(format: .markdown, language: .fr, date: S.date, draft: true, version: "test")
        let text = try DocumentRenderer(options: options).render(loaded)
        let anchors = try Self.gitHubAnchors(of: text)
        let link = try NSRegularExpression(pattern: #"\]\(#([^)]+)\)"#)
        let targets = link.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]).replacingOccurrences(of: "\\", with: "") }
        }
        #expect(targets.count >= 6)
        for target in targets { #expect(anchors.contains(target), "no heading for #\(target)") }
    }

    /// A multi-line value: one line in a table row, hard breaks in a paragraph.
    @Test func aValuesLinesStayWhereTheyCan() throws {
        let yaml = TestRegister.treatment().replacingOccurrences(of: "details: nom, prénom, adresse électronique",
                                                                  with: "details: \"nom\\n- prénom\\nadresse\"")
            + "\nnotes: \"première ligne\\n# deuxième ligne\"\n"
        let register = try TestRegister(treatments: ["prospection": yaml])
        defer { register.remove() }
        let text = try S.render(register.directory, .markdown, draft: true)
        #expect(text.contains("| nom / \\- prénom / adresse |"))
        #expect(text.contains("première ligne\\\n\\# deuxième ligne"))
    }

    /// GitHub's anchors of the document's headings: the rendered text lowercased, without what is
    /// not a letter, mark, decimal or letter number, `_`, `-` or space, spaces as `-`; a repeated
    /// anchor gets `-1`, `-2`…
    static func gitHubAnchors(of markdown: String) throws -> Set<String> {
        let removed = try NSRegularExpression(pattern: #"[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\- ]"#)
        var seen: [String: Int] = [:]
        var anchors = Set<String>()
        for line in markdown.split(separator: "\n") where line.hasPrefix("#") {
            var text = String(line.drop { $0 == "#" }.dropFirst())
            text = text.replacingOccurrences(of: #"\\(.)"#, with: "$1", options: .regularExpression)
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")] {
                text = text.replacingOccurrences(of: entity, with: character)
            }
            text = text.lowercased()
            var slug = removed.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
            slug = slug.replacingOccurrences(of: " ", with: "-")
            if let count = seen[slug] {
                seen[slug] = count + 1
                anchors.insert("\(slug)-\(count + 1)")
            } else {
                seen[slug] = 0
                anchors.insert(slug)
            }
        }
        return anchors
    }
}

/// The lines of an entry that failed are quoted as the file has them: no typography, no mark.
@Suite struct QuotedSourceTests {
    typealias S = RenderingSupport

    @Test func aFailedEntryIsQuotedVerbatim() throws {
        let yaml = TestRegister.treatment() + "\nautomated_decisions: { profiling: maybe, details: à compléter ; voir 10 ans }\n"
        let register = try TestRegister(treatments: ["prospection": yaml])
        defer { register.remove() }
        let loaded = try #require(register.load().register)
        for format in [OutputFormat.html, .markdown] {
            let options = RenderOptions(format: format, language: .fr, date: S.date, draft: true, version: "test")
            let text = try DocumentRenderer(options: options).render(loaded)
            #expect(text.contains("automated\(format == .markdown ? "\\_" : "_")decisions: { profiling: maybe, details: à compléter ; voir 10 ans }"), "\(format)")
        }
    }
}

/// A treatment's name on two lines is a warning at the name: documents print it on one line.
@Test func aMultilineNameIsAWarningAtTheName() throws {
    let yaml = TestRegister.treatment().replacingOccurrences(of: "name: Prospection commerciale", with: "name: |\n  Prospection\n  commerciale")
    let register = try TestRegister(treatments: ["prospection": yaml])
    defer { register.remove() }
    let loaded = register.load()
    let warning = try #require(loaded.diagnostics.first { $0.id == DiagnosticID.multilineTitle })
    #expect(warning.severity == .warning && warning.location.line == 2, "\(warning)")
    #expect(!loaded.diagnostics.hasErrors)
}
